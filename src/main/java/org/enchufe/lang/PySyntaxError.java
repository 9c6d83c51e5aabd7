package org.enchufe.lang;

/**
 * A SyntaxError (or IndentationError / TabError) found while reading source, with everything
 * CPython prints for it.
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

    public PySyntaxError(String kind, String message, int line, int offset, int endOffset) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
        this.offset = offset;
        this.endOffset = endOffset;
    }

    public PySyntaxError(String message, int line, int offset) {
        this("SyntaxError", message, line, offset, 0);
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
