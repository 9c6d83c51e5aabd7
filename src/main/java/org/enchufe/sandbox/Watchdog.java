package org.enchufe.sandbox;

import java.util.function.LongSupplier;

/**
 * Notices a worker stuck inside one sandbox past its slice (a builtin that runs for seconds) and
 * recovers the pool, as the JVM's own watchdogs do for its threads: after {@code stuckAfter} a
 * replacement worker starts, so the other sandboxes keep their share of the workers (never more
 * than twice the configured number of threads in all); after {@code stopAfter} the stuck sandbox
 * is asked to stop its call (DEADLINE). A worker that died is replaced too. It reads the time
 * from the pool's clock, so a test moves time by hand.
 */
final class Watchdog {

    private final SandboxPool pool;
    private final LongSupplier clock;
    private final long stuckAfter;
    private final long stopAfter;

    Watchdog(SandboxPool pool, LongSupplier clock, long stuckAfterNanos, long stopAfterNanos) {
        this.pool = pool;
        this.clock = clock;
        this.stuckAfter = stuckAfterNanos;
        this.stopAfter = stopAfterNanos;
    }

    /** One look at every worker. */
    void check() {
        long now = clock.getAsLong();
        for (Worker w : pool.workers()) {
            if (!w.thread.isAlive()) {
                pool.replaceDead(w);
                continue;
            }
            LiveSandbox s = w.driving;
            if (s == null || !w.stuck(now, stuckAfter)) {
                continue;
            }
            if (!w.replaced && pool.startReplacement()) {
                w.replaced = true;
            }
            if (now - w.since > stopAfter && !w.stopAsked) {
                w.stopAsked = true;
                s.sandbox().requestDeadline(w.thread);
            }
        }
    }

    /** Workers inside one sandbox for longer than the stuck threshold now. */
    int stuck() {
        long now = clock.getAsLong();
        return (int) pool.workers().stream().filter(w -> w.thread.isAlive() && w.stuck(now, stuckAfter)).count();
    }
}
