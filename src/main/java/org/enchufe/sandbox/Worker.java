package org.enchufe.sandbox;

/**
 * One thread that drives sandboxes, and what the watchdog reads of it: the sandbox it is inside
 * and since when. Written by the worker itself, read by the watchdog and the health check.
 */
final class Worker {

    final int number;
    Thread thread;
    /** The sandbox it drives now; null while it waits for one. */
    volatile LiveSandbox driving;
    /** When it began driving it, on the pool's clock. */
    volatile long since;
    /** The watchdog started another worker in its place: once back, it retires if the pool has enough. */
    volatile boolean replaced;
    /** The watchdog asked the sandbox it is inside to stop (DEADLINE). */
    volatile boolean stopAsked;

    Worker(int number) {
        this.number = number;
    }

    /** Whether it has been inside one sandbox longer than {@code limit} nanoseconds at {@code now}. */
    boolean stuck(long now, long limit) {
        return driving != null && now - since > limit;
    }
}
