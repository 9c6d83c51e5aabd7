package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** Index and slice arithmetic shared by str, bytes, tuple, list and range. */
public final class Sequences {

    private Sequences() {
    }

    /** A subscript as a position in a sequence of {@code length}; IndexError names the kind. */
    public static int index(Interpreter in, PyObject key, int length, String kind) {
        if (!(key instanceof PyInt)) {
            PyObject index = key.type().isBuiltin() ? null : key.type().lookup("__index__");
            if (index == null) {
                throw PyErrors.typeError(kind + " indices must be integers or slices, not " + key.type().name());
            }
            key = in.call(index, new PyObject[] {key}, PyBuiltin.NO_KEYWORDS);
        }
        PyInt i = (PyInt) key;
        if (!i.isSmall()) {
            throw PyErrors.raise(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
        }
        long v = i.asLong();
        if (v < 0) {
            v += length;
        }
        if (v < 0 || v >= length) {
            throw PyErrors.indexError(kind + " index out of range");
        }
        return (int) v;
    }

    /** The optional start and end arguments of find/count/startswith, clamped like a slice. */
    public static int[] sliceRange(Interpreter in, PyObject[] args, int from, int length) {
        long start = 0;
        long end = length;
        if (args.length > from && args[from] != PyNone.NONE) {
            start = Ops.index(in, args[from]);
        }
        if (args.length > from + 1 && args[from + 1] != PyNone.NONE) {
            end = Ops.index(in, args[from + 1]);
        }
        if (start < 0) {
            start = Math.max(0, start + length);
        }
        if (end < 0) {
            end = Math.max(0, end + length);
        }
        end = Math.min(end, length);
        return new int[] {(int) start, (int) end};
    }

    public static PyObject[] repeat(Interpreter in, PyObject[] items, PyObject count) {
        long n = Math.max(0, Ops.index(in, count));
        long total = n * items.length;
        if (total > Integer.MAX_VALUE - 8) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        in.accountObjects(total);
        in.work(Cost.items(total));
        PyObject[] out = new PyObject[(int) total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(items, 0, out, i * items.length, items.length);
        }
        return out;
    }

    /** Lexicographic comparison of two item arrays: negative, zero or positive. */
    public static int compare(Interpreter in, PyObject[] a, int an, PyObject[] b, int bn, Ops.Compare op) {
        int n = Math.min(an, bn);
        in.enterComparison();
        try {
            for (int i = 0; i < n; i++) {
                if ((i & 1023) == 1023) {
                    in.work(Cost.items(1024));
                }
                if (a[i] != b[i] && !Ops.eq(in, a[i], b[i])) {
                    return Ops.lessThan(in, a[i], b[i]) ? -1 : 1;
                }
            }
        } catch (StackOverflowError e) {
            throw Interpreter.comparisonTooDeep();
        } finally {
            in.leaveComparison();
        }
        return Integer.compare(an, bn);
    }

    public static boolean equal(Interpreter in, PyObject[] a, int an, PyObject[] b, int bn) {
        if (an != bn) {
            return false;
        }
        in.enterComparison();
        try {
            for (int i = 0; i < an; i++) {
                if ((i & 1023) == 1023) {
                    in.work(Cost.items(1024));
                }
                if (a[i] != b[i] && !Ops.eq(in, a[i], b[i])) {
                    return false;
                }
            }
        } catch (StackOverflowError e) {
            throw Interpreter.comparisonTooDeep();
        } finally {
            in.leaveComparison();
        }
        return true;
    }

    public static String join(Interpreter in, PyObject[] items, int n, String open, String close) {
        StringBuilder out = new StringBuilder(open);
        for (int i = 0; i < n; i++) {
            Cost.operation(in, i);
            if (i > 0) {
                out.append(", ");
            }
            out.append(Ops.repr(in, items[i]));
        }
        return out.append(close).toString();
    }
}
