package org.enchufe.lang.runtime;

import java.util.Map;
import java.util.function.Function;

/**
 * {@code repr()} as a debugger's variables view shows it: what CPython prints for the built-in
 * values, cut to a few items and a bounded length ("…" says where), and never running Python code
 * (an instance's own {@code __repr__} is not called: it shows as {@code <Clase object>}). For a
 * thread stopped between instructions, where calling back into the program is not an option.
 */
public final class BoundedRepr {

    /** Items of a list, tuple, dict or set shown before "…". */
    static final int ITEMS = 8;
    /** Containers inside containers shown before "[…]". */
    static final int DEPTH = 2;

    private final int limit;
    /** What the host shows for its own objects (a socket by its descriptor and addresses), or null. */
    private final Function<PyObject, String> hosted;
    private final StringBuilder out = new StringBuilder();

    private BoundedRepr(int limit, Function<PyObject, String> hosted) {
        this.limit = limit;
        this.hosted = hosted;
    }

    /** {@code value}'s repr in at most {@code limit} characters. */
    public static String of(PyObject value, int limit) {
        return of(value, limit, o -> null);
    }

    /** The same, with the host's own words for the objects {@code hosted} knows. */
    public static String of(PyObject value, int limit, Function<PyObject, String> hosted) {
        BoundedRepr repr = new BoundedRepr(limit, hosted);
        repr.write(value, 0);
        return repr.cut();
    }

    private boolean full() {
        return out.length() > limit;
    }

    private String cut() {
        return out.length() <= limit ? out.toString() : out.substring(0, Math.max(0, limit - 1)) + "…";
    }

    private void write(PyObject o, int depth) {
        if (full()) {
            return;
        }
        String own = hosted.apply(o);
        if (own != null) {
            out.append(own);
            return;
        }
        switch (o) {
            case PyNone n -> out.append("None");
            case PyBool b -> out.append(b == PyBool.TRUE ? "True" : "False");
            case PyInt i -> out.append(i.big == null ? Long.toString(i.value)
                    : i.big.bitLength() > 4 * limit ? "<int of " + i.big.bitLength() + " bits>" : i.big.toString());
            case PyFloat f -> out.append(FloatRepr.repr(f.value()));
            case PyStr s -> out.append(PyStr.repr(s.value().length() > limit ? s.value().substring(0, limit) : s.value()));
            case PyBytes b -> out.append(PyBytes.repr(b.bytesView(), Math.min(b.bytesView().length, limit)));
            case PyByteArray b -> out.append("bytearray(").append(PyBytes.repr(b.bytesView(), Math.min(b.size(), limit))).append(')');
            case PyList l -> items(firstOf(l), l.size(), "[", "]", depth);
            case PyTuple t -> items(t.items(), t.size(), "(", t.size() == 1 ? ",)" : ")", depth);
            case PySet s -> {
                if (s.size() == 0) {
                    out.append(s.frozen() ? "frozenset()" : "set()");
                } else {
                    out.append(s.frozen() ? "frozenset(" : "");
                    items(s.entries().toArray(new PyObject[0]), s.size(), "{", "}", depth);
                    out.append(s.frozen() ? ")" : "");
                }
            }
            case PyDict d -> dict(d, depth);
            case PyFunction f -> out.append("<function ").append(f.qualname()).append('>');
            case PyModule m -> out.append("<module '").append(m.name()).append("'>");
            case PyType t -> out.append("<class '").append(t.qualname()).append("'>");
            default -> out.append('<').append(o.type().qualname()).append(" object>");
        }
    }

    // The items shown, not a copy of a long list.
    private static PyObject[] firstOf(PyList list) {
        PyObject[] first = new PyObject[Math.min(list.size(), ITEMS + 1)];
        for (int i = 0; i < first.length; i++) {
            first[i] = list.get(i);
        }
        return first;
    }

    private void items(PyObject[] items, int size, String open, String close, int depth) {
        if (depth >= DEPTH && size > 0) {
            out.append(open).append('…').append(close);
            return;
        }
        out.append(open);
        for (int i = 0; i < Math.min(size, items.length) && !full(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            if (i == ITEMS) {
                out.append('…');
                break;
            }
            write(items[i], depth + 1);
        }
        out.append(close);
    }

    private void dict(PyDict d, int depth) {
        if (depth >= DEPTH && d.size() > 0) {
            out.append("{…}");
            return;
        }
        out.append('{');
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
            if (full()) {
                break;
            }
            if (i > 0) {
                out.append(", ");
            }
            if (i++ == ITEMS) {
                out.append('…');
                break;
            }
            write(e.getKey(), depth + 1);
            out.append(": ");
            write(e.getValue(), depth + 1);
        }
        out.append('}');
    }
}
