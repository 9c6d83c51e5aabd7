package org.enchufe.lang.runtime;

import java.util.Arrays;

import org.enchufe.lang.vm.Interpreter;

/** Python's bytes: an immutable sequence of octets; what send() takes and recv() returns. */
public final class PyBytes extends PyObject implements PyBytesLike {

    public static final PyBytes EMPTY = new PyBytes(new byte[0]);

    private final byte[] data;
    private int hash;
    private boolean hashed;

    public PyBytes(byte[] data) {
        this.data = data;
    }

    @Override
    public byte[] bytesView() {
        return data;
    }

    @Override
    public PyType type() {
        return PyType.BYTES;
    }

    @Override
    public String repr(Interpreter in) {
        return repr(data, data.length);
    }

    /** b'…' exactly as CPython writes it. */
    public static String repr(byte[] data, int length) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (int i = 0; i < length; i++) {
            hasSingle |= data[i] == '\'';
            hasDouble |= data[i] == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder(length + 3).append('b').append(quote);
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xFF;
            if (b == quote || b == '\\') {
                out.append('\\').append((char) b);
            } else if (b == '\t') {
                out.append("\\t");
            } else if (b == '\n') {
                out.append("\\n");
            } else if (b == '\r') {
                out.append("\\r");
            } else if (b < 32 || b >= 127) {
                out.append(String.format("\\x%02x", b));
            } else {
                out.append((char) b);
            }
        }
        return out.append(quote).toString();
    }

    @Override
    public String str(Interpreter in) {
        return repr(in);
    }

    @Override
    public boolean truthy(Interpreter in) {
        return data.length > 0;
    }

    @Override
    public int len(Interpreter in) {
        return data.length;
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            return new PyBytes(BytesMethods.slice(in, data, data.length, slice));
        }
        return PyInt.of(data[Sequences.index(in, key, data.length, "index")] & 0xFF);
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfSequence(this, data.length, i -> PyInt.of(data[i] & 0xFF), "bytes_iterator");
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        return BytesMethods.contains(in, data, data.length, item);
    }

    @Override
    public long hash(Interpreter in) {
        if (!hashed) {
            // Once per bytes: the hash is kept.
            Cost.bulk(in, data.length);
            hash = Arrays.hashCode(data);
            hashed = true;
        }
        return hash;
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (other instanceof PyBytesLike && BytesMethods.length(other) == data.length) {
            Cost.bulk(in, data.length);
        }
        return other instanceof PyBytesLike b && Arrays.equals(data, 0, data.length, b.bytesView(), 0, BytesMethods.length(other));
    }

    static {
        PyType.BYTES.withConstructor((in, type, args, kw) -> new PyBytes(BytesMethods.construct(in, "bytes", args, kw)));
        BytesMethods.register(PyType.BYTES, PyBytes::new);
        PyType.BYTES.staticMethod("fromhex", (in, self, a, k) -> new PyBytes(BytesMethods.fromHex(in, Args.one("fromhex", a, k))));
    }
}
