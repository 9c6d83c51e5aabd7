package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's memoryview over bytes or a bytearray: a window on the object's own bytes, which
 * slicing narrows without copying — what the classic short-write loop ({@code view = view[sent:]})
 * and {@code recv_into(view[pos:])} rely on. One-dimensional and of one-byte items: formats
 * {@code B} (the default), {@code b} and {@code c}; other casts are NotImplementedError.
 */
public final class PyMemoryView extends PyObject implements PyBytesLike, PyWritableBuffer {

    /** What the view shows: a PyBytes or a PyByteArray (read again each time, as a bytearray may grow). */
    private final PyObject obj;
    private final int start;
    private final int length;
    private final char format;
    private boolean released;

    private PyMemoryView(PyObject obj, int start, int length, char format) {
        this.obj = obj;
        this.start = start;
        this.length = length;
        this.format = format;
    }

    /** {@code memoryview(obj)}. */
    public static PyMemoryView of(PyObject obj) {
        return switch (obj) {
            case PyMemoryView m -> new PyMemoryView(m.live().obj, m.start, m.length, m.format);
            case PyByteArray b -> new PyMemoryView(b, 0, b.size(), 'B');
            case PyBytes b -> new PyMemoryView(b, 0, b.bytesView().length, 'B');
            default -> throw PyErrors.typeError("memoryview: a bytes-like object is required, not '" + obj.type().name() + "'");
        };
    }

    /** The bytes or bytearray viewed, for the memory meter (a view keeps it alive). */
    public PyObject obj() {
        return obj;
    }

    private PyMemoryView live() {
        if (released) {
            throw PyErrors.valueError("operation forbidden on released memoryview object");
        }
        return this;
    }

    private byte[] array() {
        if (obj instanceof PyByteArray b) {
            // CPython refuses to shrink a bytearray a view is on (BufferError); we find out here.
            if (b.size() < start + length) {
                throw PyErrors.raise(ExceptionTypes.INDEX_ERROR, "memoryview: the bytearray it views was made shorter");
            }
            return b.buffer();
        }
        return ((PyBytes) obj).bytesView();
    }

    private boolean readonly() {
        return !(obj instanceof PyByteArray);
    }

    @Override
    public byte[] bytesView() {
        live();
        return Arrays.copyOfRange(array(), start, start + length);
    }

    @Override
    public int size() {
        return live().length;
    }

    @Override
    public void writeAt(int offset, byte[] source, int count) {
        if (live().readonly()) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        System.arraycopy(source, 0, array(), start + offset, count);
    }

    /** recv_into()'s target: a writable view, or the TypeError CPython gives a read-only one. */
    public boolean writable() {
        return !readonly();
    }

    @Override
    public PyType type() {
        return PyType.MEMORYVIEW;
    }

    @Override
    public String repr(Interpreter in) {
        return (released ? "<released memory at " : "<memory at ") + in.addressOf(this) + ">";
    }

    @Override
    public boolean truthy(Interpreter in) {
        return live().length > 0;
    }

    @Override
    public int len(Interpreter in) {
        return live().length;
    }

    private PyObject item(int i) {
        byte b = array()[start + i];
        return switch (format) {
            case 'b' -> PyInt.of(b);
            case 'c' -> new PyBytes(new byte[] {b});
            default -> PyInt.of(b & 0xFF);
        };
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        live();
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, length);
            if (r[2] != 1) {
                throw PyErrors.notImplemented("memoryview slices with a step");
            }
            return new PyMemoryView(obj, start + r[0], Math.max(0, r[1] - r[0]), format);
        }
        return item(index(in, key));
    }

    private int index(Interpreter in, PyObject key) {
        if (!(key instanceof PyInt) && !(key instanceof PyBool)) {
            throw PyErrors.typeError("memoryview: invalid slice key");
        }
        long i = Ops.index(in, key);
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw PyErrors.raise(ExceptionTypes.INDEX_ERROR, "index out of bounds on dimension 1");
        }
        return (int) i;
    }

    @Override
    public void setItem(Interpreter in, PyObject key, PyObject value) {
        live();
        if (readonly()) {
            throw PyErrors.typeError("cannot modify read-only memory");
        }
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, length);
            if (r[2] != 1) {
                throw PyErrors.notImplemented("memoryview slices with a step");
            }
            if (!(value instanceof PyBytesLike source)) {
                throw PyErrors.typeError("a bytes-like object is required, not '" + value.type().name() + "'");
            }
            byte[] bytes = source.bytesView();
            int count = Math.max(0, r[1] - r[0]);
            if (BytesMethods.length(value) != count) {
                throw PyErrors.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            System.arraycopy(bytes, 0, array(), start + r[0], count);
            return;
        }
        int i = index(in, key);
        array()[start + i] = switch (format) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.bytesView().length != 1) {
                    throw PyErrors.valueError("memoryview: invalid value for format 'c'");
                }
                yield b.bytesView()[0];
            }
            case 'b' -> {
                long v = value instanceof PyInt ? Ops.index(in, value) : badValue(value);
                if (v < -128 || v > 127) {
                    throw PyErrors.valueError("memoryview: invalid value for format 'b'");
                }
                yield (byte) v;
            }
            default -> {
                long v = value instanceof PyInt ? Ops.index(in, value) : badValue(value);
                if (v < 0 || v > 255) {
                    throw PyErrors.valueError("memoryview: invalid value for format 'B'");
                }
                yield (byte) v;
            }
        };
    }

    private long badValue(PyObject value) {
        throw PyErrors.typeError("memoryview: invalid type for format '" + format + "'");
    }

    @Override
    public PyObject iter(Interpreter in) {
        live();
        return new PyIterator.OfSequence(this, length, this::item, "memory_iterator");
    }

    @Override
    public long hash(Interpreter in) {
        live();
        if (!readonly()) {
            throw PyErrors.valueError("cannot hash writable memoryview object");
        }
        return new PyBytes(bytesView()).hash(in);
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (other == this) {
            return true;
        }
        if (released || other instanceof PyMemoryView m && m.released) {
            return false;
        }
        return other instanceof PyBytesLike b && Arrays.equals(bytesView(), b.bytesView());
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "obj" -> live().obj;
            case "nbytes" -> PyInt.of(live().length);
            case "readonly" -> PyBool.of(live().readonly());
            case "format" -> PyStr.of(String.valueOf(live().format));
            case "itemsize", "ndim" -> PyInt.of(live() != null ? 1 : 0);
            case "shape" -> PyTuple.of(PyInt.of(live().length));
            case "strides" -> PyTuple.of(PyInt.of(live() != null ? 1 : 0));
            case "contiguous", "c_contiguous", "f_contiguous" -> PyBool.of(live() != null);
            default -> super.getAttr(in, name);
        };
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyMemoryView copy = fork.remember(this, new PyMemoryView(fork.copy(obj), start, length, format));
        copy.released = released;
        return copy;
    }

    static {
        PyType t = PyType.MEMORYVIEW;
        t.withConstructor((in, type, a, k) -> {
            PyObject[] b = Args.bind("memoryview", a, k, 1, "object");
            return of(b[0]);
        });
        t.method("tobytes", (in, self, a, k) -> {
            Args.atMost("tobytes", a, k, 1);
            return new PyBytes(((PyMemoryView) self).bytesView());
        });
        t.method("tolist", (in, self, a, k) -> {
            Args.atMost("tolist", a, k, 0);
            PyMemoryView m = ((PyMemoryView) self).live();
            PyObject[] items = new PyObject[m.length];
            for (int i = 0; i < items.length; i++) {
                items[i] = m.item(i);
            }
            return new PyList(items);
        });
        t.method("hex", (in, self, a, k) -> {
            Args.atMost("hex", a, k, 1);
            byte[] data = ((PyMemoryView) self).bytesView();
            return PyStr.of(BytesMethods.hex(in, data, data.length, a.length > 0 ? Ops.str(in, a[0]) : ""));
        });
        t.method("release", (in, self, a, k) -> {
            Args.atMost("release", a, k, 0);
            ((PyMemoryView) self).released = true;
            return PyNone.NONE;
        });
        t.method("__enter__", (in, self, a, k) -> ((PyMemoryView) self).live());
        t.method("__exit__", (in, self, a, k) -> {
            ((PyMemoryView) self).released = true;
            return PyBool.FALSE;
        });
        t.method("cast", (in, self, a, k) -> {
            PyObject[] b = Args.bind("cast", a, k, 1, "format", "shape");
            PyMemoryView m = ((PyMemoryView) self).live();
            if (!(b[0] instanceof PyStr f)) {
                throw PyErrors.typeError("memoryview: format argument must be a string");
            }
            String format = f.value();
            if (!format.equals("B") && !format.equals("b") && !format.equals("c")) {
                throw PyErrors.notImplemented("memoryview.cast() to format '" + format + "'");
            }
            if (b[1] != null) {
                throw PyErrors.notImplemented("memoryview.cast() with a shape");
            }
            return new PyMemoryView(m.obj, m.start, m.length, format.charAt(0));
        });
    }
}
