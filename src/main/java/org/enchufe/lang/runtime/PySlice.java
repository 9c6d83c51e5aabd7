package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** {@code a[start:stop:step]}, resolved against a length as CPython's PySlice_GetIndicesEx does. */
public final class PySlice extends PyObject {

    private final PyObject start;
    private final PyObject stop;
    private final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return PyType.SLICE;
    }

    /** {start, stop, step, count} for a sequence of {@code length}. */
    public int[] indices(Interpreter in, int length) {
        long st = step == PyNone.NONE ? 1 : bound(in, step);
        if (st == 0) {
            throw PyErrors.valueError("slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = start == PyNone.NONE ? (st < 0 ? upper : lower) : clamp(bound(in, start), length, lower, upper);
        long e = stop == PyNone.NONE ? (st < 0 ? lower : upper) : clamp(bound(in, stop), length, lower, upper);
        long count;
        if (st > 0) {
            count = s < e ? (e - s - 1) / st + 1 : 0;
        } else {
            count = e < s ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new int[] {(int) s, (int) e, (int) st, (int) count};
    }

    /** Which positions of a sequence of {@code length} the slice selects, for deleting them. */
    public boolean[] selected(Interpreter in, int length) {
        int[] r = indices(in, length);
        boolean[] marks = new boolean[length];
        for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
            marks[i] = true;
        }
        return marks;
    }

    private static long clamp(long v, int length, long lower, long upper) {
        if (v < 0) {
            v += length;
            return v < lower ? lower : v;
        }
        return v > upper ? upper : v;
    }

    private static long bound(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            if (!i.isSmall()) {
                return i.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE;
            }
            return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, i.asLong()));
        }
        PyObject index = o.type().lookup("__index__");
        if (index == null || o.type().isBuiltin()) {
            throw PyErrors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return bound(in, in.call(index, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS));
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "start" -> start;
            case "stop" -> stop;
            case "step" -> step;
            default -> super.getAttr(in, name);
        };
    }

    @Override
    public String repr(Interpreter in) {
        return "slice(" + Ops.repr(in, start) + ", " + Ops.repr(in, stop) + ", " + Ops.repr(in, step) + ")";
    }

    @Override
    public long hash(Interpreter in) {
        throw PyErrors.typeError("unhashable type: 'slice'");
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PySlice s && Ops.eq(in, start, s.start) && Ops.eq(in, stop, s.stop) && Ops.eq(in, step, s.step);
    }
}
