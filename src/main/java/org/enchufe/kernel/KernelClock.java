package org.enchufe.kernel;

/**
 * The time a sandbox's kernel reads: when a sleep or a socket timeout ends, when a port leaves
 * TIME_WAIT, when the CPU cap's second starts again, what an event's {@code t} says. The real
 * monotonic clock by default; a {@link ManualClock} in tests, which move it themselves.
 */
public sealed interface KernelClock permits KernelClock.Monotonic, ManualClock {

    /** The JVM's monotonic clock ({@link System#nanoTime()}). */
    KernelClock SYSTEM = new Monotonic();

    /** Now, in nanoseconds from an arbitrary origin (as {@link System#nanoTime()}: compare by subtracting). */
    long nanoTime();

    /**
     * Whether time passes while nobody looks (the real clock). A sandbox waiting for a timer on a
     * clock that does not sleeps no real time for it: it asks {@link #awaitUntil} instead.
     */
    boolean passesOnItsOwn();

    /**
     * Nothing in the sandbox can happen before {@code deadline} but its timers: let time reach it.
     * It may return earlier (an interrupt, a manual clock nobody moved for a while); callers look again.
     */
    void awaitUntil(long deadline) throws InterruptedException;

    /** The real clock: time passes by itself, and waiting for it is sleeping. */
    final class Monotonic implements KernelClock {

        private Monotonic() {
        }

        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public boolean passesOnItsOwn() {
            return true;
        }

        @Override
        public void awaitUntil(long deadline) throws InterruptedException {
            long nanos = deadline - System.nanoTime();
            if (nanos > 0) {
                Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
            }
        }
    }
}
