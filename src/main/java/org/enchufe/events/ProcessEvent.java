package org.enchufe.events;

/**
 * A process was created, forked, exited or reaped.
 *
 * @param ppid     its parent's pid (0 for the first process of a sandbox)
 * @param status   for EXITED and REAPED, the wait status (exit code × 256); otherwise 0
 * @param program  the program it runs, e.g. {@code servidor.py}
 */
public record ProcessEvent(long seq, long t, int pid, int ppid, Change change, int status, String program) implements Event {

    /** What happened to the process. */
    public enum Change { CREATED, FORKED, EXITED, REAPED }
}
