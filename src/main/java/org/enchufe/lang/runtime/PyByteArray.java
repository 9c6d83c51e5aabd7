package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/** Python's bytearray: a mutable bytes, the buffer students fill with recv_into. */
public final class PyByteArray extends PyObject implements PyBytesLike, PyWritableBuffer {

    private byte[] data;
    private int size;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
    }

    @Override
    public byte[] bytesView() {
        return size == data.length ? data : Arrays.copyOf(data, size);
    }

    @Override
    public int size() {
        return size;
    }

    public byte[] buffer() {
        return data;
    }

    void clear() {
        size = 0;
    }

    public void append(byte[] more, int length) {
        if (size + length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + length, data.length * 2 + 8));
        }
        System.arraycopy(more, 0, data, size, length);
        size += length;
    }

    /** Writes into the buffer from {@code offset}, for recv_into. */
    @Override
    public void writeAt(int offset, byte[] source, int length) {
        System.arraycopy(source, 0, data, offset, length);
    }

    @Override
    public PyType type() {
        return PyType.BYTEARRAY;
    }

    @Override
    public String repr(Interpreter in) {
        return "bytearray(" + PyBytes.repr(data, size) + ")";
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
            return new PyByteArray(BytesMethods.slice(in, data, size, slice));
        }
        return PyInt.of(data[Sequences.index(in, key, size, "bytearray")] & 0xFF);
    }

    @Override
    public void setItem(Interpreter in, PyObject key, PyObject value) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, size);
            byte[] replacement = BytesMethods.construct(in, "bytearray", new PyObject[] {value}, PyBuiltin.NO_KEYWORDS);
            if (r[2] != 1) {
                throw PyErrors.notImplemented("extended slice assignment on bytearray");
            }
            int stop = Math.max(r[0], r[1]);
            Cost.bulk(in, size + (long) replacement.length);
            byte[] out = new byte[size - (stop - r[0]) + replacement.length];
            System.arraycopy(data, 0, out, 0, r[0]);
            System.arraycopy(replacement, 0, out, r[0], replacement.length);
            System.arraycopy(data, stop, out, r[0] + replacement.length, size - stop);
            data = out;
            size = out.length;
            return;
        }
        int i = Sequences.index(in, key, size, "bytearray");
        data[i] = BytesMethods.byteValue(in, value);
    }

    @Override
    public void delItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            Cost.items(in, size);
            boolean[] drop = slice.selected(in, size);
            int w = 0;
            for (int i = 0; i < size; i++) {
                if (!drop[i]) {
                    data[w++] = data[i];
                }
            }
            size = w;
            return;
        }
        int i = Sequences.index(in, key, size, "bytearray");
        Cost.bulk(in, size - i);
        System.arraycopy(data, i + 1, data, i, size - i - 1);
        size--;
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfSequence(this, size, i -> PyInt.of(data[i] & 0xFF), "bytearray_iterator");
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        return BytesMethods.contains(in, data, size, item);
    }

    @Override
    public long hash(Interpreter in) {
        throw PyErrors.typeError("unhashable type: 'bytearray'");
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (other instanceof PyBytesLike && BytesMethods.length(other) == size) {
            Cost.bulk(in, size);
        }
        return other instanceof PyBytesLike b && Arrays.equals(data, 0, size, b.bytesView(), 0, BytesMethods.length(other));
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyByteArray(Arrays.copyOf(data, size)));
    }

    static {
        PyType.BYTEARRAY.withConstructor((in, type, args, kw) -> new PyByteArray(BytesMethods.construct(in, "bytearray", args, kw)));
        BytesMethods.register(PyType.BYTEARRAY, PyByteArray::new);
        PyType t = PyType.BYTEARRAY;
        t.method("append", (in, self, a, k) -> {
            ((PyByteArray) self).append(new byte[] {BytesMethods.byteValue(in, a[0])}, 1);
            return PyNone.NONE;
        });
        t.method("extend", (in, self, a, k) -> {
            PyObject items = a[0];
            if (!(items instanceof PyBytesLike)) {
                // Anything else is iterated for ints, as CPython's bytearray.extend does.
                try {
                    Ops.iter(in, items);
                } catch (PyRaise notIterable) {
                    throw PyErrors.typeError("can't extend bytearray with " + items.type().name());
                }
                if (items instanceof PyStr str) {
                    if (str.value().isEmpty()) {
                        return PyNone.NONE;
                    }
                    throw PyErrors.typeError("'str' object cannot be interpreted as an integer");
                }
            }
            byte[] more = BytesMethods.construct(in, "bytearray", new PyObject[] {items}, PyBuiltin.NO_KEYWORDS);
            in.accountBytes(more.length);
            ((PyByteArray) self).append(more, more.length);
            return PyNone.NONE;
        });
        t.method("clear", (in, self, a, k) -> {
            ((PyByteArray) self).size = 0;
            return PyNone.NONE;
        });
        t.method("pop", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            if (b.size == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            int i = a.length == 0 ? b.size - 1 : Sequences.index(in, PyInt.of(Ops.index(in, a[0])), b.size, "pop");
            int v = b.data[i] & 0xFF;
            Cost.bulk(in, b.size - i);
            System.arraycopy(b.data, i + 1, b.data, i, b.size - i - 1);
            b.size--;
            return PyInt.of(v);
        });
        t.method("copy", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            in.accountBytes(b.size);
            return new PyByteArray(Arrays.copyOf(b.data, b.size));
        });
        t.method("insert", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            int i = Ops.index(in, a[0]);
            byte v = BytesMethods.byteValue(in, a[1]);
            i = i < 0 ? Math.max(0, i + b.size) : Math.min(i, b.size);
            b.append(new byte[] {0}, 1);
            System.arraycopy(b.data, i, b.data, i + 1, b.size - i - 1);
            b.data[i] = v;
            return PyNone.NONE;
        });
        t.method("remove", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            byte v = BytesMethods.byteValue(in, a[0]);
            for (int i = 0; i < b.size; i++) {
                if (b.data[i] == v) {
                    System.arraycopy(b.data, i + 1, b.data, i, b.size - i - 1);
                    b.size--;
                    return PyNone.NONE;
                }
            }
            throw PyErrors.valueError("value not found in bytearray");
        });
        t.method("reverse", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            for (int i = 0, j = b.size - 1; i < j; i++, j--) {
                byte x = b.data[i];
                b.data[i] = b.data[j];
                b.data[j] = x;
            }
            return PyNone.NONE;
        });
        t.staticMethod("fromhex", (in, self, a, k) -> new PyByteArray(BytesMethods.fromHex(in, a[0])));
    }
}
