package org.enchufe.lang;

import java.util.function.Supplier;

/**
 * Runs the parser and the compiler's walks, which recurse once per level of nesting, on a thread
 * of their own with a stack deep enough for every source CPython accepts (200 brackets, 5967
 * unary operators, trees 3000 deep), instead of on whatever thread asked — a sandbox worker's
 * stack overflowed at 250 brackets. The limits themselves are CPython's, kept where CPython keeps
 * them (Lexer, Parser, Scopes, Compiler); an overflow here all the same ends as the bare
 * MemoryError CPython's parser gives for source too deep to read, never as a dead thread.
 */
final class CompilerStack {

    /** Reserved, not committed: the pages are touched only as deep as a source really nests. */
    static final long STACK_BYTES = 256L << 20;

    private CompilerStack() {
    }

    static <T> T run(Supplier<T> work) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (StackOverflowError e) {
                failure[0] = PySyntaxError.unlocated("MemoryError", "");
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "enchufe-compiler", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The compile is short and bounded; finish it and pass the interrupt on.
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
