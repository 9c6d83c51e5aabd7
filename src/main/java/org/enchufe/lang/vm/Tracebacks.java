package org.enchufe.lang.vm;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

import org.enchufe.lang.PySyntaxError;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyRaise;

/** The text CPython prints for an uncaught exception or a SyntaxError, chained exceptions included. */
public final class Tracebacks {

    private Tracebacks() {
    }

    public static String format(Interpreter in, PyException exc) {
        List<PyException> chain = new ArrayList<>();
        List<String> links = new ArrayList<>();
        IdentityHashMap<PyException, Boolean> seen = new IdentityHashMap<>();
        PyException e = exc;
        while (e != null && !seen.containsKey(e)) {
            seen.put(e, true);
            chain.addFirst(e);
            if (e.cause() != null) {
                links.addFirst("\nThe above exception was the direct cause of the following exception:\n\n");
                e = e.cause();
            } else if (e.context() != null && !e.suppressContext()) {
                links.addFirst("\nDuring handling of the above exception, another exception occurred:\n\n");
                e = e.context();
            } else {
                e = null;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < chain.size(); i++) {
            one(in, chain.get(i), out);
            if (i < links.size()) {
                out.append(links.get(i));
            }
        }
        return out.toString();
    }

    private static void one(Interpreter in, PyException exc, StringBuilder out) {
        List<PyException.TraceEntry> entries = new ArrayList<>(exc.traceback());
        java.util.Collections.reverse(entries);
        if (!entries.isEmpty()) {
            out.append("Traceback (most recent call last):\n");
            PyException.TraceEntry previous = null;
            int repeats = 0;
            for (PyException.TraceEntry entry : entries) {
                if (entry.equals(previous)) {
                    repeats++;
                    if (repeats >= 3) {
                        continue;
                    }
                } else {
                    flushRepeats(out, repeats);
                    repeats = 0;
                }
                previous = entry;
                out.append("  File \"").append(entry.filename()).append("\", line ").append(entry.line()).append(", in ")
                        .append(entry.function()).append('\n');
                String source = in.sourceLine(entry.filename(), entry.line());
                if (source != null && !source.isBlank()) {
                    out.append("    ").append(source.strip()).append('\n');
                    String carets = Carets.under(source, entry);
                    if (carets != null) {
                        out.append("    ").append(carets).append('\n');
                    }
                }
            }
            flushRepeats(out, repeats);
        }
        out.append(lastLine(in, exc)).append('\n');
        notes(in, exc, out);
    }

    /**
     * The exception's notes under its last line, as CPython 3.11 prints them: each note's str on
     * its own line(s); {@code __notes__} that is no sequence is printed by its repr.
     */
    private static void notes(Interpreter in, PyException exc, StringBuilder out) {
        PyObject notes;
        try {
            notes = ExceptionTypes.notes(in, exc);
        } catch (PyRaise failed) {
            return;
        }
        if (notes == null) {
            return;
        }
        if (!(notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr)) {
            out.append(text(() -> Ops.repr(in, notes), "<__notes__ repr() failed>")).append('\n');
            return;
        }
        for (PyObject note : Ops.toArray(in, notes)) {
            out.append(text(() -> Ops.str(in, note), "<note str() failed>")).append('\n');
        }
    }

    private static String text(java.util.function.Supplier<String> made, String failed) {
        try {
            return made.get();
        } catch (PyRaise e) {
            return failed;
        }
    }

    private static void flushRepeats(StringBuilder out, int repeats) {
        if (repeats >= 3) {
            int more = repeats - 2;
            out.append("  [Previous line repeated ").append(more).append(" more time").append(more == 1 ? "" : "s").append("]\n");
        }
    }

    /** {@code TypeName: message}, qualified by module unless builtins or __main__. */
    public static String lastLine(Interpreter in, PyException exc) {
        String module = exc.type().module();
        String name = module.equals("builtins") || module.equals("__main__") ? exc.type().qualname()
                : module + "." + exc.type().qualname();
        String message;
        try {
            message = exc.str(in);
        } catch (PyRaise failed) {
            message = "<exception str() failed>";
        }
        if (exc.type().isSubtypeOf(ExceptionTypes.NAME_ERROR) || exc.type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
            String suggestion = Suggestions.forException(in, exc);
            if (suggestion != null) {
                message += ". Did you mean: '" + suggestion + "'?";
            }
        }
        return message.isEmpty() ? name : name + ": " + message;
    }

    /** A SyntaxError found before the program ran, as CPython reports it for a script. */
    public static String syntaxError(PySyntaxError error, String filename, String source) {
        if (!error.located()) {
            return error.getMessage().isEmpty() ? error.kind() + "\n" : error.kind() + ": " + error.getMessage() + "\n";
        }
        StringBuilder out = new StringBuilder();
        out.append("  File \"").append(filename).append("\", line ").append(error.line()).append('\n');
        String[] lines = source.split("\r\n|\r|\n", -1);
        if (error.line() >= 1 && error.line() <= lines.length) {
            String text = lines[error.line() - 1];
            String stripped = text.stripLeading();
            int removed = text.length() - stripped.length();
            stripped = stripped.stripTrailing();
            out.append("    ").append(stripped).append('\n');
            int offset = error.offset() - removed;
            if (offset >= 1 && !error.kind().equals("IndentationError") || error.kind().equals("IndentationError")
                    && !error.getMessage().equals("unexpected indent") && offset >= 1) {
                int end = error.endOffset() > error.offset() ? error.endOffset() - removed : offset + 1;
                end = Math.min(end, stripped.length() + 2);
                out.append("    ").append(" ".repeat(Math.max(0, offset - 1))).append("^".repeat(Math.max(1, end - offset)))
                        .append('\n');
            }
        }
        out.append(error.kind()).append(": ").append(error.getMessage()).append('\n');
        return out.toString();
    }

    static String name(Interpreter in, Object o) {
        return o instanceof org.enchufe.lang.runtime.PyObject p ? Ops.repr(in, p) : String.valueOf(o);
    }
}
