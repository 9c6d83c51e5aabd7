package org.enchufe.events;

/**
 * A thread of a process started or ended ({@code threading.Thread.start()}, its target returning
 * or raising).
 *
 * @param tid  the thread's id, the number Linux gives it (like a pid)
 * @param name threading's name for it ("Thread-1", or the one the program gave)
 */
public record ThreadEvent(long seq, long t, int pid, int tid, String name, Change change) implements Event {

    /** What happened to the thread. */
    public enum Change { STARTED, ENDED }
}
