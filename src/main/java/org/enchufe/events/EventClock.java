package org.enchufe.events;

import java.util.function.LongSupplier;

/**
 * Numbers events and times them in microseconds from the moment the clock was made, which is
 * the moment its sandbox started. Safe to share between the threads that run one sandbox.
 */
public final class EventClock {

    private final LongSupplier nanoTime;
    private final long startNanos;
    private long lastSeq;

    public EventClock() {
        this(System::nanoTime);
    }

    /** Times events by {@code nanoTime} (a monotonic clock in nanoseconds: the kernel's). */
    public EventClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.startNanos = nanoTime.getAsLong();
    }

    public synchronized Stamp next() {
        return new Stamp(++lastSeq, (nanoTime.getAsLong() - startNanos) / 1_000);
    }

    /** The sequence number and time an event is stamped with. */
    public record Stamp(long seq, long t) {
    }
}
