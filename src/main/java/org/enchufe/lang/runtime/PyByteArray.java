package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/** Python's bytearray: a mutable bytes, the buffer students fill with recv_into. */
public final class PyByteArray extends PyObject implements PyBytesLike, PyWritableBuffer {

    /**
     * The size of the buffer CPython's bytearray would have allocated ({@code ob_alloc}) and how
     * far its start has moved into it ({@code ob_start}): what {@code __alloc__} answers. Ours
     * grows its own way; this follows CPython's {@code PyByteArray_Resize} step by step so the
     * number a program prints is CPython's.
     */
    static final class Allocation {
        private long allocated;
        private long start;

        private Allocation(long allocated) {
            this.allocated = allocated;
        }

        /** A buffer made at its size, as {@code bytearray(b'abc')} or a slice: one byte more for the terminator. */
        static Allocation exact(int size) {
            return new Allocation(size == 0 ? 0 : size + 1);
        }

        /** A buffer filled one byte at a time from an iterator. */
        static Allocation appended(int size) {
            Allocation a = new Allocation(0);
            for (int n = 0; n < size; n++) {
                a.resize(n, n + 1);
            }
            return a;
        }

        Allocation copy() {
            Allocation a = new Allocation(allocated);
            a.start = start;
            return a;
        }

        long allocated() {
            return allocated;
        }

        /** Bytes cut from the front: CPython moves its start instead of the bytes. */
        void advanceStart(int count) {
            start += count;
        }

        /** CPython's resize policy: shrink only below half, grow by an eighth while growth is moderate. */
        void resize(int size, int requested) {
            if (requested == size) {
                return;
            }
            if (requested + start + 1 <= allocated) {
                if (requested >= allocated / 2) {
                    return;
                }
                allocated = requested + 1;
            } else if (requested <= allocated * 1.125) {
                allocated = requested + (requested >> 3) + (requested < 9 ? 3 : 6);
            } else {
                allocated = requested + 1;
            }
            start = 0;
        }
    }

    private byte[] data;
    private int size;
    /** What CPython's buffer would hold, as {@code __alloc__} tells: {@link Allocation}. */
    private final Allocation allocation;

    public PyByteArray(byte[] data) {
        this.data = data;
        this.size = data.length;
        this.allocation = Allocation.exact(size);
    }

    private PyByteArray(byte[] data, Allocation allocation) {
        this.data = data;
        this.size = data.length;
        this.allocation = allocation;
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

    /** The new contents of an in-place operation ({@code *=}), in one resize as CPython's. */
    void replaceWith(byte[] contents) {
        allocation.resize(size, contents.length);
        data = contents;
        size = contents.length;
    }

    public void append(byte[] more, int length) {
        allocation.resize(size, size + length);
        if (size + length > data.length) {
            data = Arrays.copyOf(data, Math.max(size + length, data.length * 2 + 8));
        }
        System.arraycopy(more, 0, data, size, length);
        size += length;
    }

    /** Drops {@code count} bytes from {@code from}; a cut from the front only moves CPython's start. */
    private void cut(int from, int count) {
        if (from == 0) {
            allocation.advanceStart(count);
        }
        allocation.resize(size, size - count);
        System.arraycopy(data, from + count, data, from, size - from - count);
        size -= count;
    }

    /** Drops the byte at {@code index} by moving the rest down, as pop and remove do in CPython. */
    private void shiftOut(int index) {
        allocation.resize(size, size - 1);
        System.arraycopy(data, index + 1, data, index, size - index - 1);
        size--;
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
            int removed = stop - r[0];
            if (replacement.length < removed) {
                // A shrink in place: CPython moves its start past a cut at the front.
                if (r[0] == 0) {
                    allocation.advanceStart(removed - replacement.length);
                }
            }
            allocation.resize(size, size - removed + replacement.length);
            byte[] out = new byte[size - removed + replacement.length];
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
            int[] r = slice.indices(in, size);
            if (r[2] == 1 && w < size) {
                // A plain slice is cut as one run; an extended one is compacted, then resized.
                allocation.advanceStart(r[0] == 0 ? size - w : 0);
            }
            allocation.resize(size, w);
            size = w;
            return;
        }
        int i = Sequences.index(in, key, size, "bytearray");
        Cost.bulk(in, size - i);
        cut(i, 1);
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
        return fork.remember(this, new PyByteArray(Arrays.copyOf(data, size), allocation.copy()));
    }

    static {
        PyType.BYTEARRAY.withConstructor((in, type, args, kw) -> {
            byte[] contents = BytesMethods.construct(in, "bytearray", args, kw);
            // Any other iterable is appended a byte at a time, and the buffer grows as it goes.
            boolean appended = args.length == 1 && kw.length == 0 && !(args[0] instanceof PyBytesLike || args[0] instanceof PyMemoryView
                    || args[0] instanceof PyInt || args[0] instanceof PyList || args[0] instanceof PyTuple || args[0] instanceof PyStr);
            return new PyByteArray(contents, appended ? Allocation.appended(contents.length) : Allocation.exact(contents.length));
        });
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
            PyByteArray b = (PyByteArray) self;
            b.allocation.resize(b.size, 0);
            b.size = 0;
            return PyNone.NONE;
        });
        t.method("__alloc__", (in, self, a, k) -> PyInt.of(((PyByteArray) self).allocation.allocated()));
        t.method("pop", (in, self, a, k) -> {
            PyByteArray b = (PyByteArray) self;
            if (b.size == 0) {
                throw PyErrors.indexError("pop from empty bytearray");
            }
            int i = a.length == 0 ? b.size - 1 : Sequences.index(in, PyInt.of(Ops.index(in, a[0])), b.size, "pop");
            int v = b.data[i] & 0xFF;
            Cost.bulk(in, b.size - i);
            b.shiftOut(i);
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
                    b.shiftOut(i);
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
