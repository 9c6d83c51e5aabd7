package org.enchufe.events;

import java.util.Map;

/**
 * One system call as the student's process made it.
 *
 * @param name    the call, e.g. {@code bind}
 * @param args    its arguments by name, in order, as structured values
 * @param result  the return value, or -1 when {@code errno} is set
 * @param errno   the error, or null when the call succeeded
 * @param strace  the line {@code strace -f} prints for the call
 * @param line    the source line that made the call, or null when no source was involved
 */
public record SyscallEvent(
        long seq,
        long t,
        int pid,
        String name,
        Map<String, Object> args,
        long result,
        ErrnoInfo errno,
        String strace,
        Integer line,
        DecidedBy decidedBy) implements Event {

    public SyscallEvent {
        args = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
    }

    /**
     * An errno as events carry it: the symbolic name, its number and the strerror text, and what
     * the sandbox knows of its cause (null when nothing more than the errno).
     */
    public record ErrnoInfo(String name, int number, String message, FailureCause cause) {

        public ErrnoInfo(String name, int number, String message) {
            this(name, number, message, null);
        }
    }
}
