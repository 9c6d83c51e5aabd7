package org.enchufe.kernel;

/**
 * What one sandbox may hold, on top of each interpreter's {@link org.enchufe.lang.vm.Limits}.
 * Hitting one is the error Linux gives at its own limit, marked as decided by the sandbox.
 *
 * @param maxProcesses   processes alive or waiting to be reaped (fork → EAGAIN)
 * @param maxDescriptors open descriptors per process, the console's three included (→ EMFILE)
 */
public record KernelLimits(int maxProcesses, int maxDescriptors) {

    /** For a student's sandbox on a shared server. */
    public static KernelLimits sandbox() {
        return new KernelLimits(32, 64);
    }

    /** For the command line: the machine's own limits are the real ones. */
    public static KernelLimits cli() {
        return new KernelLimits(1024, 1024);
    }
}
