package org.enchufe.kernel;

/**
 * What one sandbox may hold, on top of each interpreter's {@link org.enchufe.lang.vm.Limits}.
 * Hitting one is the error Linux gives at its own limit, marked as decided by the sandbox.
 *
 * @param maxProcesses   processes alive or waiting to be reaped (fork → EAGAIN)
 * @param maxDescriptors open descriptors per process, the console's three included (→ EMFILE)
 * @param maxLinkBytes   bytes of datagrams the sandbox's slow links may hold at once; beyond it a
 *                       link drops what comes, as a router with a full queue does
 * @param maxInstructionsPerSecond Python instructions all the sandbox's processes may run in one
 *                       second (0: no cap); past it they wait for the next second, slowed, not
 *                       stopped, and the snapshot says they are throttled
 */
public record KernelLimits(int maxProcesses, int maxDescriptors, long maxLinkBytes, long maxInstructionsPerSecond) {

    /** Processes and descriptors limited; the links hold up to 4 MiB; no CPU cap. */
    public KernelLimits(int maxProcesses, int maxDescriptors) {
        this(maxProcesses, maxDescriptors, 4L << 20, 0);
    }

    /** For a student's sandbox on a shared server: 10 million instructions a second (≈ a quarter of a core). */
    public static KernelLimits sandbox() {
        return new KernelLimits(32, 64, 4L << 20, 10_000_000);
    }

    /** For the command line: the machine's own limits are the real ones. */
    public static KernelLimits cli() {
        return new KernelLimits(1024, 1024, 256L << 20, 0);
    }

    /** The same limits with another CPU cap. */
    public KernelLimits withInstructionsPerSecond(long perSecond) {
        return new KernelLimits(maxProcesses, maxDescriptors, maxLinkBytes, perSecond);
    }
}
