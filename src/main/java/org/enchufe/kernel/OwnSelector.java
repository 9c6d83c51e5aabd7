package org.enchufe.kernel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;

/**
 * How a sandbox that drives itself (the CLI, tests) waits when nothing can run: in a selector of
 * its own, on the channels its {@link Wakeups} name, until one is ready, the kernel's clock
 * reaches the deadline, or the console must be looked at again. The server's pool waits for
 * the same {@link Wakeups} in one selector shared by every sandbox instead.
 */
final class OwnSelector {

    private final KernelClock clock;
    private Selector selector;

    OwnSelector(KernelClock clock) {
        this.clock = clock;
    }

    /**
     * Sleeps until a channel is ready, the clock reaches the deadline or the console's poll is
     * due. On a clock that does not pass by itself, the channels are looked at once (with a
     * millisecond's grace for loopback packets on their way) before the clock is moved to the timer.
     */
    void await(Wakeups wakeups) {
        try {
            if (selector == null) {
                selector = Selector.open();
            }
            wakeups.registerAlone(selector);
            long timer = wakeups.timed() ? Math.max(0, wakeups.deadline() - clock.nanoTime()) : Long.MAX_VALUE;
            long consolePoll = wakeups.consolePoll();
            if (clock.passesOnItsOwn()) {
                select(Math.min(timer, consolePoll));
            } else if (select(Math.min(consolePoll, wakeups.timed() ? 1_000_000L : Long.MAX_VALUE)) == 0 && wakeups.timed()) {
                clock.awaitUntil(wakeups.deadline());
            }
            selector.selectedKeys().clear();
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox's selector failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a channel {@code wakeups} names is ready now, without waiting. */
    boolean readyNow(Wakeups wakeups) {
        try {
            if (selector == null) {
                selector = Selector.open();
            }
            wakeups.registerAlone(selector);
            boolean ready = selector.selectNow() > 0;
            selector.selectedKeys().clear();
            return ready;
        } catch (IOException e) {
            throw new UncheckedIOException("the sandbox's selector failed", e);
        }
    }

    /** Only timers can end the wait: lets the clock reach {@code deadline}. */
    void awaitTime(long deadline) {
        try {
            clock.awaitUntil(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Real nanoseconds in the selector (Long.MAX_VALUE: until a channel is ready); how many keys are ready.
    private int select(long nanos) throws IOException, InterruptedException {
        long millis = nanos / 1_000_000;
        if (nanos == Long.MAX_VALUE) {
            return selector.select();
        }
        if (millis > 0) {
            return selector.select(millis);
        }
        int ready = selector.selectNow();
        if (ready == 0 && nanos > 0) {
            Thread.sleep(0, (int) Math.min(nanos, 999_999));
        }
        return ready;
    }

    void close() {
        if (selector != null) {
            try {
                selector.close();
            } catch (IOException ignored) {
                // Nothing is left to tell.
            }
        }
    }
}
