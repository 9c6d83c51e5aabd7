package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/** Python's dict: insertion-ordered, keyed by Python hash and ==. */
public final class PyDict extends PyObject {

    private final Entries map;

    public PyDict() {
        this.map = new Entries();
    }

    public PyDict(Map<PyObject, PyObject> entries) {
        this.map = new Entries(entries);
    }

    /**
     * The entries, counting their changes: a cache of a lookup in this dict (LOAD_GLOBAL's) is
     * fresh while the count it saw is. Every writing method of the map counts; its views are only
     * read (iterating, never removing through an iterator or setting an entry's value).
     */
    private static final class Entries extends LinkedHashMap<PyObject, PyObject> {
        int version;

        Entries() {
        }

        Entries(Map<PyObject, PyObject> entries) {
            super(entries);
        }

        @Override
        public PyObject put(PyObject key, PyObject value) {
            version++;
            return super.put(key, value);
        }

        @Override
        public void putAll(Map<? extends PyObject, ? extends PyObject> entries) {
            version++;
            super.putAll(entries);
        }

        @Override
        public PyObject remove(Object key) {
            version++;
            return super.remove(key);
        }

        @Override
        public void clear() {
            version++;
            super.clear();
        }

        // HashMap's other writers do not go through put or remove: they count too.

        @Override
        public PyObject putIfAbsent(PyObject key, PyObject value) {
            version++;
            return super.putIfAbsent(key, value);
        }

        @Override
        public boolean remove(Object key, Object value) {
            version++;
            return super.remove(key, value);
        }

        @Override
        public PyObject replace(PyObject key, PyObject value) {
            version++;
            return super.replace(key, value);
        }

        @Override
        public boolean replace(PyObject key, PyObject oldValue, PyObject newValue) {
            version++;
            return super.replace(key, oldValue, newValue);
        }

        @Override
        public void replaceAll(java.util.function.BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
            version++;
            super.replaceAll(f);
        }

        @Override
        public PyObject compute(PyObject key,
                                java.util.function.BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
            version++;
            return super.compute(key, f);
        }

        @Override
        public PyObject computeIfAbsent(PyObject key, java.util.function.Function<? super PyObject, ? extends PyObject> f) {
            version++;
            return super.computeIfAbsent(key, f);
        }

        @Override
        public PyObject computeIfPresent(PyObject key,
                                         java.util.function.BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
            version++;
            return super.computeIfPresent(key, f);
        }

        @Override
        public PyObject merge(PyObject key, PyObject value,
                              java.util.function.BiFunction<? super PyObject, ? super PyObject, ? extends PyObject> f) {
            version++;
            return super.merge(key, value, f);
        }
    }

    /** Changes with every change to the dict's entries; see {@link Entries}. */
    public int version() {
        return map.version;
    }

    public Map<PyObject, PyObject> map() {
        return map;
    }

    public PyObject get(PyObject key) {
        return map.get(key);
    }

    public PyObject getStr(String key) {
        return map.get(PyStr.of(key));
    }

    public void put(PyObject key, PyObject value) {
        map.put(key, value);
    }

    public void putStr(String key, PyObject value) {
        map.put(PyStr.of(key), value);
    }

    public int size() {
        return map.size();
    }

    @Override
    public PyType type() {
        return PyType.DICT;
    }

    @Override
    public String repr(Interpreter in) {
        return in.guardRecursion(this, "{...}", () -> {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            long index = 0;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                Cost.operation(in, index++);
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append(Ops.repr(in, e.getKey())).append(": ").append(Ops.repr(in, e.getValue()));
            }
            return out.append('}').toString();
        });
    }

    @Override
    public boolean truthy(Interpreter in) {
        return !map.isEmpty();
    }

    @Override
    public int len(Interpreter in) {
        return map.size();
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        Ops.hash(in, key);
        PyObject value = map.get(key);
        if (value == null) {
            throw PyErrors.keyError(key);
        }
        return value;
    }

    @Override
    public void setItem(Interpreter in, PyObject key, PyObject value) {
        Ops.hash(in, key);
        if (map.put(key, value) == null) {
            in.accountObjects(2);
        }
    }

    @Override
    public void delItem(Interpreter in, PyObject key) {
        Ops.hash(in, key);
        if (map.remove(key) == null) {
            throw PyErrors.keyError(key);
        }
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        Ops.hash(in, item);
        return map.containsKey(item);
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfJava(map.keySet().iterator(), map::size, "dict_keyiterator",
                "dictionary changed size during iteration");
    }

    @Override
    public long hash(Interpreter in) {
        throw PyErrors.typeError("unhashable type: 'dict'");
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (!(other instanceof PyDict d) || d.map.size() != map.size()) {
            return false;
        }
        in.enterComparison();
        try {
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
                if ((++i & 1023) == 0) {
                    in.work(Cost.items(1024));
                }
                PyObject v = d.map.get(e.getKey());
                if (v == null || !(v == e.getValue() || Ops.eq(in, v, e.getValue()))) {
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

    @Override
    public PyObject forkCopy(Forker fork) {
        PyDict copy = fork.remember(this, new PyDict());
        map.forEach((k, v) -> copy.map.put(fork.copy(k), fork.copy(v)));
        return copy;
    }

    /** dict.update / dict(…) from a mapping or an iterable of pairs, then keywords. */
    public void update(Interpreter in, PyObject source, PyObject[] args, String[] kwnames, String name) {
        if (source instanceof PyDict d) {
            Cost.operations(in, d.map.size());
            map.putAll(d.map);
        } else if (source != null) {
            PyObject keys = Attributes.lookupSpecial(in, source, "keys");
            if (keys != null) {
                PyObject it = Ops.iter(in, in.call(keys, new PyObject[0], PyBuiltin.NO_KEYWORDS));
                long index = 0;
                for (PyObject k = it.next(in); k != null; k = it.next(in)) {
                    Cost.operation(in, index++);
                    setItem(in, k, Ops.getItem(in, source, k));
                }
            } else {
                PyObject it = Ops.iter(in, source);
                int index = 0;
                for (PyObject item = it.next(in); item != null; item = it.next(in), index++) {
                    Cost.operation(in, index);
                    PyObject[] pair;
                    try {
                        pair = Ops.toArray(in, item);
                    } catch (PyRaise e) {
                        throw PyErrors.typeError("cannot convert dictionary update sequence element #" + index + " to a sequence");
                    }
                    if (pair.length != 2) {
                        throw PyErrors.valueError("dictionary update sequence element #" + index + " has length "
                                + pair.length + "; 2 is required");
                    }
                    setItem(in, pair[0], pair[1]);
                }
            }
        }
        int positional = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            map.put(PyStr.of(kwnames[i]), args[positional + i]);
        }
    }

    /** keys(), values() and items(): live views over the dict. */
    public static final class View extends PyObject {
        private final PyDict dict;
        private final String kind;

        View(PyDict dict, String kind) {
            this.dict = dict;
            this.kind = kind;
        }

        @Override
        public PyType type() {
            return PyType.ITERATOR;
        }

        @Override
        public int len(Interpreter in) {
            return dict.map.size();
        }

        @Override
        public boolean truthy(Interpreter in) {
            return !dict.map.isEmpty();
        }

        @Override
        public PyObject iter(Interpreter in) {
            java.util.Iterator<? extends PyObject> source = switch (kind) {
                case "keys" -> dict.map.keySet().iterator();
                case "values" -> dict.map.values().iterator();
                default -> dict.map.entrySet().stream()
                        .map(e -> (PyObject) PyTuple.of(e.getKey(), e.getValue())).iterator();
            };
            if (kind.equals("items")) {
                List<PyObject> snapshot = new ArrayList<>();
                dict.map.forEach((k, v) -> snapshot.add(PyTuple.of(k, v)));
                source = snapshot.iterator();
            }
            return new PyIterator.OfJava(source, dict.map::size, "dict_" + kind.substring(0, kind.length() - 1) + "iterator",
                    "dictionary changed size during iteration");
        }

        @Override
        public boolean contains(Interpreter in, PyObject item) {
            return switch (kind) {
                case "keys" -> dict.contains(in, item);
                case "values" -> super.contains(in, item);
                default -> item instanceof PyTuple t && t.size() == 2 && dict.map.containsKey(t.get(0))
                        && Ops.eq(in, dict.map.get(t.get(0)), t.get(1));
            };
        }

        @Override
        public String repr(Interpreter in) {
            return "dict_" + kind + "(" + new PyList(Ops.toArray(in, this)).repr(in) + ")";
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            return fork.remember(this, new View(fork.copy(dict), kind));
        }
    }

    static {
        PyType t = PyType.DICT;
        t.withConstructor((in, type, args, kw) -> {
            PyObject[] positional = Args.positional(args, kw);
            if (positional.length > 1) {
                throw PyErrors.typeError("dict expected at most 1 argument, got " + positional.length);
            }
            PyDict d = new PyDict();
            d.update(in, positional.length == 1 ? positional[0] : null, args, kw, "dict");
            return d;
        });
        t.method("keys", (in, self, a, k) -> new View((PyDict) self, "keys"));
        t.method("values", (in, self, a, k) -> new View((PyDict) self, "values"));
        t.method("items", (in, self, a, k) -> new View((PyDict) self, "items"));
        t.method("get", (in, self, a, k) -> {
            Ops.hash(in, a[0]);
            PyObject v = ((PyDict) self).map.get(a[0]);
            return v != null ? v : a.length > 1 ? a[1] : PyNone.NONE;
        });
        t.method("pop", (in, self, a, k) -> {
            Ops.hash(in, a[0]);
            PyObject v = ((PyDict) self).map.remove(a[0]);
            if (v != null) {
                return v;
            }
            if (a.length > 1) {
                return a[1];
            }
            throw PyErrors.keyError(a[0]);
        });
        t.method("popitem", (in, self, a, k) -> {
            Entries m = ((PyDict) self).map;
            if (m.isEmpty()) {
                throw PyErrors.raise(ExceptionTypes.KEY_ERROR, "popitem(): dictionary is empty");
            }
            Map.Entry<PyObject, PyObject> last = m.lastEntry();
            m.remove(last.getKey());
            return PyTuple.of(last.getKey(), last.getValue());
        });
        t.method("setdefault", (in, self, a, k) -> {
            PyDict d = (PyDict) self;
            Ops.hash(in, a[0]);
            PyObject v = d.map.get(a[0]);
            if (v == null) {
                v = a.length > 1 ? a[1] : PyNone.NONE;
                d.map.put(a[0], v);
            }
            return v;
        });
        t.method("update", (in, self, a, k) -> {
            PyObject[] positional = Args.positional(a, k);
            if (positional.length > 1) {
                throw PyErrors.typeError("update expected at most 1 argument, got " + positional.length);
            }
            ((PyDict) self).update(in, positional.length == 1 ? positional[0] : null, a, k, "update");
            return PyNone.NONE;
        });
        t.method("clear", (in, self, a, k) -> { ((PyDict) self).map.clear(); return PyNone.NONE; });
        t.method("copy", (in, self, a, k) -> {
            Cost.operations(in, ((PyDict) self).map.size());
            return new PyDict(((PyDict) self).map);
        });
        t.staticMethod("fromkeys", (in, self, a, k) -> {
            PyDict d = new PyDict();
            PyObject value = a.length > 1 ? a[1] : PyNone.NONE;
            PyObject it = Ops.iter(in, a[0]);
            long index = 0;
            for (PyObject key = it.next(in); key != null; key = it.next(in)) {
                Cost.operation(in, index++);
                d.setItem(in, key, value);
            }
            return d;
        });
    }
}
