package org.enchufe.lang;

/**
 * A SyntaxError (or IndentationError / TabError) found while reading source, with everything
 * CPython prints for it; or one of the two errors CPython gives, with no place in the source,
 * for source nested deeper than it can read ({@link #unlocated}): a bare MemoryError from the
 * parser, "RecursionError: maximum recursion depth exceeded during compilation" from the compiler.
 *
 * @param kind       "SyntaxError", "IndentationError" or "TabError"
 * @param line       1-based line
 * @param offset     1-based column of the caret
 * @param endOffset  1-based column after the last caret, or 0 for a single caret
 */
public final class PySyntaxError extends RuntimeException {

    private final String kind;
    private final int line;
    private final int offset;
    private final int endOffset;
    private final boolean located;

    public PySyntaxError(String kind, String message, int line, int offset, int endOffset) {
        this(kind, message, line, offset, endOffset, true);
    }

    private PySyntaxError(String kind, String message, int line, int offset, int endOffset, boolean located) {
        super(message, null, false, false);
        this.located = located;
        this.kind = kind;
        this.line = line;
        this.offset = offset;
        this.endOffset = endOffset;
    }

    public PySyntaxError(String message, int line, int offset) {
        this("SyntaxError", message, line, offset, 0);
    }

    /** An error about the source as a whole: CPython prints only {@code kind: message} (or the kind alone). */
    public static PySyntaxError unlocated(String kind, String message) {
        return new PySyntaxError(kind, message, 0, 0, 0, false);
    }

    /** Whether the error has a place in the source (a line), so CPython prints it with the line and a caret. */
    public boolean located() {
        return located;
    }

    public String kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    public int offset() {
        return offset;
    }

    public int endOffset() {
        return endOffset;
    }
}
