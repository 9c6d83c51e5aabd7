package org.enchufe.lang.runtime;

import java.util.LinkedHashSet;
import java.util.Set;

import org.enchufe.lang.vm.Interpreter;

/** Python's set and frozenset. */
public final class PySet extends PyObject {

    private final LinkedHashSet<PyObject> items;
    private final boolean frozen;

    public PySet(boolean frozen) {
        this.items = new LinkedHashSet<>();
        this.frozen = frozen;
    }

    public PySet(Set<PyObject> items, boolean frozen) {
        this.items = new LinkedHashSet<>(items);
        this.frozen = frozen;
    }

    public Set<PyObject> items() {
        return items;
    }

    public void add(Interpreter in, PyObject item) {
        Ops.hash(in, item);
        if (items.add(item)) {
            in.accountObjects(1);
        }
    }

    @Override
    public PyType type() {
        return frozen ? PyType.FROZENSET : PyType.SET;
    }

    @Override
    public String repr(Interpreter in) {
        if (items.isEmpty()) {
            return frozen ? "frozenset()" : "set()";
        }
        String body = in.guardRecursion(this, "{...}",
                () -> Sequences.join(in, items.toArray(new PyObject[0]), items.size(), "{", "}"));
        return frozen ? "frozenset(" + body + ")" : body;
    }

    @Override
    public boolean truthy(Interpreter in) {
        return !items.isEmpty();
    }

    @Override
    public int len(Interpreter in) {
        return items.size();
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        Ops.hash(in, item);
        return items.contains(item);
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfJava(items.iterator(), items::size, "set_iterator", "Set changed size during iteration");
    }

    @Override
    public long hash(Interpreter in) {
        if (!frozen) {
            throw PyErrors.typeError("unhashable type: 'set'");
        }
        long h = 0;
        for (PyObject item : items) {
            h ^= Ops.hash(in, item) * 0x9E3779B97F4A7C15L;
        }
        return h == -1 ? 590923713 : h;
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PySet s && s.items.equals(items);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PySet copy = fork.remember(this, new PySet(frozen));
        for (PyObject item : items) {
            copy.items.add(fork.copy(item));
        }
        return copy;
    }

    static PySet from(Interpreter in, PyObject iterable, boolean frozen) {
        PySet s = new PySet(frozen);
        PyObject it = Ops.iter(in, iterable);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            s.add(in, x);
        }
        return s;
    }

    /** The set operators | & - ^ and the comparisons, for two sets. */
    public static PyObject operate(Interpreter in, String op, PySet a, PySet b) {
        PySet out = new PySet(a.frozen);
        switch (op) {
            case "|" -> {
                out.items.addAll(a.items);
                out.items.addAll(b.items);
            }
            case "&" -> a.items.stream().filter(b.items::contains).forEach(out.items::add);
            case "-" -> a.items.stream().filter(x -> !b.items.contains(x)).forEach(out.items::add);
            case "^" -> {
                a.items.stream().filter(x -> !b.items.contains(x)).forEach(out.items::add);
                b.items.stream().filter(x -> !a.items.contains(x)).forEach(out.items::add);
            }
            default -> throw new IllegalArgumentException(op);
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
                PySet out = new PySet(((PySet) self).items, ((PySet) self).frozen);
                for (PyObject o : a) {
                    out.items.addAll(arg(in, o).items);
                }
                return out;
            });
            t.method("intersection", (in, self, a, k) -> {
                PySet out = new PySet(((PySet) self).items, ((PySet) self).frozen);
                for (PyObject o : a) {
                    out.items.retainAll(arg(in, o).items);
                }
                return out;
            });
            t.method("difference", (in, self, a, k) -> {
                PySet out = new PySet(((PySet) self).items, ((PySet) self).frozen);
                for (PyObject o : a) {
                    out.items.removeAll(arg(in, o).items);
                }
                return out;
            });
            t.method("symmetric_difference", (in, self, a, k) ->
                    operate(in, "^", (PySet) self, arg(in, Args.one("symmetric_difference", a, k))));
            t.method("issubset", (in, self, a, k) ->
                    PyBool.of(arg(in, Args.one("issubset", a, k)).items.containsAll(((PySet) self).items)));
            t.method("issuperset", (in, self, a, k) ->
                    PyBool.of(((PySet) self).items.containsAll(arg(in, Args.one("issuperset", a, k)).items)));
            t.method("isdisjoint", (in, self, a, k) -> {
                PySet other = arg(in, Args.one("isdisjoint", a, k));
                return PyBool.of(((PySet) self).items.stream().noneMatch(other.items::contains));
            });
            t.method("copy", (in, self, a, k) -> new PySet(((PySet) self).items, ((PySet) self).frozen));
        }
        PyType s = PyType.SET;
        s.method("add", (in, self, a, k) -> { ((PySet) self).add(in, Args.one("add", a, k)); return PyNone.NONE; });
        s.method("remove", (in, self, a, k) -> {
            PyObject x = Args.one("remove", a, k);
            Ops.hash(in, x);
            if (!((PySet) self).items.remove(x)) {
                throw PyErrors.keyError(x);
            }
            return PyNone.NONE;
        });
        s.method("discard", (in, self, a, k) -> {
            PyObject x = Args.one("discard", a, k);
            Ops.hash(in, x);
            ((PySet) self).items.remove(x);
            return PyNone.NONE;
        });
        s.method("pop", (in, self, a, k) -> {
            Args.none("pop", a, k);
            var it = ((PySet) self).items.iterator();
            if (!it.hasNext()) {
                throw PyErrors.raise(ExceptionTypes.KEY_ERROR, "pop from an empty set");
            }
            PyObject x = it.next();
            it.remove();
            return x;
        });
        s.method("clear", (in, self, a, k) -> { ((PySet) self).items.clear(); return PyNone.NONE; });
        s.method("update", (in, self, a, k) -> {
            for (PyObject o : a) {
                PyObject it = Ops.iter(in, o);
                for (PyObject x = it.next(in); x != null; x = it.next(in)) {
                    ((PySet) self).add(in, x);
                }
            }
            return PyNone.NONE;
        });
    }
}
