package org.enchufe.kernel;

/**
 * What one sandbox may hold, on top of each interpreter's {@link org.enchufe.lang.vm.Limits}.
 * Hitting one is the error Linux gives at its own limit, marked as decided by the sandbox. The
 * per-process limits are Linux's rlimits; the sandbox-wide ones are the limits of the machine a
 * sandbox is, so a program that forks cannot multiply what it may take.
 *
 * @param maxProcesses   processes alive or waiting to be reaped (fork → EAGAIN)
 * @param maxDescriptors open descriptors per process, the console's three included (→ EMFILE)
 * @param maxLinkBytes   bytes of datagrams the sandbox's slow links may hold at once; beyond it a
 *                       link drops what comes, as a router with a full queue does
 * @param maxInstructionsPerSecond Python instructions all the sandbox's processes may run in one
 *                       second (0: no cap); past it they wait for the next second, slowed, not
 *                       stopped, and the snapshot says they are throttled
 * @param maxMemory      bytes all the sandbox's processes may hold together, as the interpreters
 *                       account them (0: only each process's own limit); past it the process that
 *                       grew gets MemoryError and fork() ENOMEM
 * @param maxThreads     threads alive in the sandbox, every process's main thread included (0: no
 *                       limit); past it threading's start() raises "can't start new thread"
 * @param maxOpenFiles   sockets and pipe ends open in the sandbox, over all its processes (0: no
 *                       limit); past it a new one is ENFILE, the machine's file table being full
 * @param maxRealDescriptors real OS descriptors the sandbox's channels may hold (0: no limit);
 *                       past it a new socket is ENFILE too
 * @param maxOutputPerSecond characters all the sandbox's processes may print in one second (0: no
 *                       cap); past it they wait for the next second, as the CPU cap does
 */
public record KernelLimits(int maxProcesses, int maxDescriptors, long maxLinkBytes, long maxInstructionsPerSecond,
                           long maxMemory, int maxThreads, int maxOpenFiles, int maxRealDescriptors,
                           long maxOutputPerSecond) {

    /** Processes and descriptors limited; the links hold up to 4 MiB; no CPU cap, no sandbox-wide limits. */
    public KernelLimits(int maxProcesses, int maxDescriptors) {
        this(maxProcesses, maxDescriptors, 4L << 20, 0);
    }

    /** The per-process limits, the links and the CPU cap; no sandbox-wide limits. */
    public KernelLimits(int maxProcesses, int maxDescriptors, long maxLinkBytes, long maxInstructionsPerSecond) {
        this(maxProcesses, maxDescriptors, maxLinkBytes, maxInstructionsPerSecond, 0, 0, 0, 0, 0);
    }

    /**
     * For a student's sandbox on a shared server: 10 million instructions a second (≈ a quarter of
     * a core), 128 MiB of Python objects, 128 threads, 256 open files and 256 real descriptors,
     * 256 KiB of output a second.
     */
    public static KernelLimits sandbox() {
        return new KernelLimits(32, 64, 4L << 20, 10_000_000, 128L << 20, 128, 256, 256, 256L << 10);
    }

    /** For the command line: the machine's own limits are the real ones. */
    public static KernelLimits cli() {
        return new KernelLimits(1024, 1024, 256L << 20, 0);
    }

    /** The same limits with another CPU cap. */
    public KernelLimits withInstructionsPerSecond(long perSecond) {
        return new KernelLimits(maxProcesses, maxDescriptors, maxLinkBytes, perSecond, maxMemory, maxThreads, maxOpenFiles,
                maxRealDescriptors, maxOutputPerSecond);
    }

    /** The same limits with other sandbox-wide ones (0: none). */
    public KernelLimits withSandboxWide(long memory, int threads, int openFiles, int realDescriptors, long outputPerSecond) {
        return new KernelLimits(maxProcesses, maxDescriptors, maxLinkBytes, maxInstructionsPerSecond, memory, threads,
                openFiles, realDescriptors, outputPerSecond);
    }
}
