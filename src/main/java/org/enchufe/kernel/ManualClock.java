package org.enchufe.kernel;

import java.time.Duration;

/**
 * A clock only its owner moves, for tests of timeouts, TIME_WAIT, the CPU cap and sleeps: the
 * same program gives the same events however loaded the machine is. {@link #advance} wakes a
 * sandbox waiting for it on another thread. One that {@linkplain #advancingWhenIdle() advances
 * when idle} jumps to the earliest timer whenever every thread of the sandbox waits for one, so
 * {@code time.sleep(30)} and a 2 s {@code settimeout} take no real time at all.
 */
public final class ManualClock implements KernelClock {

    /** How long a sandbox waiting for a stopped clock waits before it looks again at its channels. */
    private static final long LOOK_AGAIN_MILLIS = 10;

    private final boolean advancesWhenIdle;
    private long now;

    private ManualClock(boolean advancesWhenIdle) {
        this.advancesWhenIdle = advancesWhenIdle;
    }

    /** A clock that moves only when {@link #advance} or {@link #set} is called. */
    public static ManualClock stopped() {
        return new ManualClock(false);
    }

    /** A clock that also jumps to a sandbox's earliest timer when nothing else can happen before it. */
    public static ManualClock advancingWhenIdle() {
        return new ManualClock(true);
    }

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public boolean passesOnItsOwn() {
        return false;
    }

    /** Moves the clock on by {@code by}: every timer that ends by then is due. */
    public synchronized void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a monotonic clock does not go back: " + by);
        }
        now += by.toNanos();
        notifyAll();
    }

    /** Moves the clock to {@code nanos} if that is later than now (a deadline a sandbox reported, say). */
    public synchronized void set(long nanos) {
        if (nanos - now > 0) {
            now = nanos;
            notifyAll();
        }
    }

    @Override
    public synchronized void awaitUntil(long deadline) throws InterruptedException {
        if (advancesWhenIdle) {
            set(deadline);
            return;
        }
        if (deadline - now > 0) {
            wait(LOOK_AGAIN_MILLIS);
        }
    }
}
