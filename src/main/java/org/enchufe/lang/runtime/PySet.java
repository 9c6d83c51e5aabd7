package org.enchufe.lang.runtime;

import java.util.List;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's set and frozenset, on a table laid out as CPython's, and with CPython's algorithms
 * for the operators, so results iterate in the same order.
 */
public final class PySet extends PyObject {

    private final SetTable table = new SetTable();
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.frozen = frozen;
    }

    public boolean frozen() {
        return frozen;
    }

    public int size() {
        return table.size();
    }

    /** Slots of the table, used or not: what the set holds on the heap. */
    public int capacity() {
        return table.capacity();
    }

    public List<PyObject> entries() {
        return table.entries();
    }

    public void add(Interpreter in, PyObject item) {
        if (table.add(in, item, Ops.hash(in, item))) {
            in.accountObjects(2);
        }
    }

    public boolean has(Interpreter in, PyObject item) {
        return table.contains(in, item, Ops.hash(in, item));
    }

    public boolean discard(Interpreter in, PyObject item) {
        return table.discard(in, item, Ops.hash(in, item));
    }

    /** Adds everything an iterable yields; a set is merged as CPython merges tables. */
    public void update(Interpreter in, PyObject iterable) {
        if (iterable instanceof PySet other) {
            table.merge(in, other.table);
            return;
        }
        PyObject it = Ops.iter(in, iterable);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            add(in, x);
        }
    }

    private PySet copy(boolean asFrozen) {
        PySet out = new PySet(asFrozen);
        out.table.merge(null, table);
        return out;
    }

    @Override
    public PyType type() {
        return frozen ? PyType.FROZENSET : PyType.SET;
    }

    @Override
    public String repr(Interpreter in) {
        if (table.size() == 0) {
            return frozen ? "frozenset()" : "set()";
        }
        List<PyObject> items = entries();
        String body = in.guardRecursion(this, "{...}",
                () -> Sequences.join(in, items.toArray(new PyObject[0]), items.size(), "{", "}"));
        return frozen ? "frozenset(" + body + ")" : body;
    }

    @Override
    public boolean truthy(Interpreter in) {
        return table.size() > 0;
    }

    @Override
    public int len(Interpreter in) {
        return table.size();
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        return has(in, item);
    }

    @Override
    public PyObject iter(Interpreter in) {
        List<PyObject> items = entries();
        return new PyIterator.OfJava(items.iterator(), table::size, "set_iterator", "Set changed size during iteration");
    }

    @Override
    public long hash(Interpreter in) {
        if (!frozen) {
            throw PyErrors.typeError("unhashable type: 'set'");
        }
        // CPython's frozenset hash: shuffled entry hashes combined, then mixed.
        long hash = 0;
        for (long h : table.entryHashes()) {
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        if ((table.size() & 1) != 0) {
            hash ^= ((0 ^ 89869747L) ^ (0L << 16)) * 3644798167L;
        }
        hash ^= ((long) table.size() + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PySet s && s.size() == size() && isSubset(in, this, s);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PySet copy = fork.remember(this, new PySet(frozen));
        Interpreter in = Interpreter.currentOrNull();
        for (PyObject item : entries()) {
            copy.table.add(in, fork.copy(item), Ops.hash(in, item));
        }
        return copy;
    }

    /** A frozenset of constants, made by the compiler (no interpreter runs yet). */
    public static PySet frozenOf(PyObject[] items) {
        PySet s = new PySet(true);
        for (PyObject x : items) {
            s.table.add(null, x, Ops.hash(null, x));
        }
        return s;
    }

    static PySet from(Interpreter in, PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        s.update(in, iterable);
        return s;
    }

    public static boolean isSubset(Interpreter in, PySet a, PySet b) {
        if (a.size() > b.size()) {
            return false;
        }
        for (PyObject x : a.entries()) {
            if (!b.has(in, x)) {
                return false;
            }
        }
        return true;
    }

    /** The set operators | & - ^ with CPython's algorithms (which decide the result's order). */
    public static PyObject operate(Interpreter in, String op, PySet a, PySet b) {
        return switch (op) {
            case "|" -> {
                PySet out = a.copy(a.frozen);
                out.table.merge(in, b.table);
                yield out;
            }
            case "&" -> intersection(in, a, b);
            case "-" -> difference(in, a, b);
            case "^" -> {
                PySet out = b.copy(a.frozen);
                for (PyObject x : a.entries()) {
                    if (!out.discard(in, x)) {
                        out.add(in, x);
                    }
                }
                yield out;
            }
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static PySet intersection(Interpreter in, PySet a, PySet b) {
        PySet out = new PySet(a.frozen);
        PySet small = b.size() > a.size() ? a : b;
        PySet large = small == a ? b : a;
        for (PyObject x : small.entries()) {
            if (large.has(in, x)) {
                out.add(in, x);
            }
        }
        return out;
    }

    private static PySet difference(Interpreter in, PySet a, PySet b) {
        if ((a.size() >> 2) > b.size()) {
            PySet out = a.copy(a.frozen);
            for (PyObject x : b.entries()) {
                out.discard(in, x);
            }
            return out;
        }
        PySet out = new PySet(a.frozen);
        for (PyObject x : a.entries()) {
            if (!b.has(in, x)) {
                out.add(in, x);
            }
        }
        return out;
    }

    private static PySet arg(Interpreter in, PyObject o) {
        return o instanceof PySet s ? s : from(in, o, false);
    }

    static {
        PyType.Constructor make = (in, type, args, kw) -> {
            Args.range(type.name(), args, kw, 0, 1);
            return args.length == 0 ? new PySet(type == PyType.FROZENSET) : from(in, args[0], type == PyType.FROZENSET);
        };
        PyType.SET.withConstructor(make);
        PyType.FROZENSET.withConstructor(make);
        for (PyType t : new PyType[] {PyType.SET, PyType.FROZENSET}) {
            t.method("union", (in, self, a, k) -> {
                PySet out = ((PySet) self).copy(((PySet) self).frozen);
                for (PyObject o : a) {
                    out.update(in, o);
                }
                return out;
            });
            t.method("intersection", (in, self, a, k) -> {
                PySet out = (PySet) self;
                for (PyObject o : a) {
                    out = intersection(in, out, arg(in, o));
                }
                return a.length == 0 ? ((PySet) self).copy(((PySet) self).frozen) : out;
            });
            t.method("difference", (in, self, a, k) -> {
                PySet out = ((PySet) self).copy(((PySet) self).frozen);
                for (PyObject o : a) {
                    out = difference(in, out, arg(in, o));
                }
                return out;
            });
            t.method("symmetric_difference", (in, self, a, k) ->
                    operate(in, "^", (PySet) self, arg(in, Args.one("symmetric_difference", a, k))));
            t.method("issubset", (in, self, a, k) -> PyBool.of(isSubset(in, (PySet) self, arg(in, Args.one("issubset", a, k)))));
            t.method("issuperset", (in, self, a, k) ->
                    PyBool.of(isSubset(in, arg(in, Args.one("issuperset", a, k)), (PySet) self)));
            t.method("isdisjoint", (in, self, a, k) -> {
                PySet other = arg(in, Args.one("isdisjoint", a, k));
                for (PyObject x : ((PySet) self).entries()) {
                    if (other.has(in, x)) {
                        return PyBool.FALSE;
                    }
                }
                return PyBool.TRUE;
            });
            t.method("copy", (in, self, a, k) -> ((PySet) self).copy(((PySet) self).frozen));
        }
        PyType s = PyType.SET;
        s.method("add", (in, self, a, k) -> {
            ((PySet) self).add(in, Args.one("add", a, k));
            return PyNone.NONE;
        });
        s.method("remove", (in, self, a, k) -> {
            PyObject x = Args.one("remove", a, k);
            if (!((PySet) self).discard(in, x)) {
                throw PyErrors.keyError(x);
            }
            return PyNone.NONE;
        });
        s.method("discard", (in, self, a, k) -> {
            ((PySet) self).discard(in, Args.one("discard", a, k));
            return PyNone.NONE;
        });
        s.method("pop", (in, self, a, k) -> {
            Args.none("pop", a, k);
            PyObject x = ((PySet) self).table.pop();
            if (x == null) {
                throw PyErrors.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            return x;
        });
        s.method("clear", (in, self, a, k) -> {
            ((PySet) self).table.clear();
            return PyNone.NONE;
        });
        s.method("update", (in, self, a, k) -> {
            for (PyObject o : a) {
                ((PySet) self).update(in, o);
            }
            return PyNone.NONE;
        });
        s.method("intersection_update", (in, self, a, k) -> {
            PySet me = (PySet) self;
            PySet result = me;
            for (PyObject o : a) {
                result = intersection(in, result, arg(in, o));
            }
            me.table.clear();
            me.table.merge(in, result.table);
            return PyNone.NONE;
        });
        s.method("symmetric_difference_update", (in, self, a, k) -> {
            PySet me = (PySet) self;
            PySet result = (PySet) operate(in, "^", me, arg(in, Args.one("symmetric_difference_update", a, k)));
            me.table.clear();
            me.table.merge(in, result.table);
            return PyNone.NONE;
        });
        s.method("difference_update", (in, self, a, k) -> {
            for (PyObject o : a) {
                for (PyObject x : Ops.toArray(in, o)) {
                    ((PySet) self).discard(in, x);
                }
            }
            return PyNone.NONE;
        });
    }
}
