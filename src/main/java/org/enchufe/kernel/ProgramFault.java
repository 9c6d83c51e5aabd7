package org.enchufe.kernel;

import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.StopReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a Java {@link Throwable} that escaped a program's slice means for that program. Whatever a
 * program does, it is that program's error, never the end of the thread that ran it: the process
 * ends with a line on its console, as if Python had raised, and the worker goes on with the next.
 *
 * <p>A {@link StackOverflowError} is the program's: too deep a structure for the parser, the
 * copier of fork() or a repr. An {@link OutOfMemoryError} is the JVM's heap running out while
 * this process ran: whether the process caused it or not, ending it is what Linux's OOM killer
 * does, and it is the best bet (the process that allocates is the likeliest culprit, and its
 * objects become garbage); the server guard then refuses new runs until the heap is back under its
 * high-water mark. Anything else is a bug of ours, logged with its stack trace and shown as
 * CPython shows an interpreter fault, a SystemError.
 *
 * @param text   the line the process's console shows (with its newline)
 * @param status the wait status the process ends with: exit code 1, or death by SIGKILL
 */
record ProgramFault(String text, int status) {

    private static final Logger log = LoggerFactory.getLogger(ProgramFault.class);
    private static final int SIGKILL = Signal.SIGKILL.waitStatus();

    static ProgramFault of(int pid, Throwable e) {
        return switch (e) {
            case StackOverflowError so -> new ProgramFault("RecursionError: maximum recursion depth exceeded\n", 1 << 8);
            // Asked from another thread while a builtin worked: a kill or a reset ends it as SIGKILL
            // does, without a word; the watchdog's deadline says why, as a shell reports SIGXCPU.
            case Interpreter.Stopped stopped when stopped.reason() == StopReason.DEADLINE -> new ProgramFault(
                    "Killed: one operation ran for too long without giving the processor back\n", SIGKILL);
            case Interpreter.Stopped stopped -> new ProgramFault("", SIGKILL);
            case OutOfMemoryError oom -> {
                log.error("the heap ran out while process {} ran; it was ended", pid, oom);
                yield new ProgramFault("Killed: the server ran out of memory while this process ran\n", SIGKILL);
            }
            default -> {
                log.error("a fault of ours escaped process {}", pid, e);
                yield new ProgramFault("SystemError: internal error in Enchufe's Python: " + e + "\n", 1 << 8);
            }
        };
    }

    /** A source too deeply nested for the compiler: what CPython says when its compiler recurses too far. */
    static ProgramFault ofCompiling(int pid, Throwable e) {
        return e instanceof StackOverflowError
                ? new ProgramFault("RecursionError: maximum recursion depth exceeded during compilation\n", 1 << 8)
                : of(pid, e);
    }
}
