package org.enchufe.lang.vm;

import java.util.List;

import org.enchufe.lang.Parser;
import org.enchufe.lang.ast.Expr;
import org.enchufe.lang.ast.Stmt;
import org.enchufe.lang.runtime.PyException;

/**
 * The line CPython 3.11 draws under a traceback's source line: {@code ^^^} under the expression
 * that failed, or {@code ~~~^~~~} when it is a binary operation or a subscript, with the operator
 * or the brackets marked; nothing when the expression is the whole line.
 */
final class Carets {

    private Carets() {
    }

    /** The caret line without its 4-space margin, or null when CPython prints none. */
    static String under(String sourceLine, PyException.TraceEntry entry) {
        if (entry.col() < 0 || entry.endLine() < 0 || entry.endCol() < 0) {
            return null;
        }
        String line = sourceLine.stripTrailing();
        int truncation = line.length() - line.stripLeading().length();
        int start = entry.col();
        int end = entry.endCol();
        if (entry.endLine() != entry.line()) {
            // A multi-line expression is highlighted to the end of its first line.
            end = line.length();
        }
        if (start > line.length() || end > line.length() || end < start) {
            return null;
        }
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (entry.endLine() == entry.line()) {
            int[] anchors = anchors(line.substring(start, end));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                primary = '~';
                secondary = '^';
            }
        }
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == line.length() - truncation && !secondaryRanges) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int offset = truncation + 1; offset <= end; offset++) {
            if (offset <= start) {
                out.append(' ');
            } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
                out.append(secondary);
            } else {
                out.append(primary);
            }
        }
        return out.toString();
    }

    /** {left end, right start} of the operator or brackets inside the segment, or null. */
    private static int[] anchors(String segment) {
        List<Stmt> body;
        try {
            body = Parser.parse(segment);
        } catch (RuntimeException | StackOverflowError notAnExpression) {
            // A line nested deep enough to overflow this thread's stack gets carets without anchors.
            return null;
        }
        if (body.size() != 1 || !(body.getFirst() instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        switch (statement.value()) {
            case Expr.BinOp binary -> {
                int from = binary.left().pos().endCol();
                int to = binary.right().pos().col();
                for (int i = from; i < to && i < segment.length(); i++) {
                    if (Character.isWhitespace(segment.charAt(i))) {
                        continue;
                    }
                    int right = i + 1;
                    if (i + 1 < to && !Character.isWhitespace(segment.charAt(i + 1))) {
                        right++;
                    }
                    return new int[] {i, right};
                }
                return null;
            }
            case Expr.Subscript subscript -> {
                return new int[] {subscript.value().pos().endCol(), subscript.slice().pos().endCol() + 1};
            }
            default -> {
                return null;
            }
        }
    }
}
