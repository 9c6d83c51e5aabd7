package org.enchufe.lang;

import java.util.function.Supplier;

/**
 * Runs a walk that recurses once per level of a program's nesting on a thread of its own with a
 * large stack, instead of on whatever thread asked: a sandbox worker's stack overflowed in the
 * parser at 250 brackets, and the worker died. Used for compiling (the parser and the compiler's
 * walks; their limits are CPython's, kept in Lexer, Parser, Scopes and Compiler, so an accepted
 * source never comes near the stack's end) and for fork's deep copy of a program's objects
 * (lists nested a million deep fit in a program's memory). The stack is reserved, not
 * committed: its pages are touched only as deep as the walk goes. What the work throws is thrown
 * to the caller, a StackOverflowError included.
 */
public final class DeepStack {

    /** For compiling: far beyond what CPython's limits let a source reach. */
    public static final long COMPILER = 256L << 20;
    /** For fork's copy: a program's 64 MiB of nested lists a million deep need about a quarter of it. */
    public static final long FORK = 1L << 30;

    private DeepStack() {
    }

    public static <T> T run(String name, long stackBytes, Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, name, stackBytes);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The work is bounded; finish it and pass the interrupt on.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        switch (failure[0]) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
