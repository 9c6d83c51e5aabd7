package org.enchufe.events;

/**
 * Numbers events and times them in microseconds from the moment the clock was made, which is
 * the moment its sandbox started. Safe to share between the threads that run one sandbox.
 */
public final class EventClock {

    private final long startNanos = System.nanoTime();
    private long lastSeq;

    public synchronized Stamp next() {
        return new Stamp(++lastSeq, (System.nanoTime() - startNanos) / 1_000);
    }

    /** The sequence number and time an event is stamped with. */
    public record Stamp(long seq, long t) {
    }
}
