package org.enchufe.kernel;

/**
 * A sandbox's CPU and output caps: the instructions it ran and the characters it printed in the
 * current one-second window of the kernel's clock. Over either cap, nothing of it runs until the
 * next window; it is slowed, never stopped.
 */
final class CpuThrottle {

    private static final long WINDOW_NANOS = 1_000_000_000L;

    private final KernelClock clock;
    private final long instructionsCap;
    private final long outputCap;
    private long windowStart;
    private long instructions;
    private long output;

    CpuThrottle(KernelClock clock, KernelLimits limits) {
        this.clock = clock;
        this.instructionsCap = limits.maxInstructionsPerSecond();
        this.outputCap = limits.maxOutputPerSecond();
        this.windowStart = clock.nanoTime();
    }

    void ran(long instructionsRun) {
        instructions += instructionsRun;
    }

    void printed(int characters) {
        output += characters;
    }

    /** Whether the sandbox has run all the instructions, or printed all the text, its caps allow this second. */
    boolean throttled() {
        if (instructionsCap <= 0 && outputCap <= 0) {
            return false;
        }
        long now = clock.nanoTime();
        if (now - windowStart >= WINDOW_NANOS) {
            windowStart = now;
            instructions = 0;
            output = 0;
        }
        return instructionsCap > 0 && instructions >= instructionsCap || outputCap > 0 && output >= outputCap;
    }

    /** When a throttled sandbox may run again, on the kernel's clock; Long.MAX_VALUE when it is not throttled. */
    long throttledUntil() {
        return throttled() ? windowStart + WINDOW_NANOS : Long.MAX_VALUE;
    }
}
