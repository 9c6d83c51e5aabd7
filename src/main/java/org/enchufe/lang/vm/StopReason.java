package org.enchufe.lang.vm;

/**
 * Why the host asks a running program to stop at once ({@link Interpreter#requestStop}), even in
 * the middle of a builtin that would run for long.
 */
public enum StopReason {
    /**
     * Ctrl-C where the program's SIGINT handler is Python's default one: the builtin (or the
     * Python code a builtin called) raises KeyboardInterrupt, which the program may catch.
     * One-shot: raised once, then the request is gone.
     */
    INTERRUPT,
    /** The host ended the process (kill, reset): it unwinds with {@link Interpreter.Stopped}, which no Python code can catch. */
    KILL,
    /** A watchdog found one call running past what a slice may take: as KILL, with the reason told. */
    DEADLINE
}
