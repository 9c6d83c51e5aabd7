package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/** Python's list: a growable array of objects. */
public final class PyList extends PyObject {

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    public int size() {
        return size;
    }

    /** Slots of the backing array, used or not: what the list holds on the heap. */
    public int capacity() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    public PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    public void append(PyObject item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = item;
    }

    void clear() {
        Arrays.fill(items, null);
        size = 0;
    }

    public void extend(PyObject[] more) {
        if (size + more.length > items.length) {
            items = Arrays.copyOf(items, size + more.length + (size >> 1));
        }
        System.arraycopy(more, 0, items, size, more.length);
        size += more.length;
    }

    @Override
    public PyType type() {
        return PyType.LIST;
    }

    @Override
    public String repr(Interpreter in) {
        return in.guardRecursion(this, "[...]", () -> Sequences.join(in, items, size, "[", "]"));
    }

    @Override
    public boolean truthy(Interpreter in) {
        return size > 0;
    }

    @Override
    public int len(Interpreter in) {
        return size;
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, size);
            Cost.items(in, r[3]);
            PyObject[] out = new PyObject[r[3]];
            for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                out[n] = items[i];
            }
            return new PyList(out);
        }
        return items[Sequences.index(in, key, size, "list")];
    }

    @Override
    public void setItem(Interpreter in, PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, size);
            PyObject[] replacement = Ops.toArray(in, value);
            Cost.items(in, r[2] == 1 ? size + (long) replacement.length : replacement.length);
            if (r[2] == 1) {
                int stop = Math.max(r[0], r[1]);
                PyObject[] out = new PyObject[size - (stop - r[0]) + replacement.length];
                System.arraycopy(items, 0, out, 0, r[0]);
                System.arraycopy(replacement, 0, out, r[0], replacement.length);
                System.arraycopy(items, stop, out, r[0] + replacement.length, size - stop);
                items = out;
                size = out.length;
                return;
            }
            if (replacement.length != r[3]) {
                throw PyErrors.valueError("attempt to assign sequence of size " + replacement.length
                        + " to extended slice of size " + r[3]);
            }
            for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                items[i] = replacement[n];
            }
            return;
        }
        if (!(key instanceof PyInt)) {
            throw PyErrors.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        int i;
        try {
            i = Sequences.index(in, key, size, "list");
        } catch (PyRaise e) {
            throw PyErrors.indexError("list assignment index out of range");
        }
        items[i] = value;
    }

    @Override
    public void delItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            Cost.items(in, size);
            boolean[] drop = slice.selected(in, size);
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    items[w++] = items[i];
                }
            }
            Arrays.fill(items, w, size, null);
            size = w;
            return;
        }
        int i;
        try {
            i = Sequences.index(in, key, size, "list");
        } catch (PyRaise e) {
            if (key instanceof PyInt) {
                throw PyErrors.indexError("list assignment index out of range");
            }
            throw e;
        }
        removeAt(i);
    }

    private PyObject removeAt(int i) {
        PyObject removed = items[i];
        if (size - i >= Cost.FREE) {
            Cost.references(Interpreter.currentOrNull(), size - i);
        }
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return removed;
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfSequence(this, size, i -> items[i], "list_iterator");
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        for (int i = 0; i < size; i++) {
            Cost.item(in, i);
            if (items[i] == item || Ops.eq(in, items[i], item)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public long hash(Interpreter in) {
        throw PyErrors.typeError("unhashable type: 'list'");
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyList l && Sequences.equal(in, items, size, l.items, l.size);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyList copy = fork.remember(this, new PyList(new PyObject[items.length]));
        for (int i = 0; i < size; i++) {
            copy.items[i] = fork.copy(items[i]);
        }
        copy.size = size;
        return copy;
    }

    private static PyObject[] copyOf(Interpreter in, PyTuple tuple) {
        Cost.items(in, tuple.size());
        return tuple.items().clone();
    }

    public void sort(Interpreter in, PyObject key, boolean reverse) {
        PyObject[] keys = new PyObject[size];
        for (int i = 0; i < size; i++) {
            keys[i] = key == null || key == PyNone.NONE ? items[i] : in.call(key, new PyObject[] {items[i]}, PyBuiltin.NO_KEYWORDS);
        }
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        PyObject[] snapshot = Arrays.copyOf(items, size);
        // Arrays.sort on objects is stable, and Python's reverse=True keeps equal items in their
        // original order too, so reversing the comparison is exactly Python's semantics.
        long[] comparisons = {0};
        java.util.Comparator<Integer> byKey = (a, b) -> {
            Cost.operation(in, comparisons[0]++);
            return Ops.lessThan(in, keys[a], keys[b]) ? -1 : Ops.lessThan(in, keys[b], keys[a]) ? 1 : 0;
        };
        Arrays.sort(order, reverse ? byKey.reversed() : byKey);
        for (int i = 0; i < size; i++) {
            items[i] = snapshot[order[i]];
        }
    }

    static {
        PyType t = PyType.LIST;
        t.withConstructor((in, type, args, kw) -> {
            Args.range("list", args, kw, 0, 1);
            if (args.length == 0) {
                return new PyList();
            }
            // A tuple's own array must not become the list's.
            return new PyList(args[0] instanceof PyTuple tuple ? copyOf(in, tuple) : Ops.toArray(in, args[0]));
        });
        t.method("append", (in, self, a, k) -> {
            ((PyList) self).append(a[0]);
            in.accountObjects(1);
            return PyNone.NONE;
        });
        t.method("extend", (in, self, a, k) -> {
            PyObject[] more = Ops.toArray(in, a[0]);
            in.accountObjects(more.length);
            Cost.items(in, more.length);
            ((PyList) self).extend(more);
            return PyNone.NONE;
        });
        t.method("insert", (in, self, a, k) -> {
            PyList l = (PyList) self;
            long i = Ops.index(in, a[0]);
            if (i < 0) {
                i = Math.max(0, i + l.size);
            }
            i = Math.min(i, l.size);
            l.append(PyNone.NONE);
            Cost.references(in, l.size - i);
            System.arraycopy(l.items, (int) i, l.items, (int) i + 1, l.size - 1 - (int) i);
            l.items[(int) i] = a[1];
            return PyNone.NONE;
        });
        t.method("pop", (in, self, a, k) -> {
            PyList l = (PyList) self;
            if (l.size == 0) {
                throw PyErrors.indexError("pop from empty list");
            }
            int i;
            if (a.length == 0) {
                i = l.size - 1;
            } else {
                long v = Ops.index(in, a[0]);
                if (v < 0) {
                    v += l.size;
                }
                if (v < 0 || v >= l.size) {
                    throw PyErrors.indexError("pop index out of range");
                }
                i = (int) v;
            }
            return l.removeAt(i);
        });
        t.method("remove", (in, self, a, k) -> {
            PyObject x = a[0];
            PyList l = (PyList) self;
            for (int i = 0; i < l.size; i++) {
                Cost.item(in, i);
                if (l.items[i] == x || Ops.eq(in, l.items[i], x)) {
                    l.removeAt(i);
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("list.remove(x): x not in list");
        });
        t.method("index", (in, self, a, k) -> {
            PyList l = (PyList) self;
            int[] range = Sequences.sliceRange(in, a, 1, l.size);
            for (int i = range[0]; i < Math.min(range[1], l.size); i++) {
                Cost.item(in, i);
                if (l.items[i] == a[0] || Ops.eq(in, l.items[i], a[0])) {
                    return PyInt.of(i);
                }
            }
            throw PyErrors.valueError(Ops.repr(in, a[0]) + " is not in list");
        });
        t.method("count", (in, self, a, k) -> {
            PyObject x = a[0];
            PyList l = (PyList) self;
            int n = 0;
            for (int i = 0; i < l.size; i++) {
                Cost.item(in, i);
                if (l.items[i] == x || Ops.eq(in, l.items[i], x)) {
                    n++;
                }
            }
            return PyInt.of(n);
        });
        t.method("clear", (in, self, a, k) -> {
            PyList l = (PyList) self;
            Arrays.fill(l.items, null);
            l.size = 0;
            return PyNone.NONE;
        });
        t.method("copy", (in, self, a, k) -> {
            Cost.items(in, ((PyList) self).size);
            return new PyList(((PyList) self).toArray());
        });
        t.method("reverse", (in, self, a, k) -> {
            PyList l = (PyList) self;
            Cost.references(in, l.size);
            for (int i = 0, j = l.size - 1; i < j; i++, j--) {
                PyObject tmp = l.items[i];
                l.items[i] = l.items[j];
                l.items[j] = tmp;
            }
            return PyNone.NONE;
        });
        t.method("sort", (in, self, a, k) -> {
            if (Args.positional(a, k).length > 0) {
                throw PyErrors.typeError("sort() takes no positional arguments");
            }
            PyObject[] b = Args.bind("sort", a, k, 0, "key", "reverse");
            ((PyList) self).sort(in, b[0], b[1] != null && b[1].truthy(in));
            return PyNone.NONE;
        });
    }
}
