package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/** Python's tuple: an immutable array of objects; {@link PyStructSeq} is its one subclass, the modules' named tuples. */
public class PyTuple extends PyObject {

    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    public PyObject[] items() {
        return items;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    @Override
    public PyType type() {
        return PyType.TUPLE;
    }

    @Override
    public String repr(Interpreter in) {
        if (items.length == 1) {
            return in.guardRecursion(this, "(...)", () -> "(" + Ops.repr(in, items[0]) + ",)");
        }
        return in.guardRecursion(this, "(...)", () -> Sequences.join(in, items, items.length, "(", ")"));
    }

    @Override
    public boolean truthy(Interpreter in) {
        return items.length > 0;
    }

    @Override
    public int len(Interpreter in) {
        return items.length;
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, items.length);
            Cost.items(in, r[3]);
            PyObject[] out = new PyObject[r[3]];
            for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                out[n] = items[i];
            }
            return of(out);
        }
        return items[Sequences.index(in, key, items.length, "tuple")];
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfSequence(this, items.length, i -> items[i], "tuple_iterator");
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        for (int i = 0; i < items.length; i++) {
            Cost.item(in, i);
            PyObject x = items[i];
            if (x == item || Ops.eq(in, x, item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long hash(Interpreter in) {
        // CPython's xxHash-based tuple hash, so that hashes (and set orders) agree.
        long acc = 0x27D4EB2F165667C5L;
        for (int i = 0; i < items.length; i++) {
            Cost.item(in, i);
            long lane = Ops.hash(in, items[i]);
            acc += lane * 0xC2B2AE3D27D4EB4FL;
            acc = Long.rotateLeft(acc, 31);
            acc *= 0x9E3779B185EBCA87L;
        }
        acc += items.length ^ (0x27D4EB2F165667C5L ^ 3527539L);
        return acc == -1 ? 1546275796 : acc;
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyTuple t && Sequences.equal(in, items, items.length, t.items, t.items.length);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyObject[] copied = fork.copyAll(items);
        return fork.remember(this, Arrays.equals(copied, items) && identical(copied) ? this : new PyTuple(copied));
    }

    private boolean identical(PyObject[] copied) {
        for (int i = 0; i < items.length; i++) {
            if (copied[i] != items[i]) {
                return false;
            }
        }
        return true;
    }

    static {
        PyType t = PyType.TUPLE;
        t.withConstructor((in, type, args, kw) -> {
            Args.range("tuple", args, kw, 0, 1);
            return args.length == 0 ? EMPTY : args[0].getClass() == PyTuple.class ? args[0] : of(Ops.toArray(in, args[0]));
        });
        t.method("count", (in, self, a, k) -> {
            PyObject x = Args.one("count", a, k);
            int n = 0;
            PyObject[] items = ((PyTuple) self).items;
            for (int i = 0; i < items.length; i++) {
                Cost.item(in, i);
                PyObject item = items[i];
                if (item == x || Ops.eq(in, item, x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("index", (in, self, a, k) -> {
            Args.between("index", a, k, 1, 3);
            PyObject[] items = ((PyTuple) self).items;
            int[] range = Sequences.sliceRange(in, a, 1, items.length);
            for (int i = range[0]; i < range[1]; i++) {
                Cost.item(in, i);
                if (items[i] == a[0] || Ops.eq(in, items[i], a[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError("tuple.index(x): x not in tuple");
        });
    }
}
