package org.enchufe.lang.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.function.Function;

import org.enchufe.lang.vm.Interpreter;

/** What bytes and bytearray share: construction, slicing and the text-like methods. */
final class BytesMethods {

    private BytesMethods() {
    }

    static int length(PyObject o) {
        return o instanceof PyByteArray b ? b.size() : ((PyBytesLike) o).bytesView().length;
    }

    static byte[] data(PyObject self) {
        return ((PyBytesLike) self).bytesView();
    }

    static byte byteValue(Interpreter in, PyObject value) {
        if (!(value instanceof PyInt i)) {
            throw PyErrors.typeError("'" + value.type().name() + "' object cannot be interpreted as an integer");
        }
        long v = i.isSmall() ? i.asLong() : -1;
        if (v < 0 || v > 255) {
            throw PyErrors.valueError("byte must be in range(0, 256)");
        }
        return (byte) v;
    }

    /** bytes(x) and bytearray(x): from a count, bytes-like, an iterable of ints, or str + encoding. */
    static byte[] construct(Interpreter in, String name, PyObject[] args, String[] kwnames) {
        PyObject[] b = Args.bind(name, args, kwnames, 0, "source", "encoding", "errors");
        PyObject source = b[0];
        if (source == null) {
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (b[1] == null) {
                throw PyErrors.typeError("string argument without an encoding");
            }
            return Codecs.encode(s.value(), Ops.str(in, b[1]), b[2] == null ? "strict" : Ops.str(in, b[2]));
        }
        if (b[1] != null) {
            throw PyErrors.typeError("encoding without a string argument");
        }
        if (source instanceof PyBytesLike bytes) {
            Cost.bulk(in, length(source));
            return Arrays.copyOf(bytes.bytesView(), length(source));
        }
        if (source instanceof PyInt count) {
            long n = count.asLong();
            if (n < 0) {
                throw PyErrors.valueError("negative count");
            }
            in.accountBytes(n);
            return new byte[(int) n];
        }
        if (source.type() == PyType.FLOAT) {
            throw PyErrors.typeError("cannot convert 'float' object to " + name);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PyObject it;
        try {
            it = Ops.iter(in, source);
        } catch (PyRaise e) {
            throw PyErrors.typeError("cannot convert '" + source.type().name() + "' object to " + name);
        }
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            out.write(byteValue(in, x));
            if ((out.size() & 1023) == 0) {
                // A byte each, kept twice while the stream grows and is copied out.
                in.requireRoomFor(out.size() * 2L);
                in.work(Cost.items(1024));
            }
        }
        return out.toByteArray();
    }

    static byte[] slice(Interpreter in, byte[] data, int size, PySlice slice) {
        int[] r = slice.indices(in, size);
        if (r[2] == 1) {
            Cost.bulk(in, r[3]);
            return r[0] < r[1] ? Arrays.copyOfRange(data, r[0], r[1]) : new byte[0];
        }
        byte[] out = new byte[r[3]];
        Cost.charByChar(in, r[3]);
        for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
            out[n] = data[i];
        }
        return out;
    }

    static boolean contains(Interpreter in, byte[] data, int size, PyObject item) {
        if (item instanceof PyInt) {
            byte b = byteValue(in, item);
            return SubstringSearch.indexOf(in, data, size, new byte[] {b}, 0) >= 0;
        }
        return indexOf(data, size, needle(item), 0) >= 0;
    }

    /** What find, index, count and their r-forms look for: a byte value or bytes-like. */
    static byte[] searchNeedle(Interpreter in, PyObject o) {
        if (o instanceof PyInt) {
            return new byte[] {byteValue(in, o)};
        }
        if (o instanceof PyBytesLike) {
            return needle(o);
        }
        throw PyErrors.typeError("argument should be integer or bytes-like object, not '" + o.type().name() + "'");
    }

    static byte[] needle(PyObject o) {
        if (o instanceof PyBytesLike b) {
            return Arrays.copyOf(b.bytesView(), length(o));
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }

    static int indexOf(byte[] hay, int size, byte[] needle, int from) {
        return SubstringSearch.indexOf(Interpreter.currentOrNull(), hay, size, needle, from);
    }

    static byte[] fromHex(Interpreter in, PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw PyErrors.typeError("fromhex() argument must be str, not " + arg.type().name());
        }
        String v = s.value();
        // At most a byte for every two characters; filled without a stream's locking per byte.
        byte[] out = new byte[v.length() / 2];
        int size = 0;
        int i = 0;
        int charged = 0;
        while (i < v.length()) {
            if (i - charged >= Cost.CHUNK) {
                Cost.charByChar(in, i - charged);
                charged = i;
            }
            if (Character.isWhitespace(v.charAt(i))) {
                i++;
                continue;
            }
            int hi = Character.digit(v.charAt(i), 16);
            int lo = i + 1 < v.length() ? Character.digit(v.charAt(i + 1), 16) : -1;
            if (hi < 0 || lo < 0) {
                int at = hi < 0 ? i : i + 1;
                throw PyErrors.valueError("non-hexadecimal number found in fromhex() arg at position " + at);
            }
            out[size++] = (byte) (hi * 16 + lo);
            i += 2;
        }
        Cost.charByChar(in, i - charged);
        return size == out.length ? out : Arrays.copyOf(out, size);
    }

    static String hex(Interpreter in, byte[] data, int size, String sep) {
        return hex(in, data, size, sep, 1);
    }

    /** bytes.hex's separator: one ASCII character, given as str or bytes, with CPython's complaints. */
    static String hexSeparator(Interpreter in, PyObject sep) {
        int n = Ops.len(in, sep);
        if (n != 1) {
            throw PyErrors.valueError("sep must be length 1.");
        }
        String s = switch (sep) {
            case PyStr str -> str.value();
            case PyBytesLike b -> latin1(sep);
            default -> throw PyErrors.typeError("sep must be str or bytes.");
        };
        if (s.charAt(0) > 0x7F) {
            throw PyErrors.valueError("sep must be ASCII.");
        }
        return s;
    }

    /**
     * Two hex digits a byte, {@code sep} between groups of {@code perSep} bytes counted from the
     * right (from the left when negative), as CPython's bytes.hex(sep, bytes_per_sep).
     */
    static String hex(Interpreter in, byte[] data, int size, String sep, int perSep) {
        int group = Math.abs(perSep);
        if (sep == null || group == 0) {
            sep = null;
            group = 1;
        }
        // Two characters a byte and a separator between: charged before it is made.
        long length = 2L * size + (sep == null || size == 0 ? 0 : (long) sep.length() * ((size - 1) / group));
        if (in != null) {
            in.accountText(length, 1);
        }
        StringBuilder out = new StringBuilder((int) Math.min(length, Integer.MAX_VALUE - 8));
        for (int i = 0; i < size; i++) {
            if ((i & (Cost.CHUNK - 1)) == Cost.CHUNK - 1) {
                Cost.charByChar(in, Cost.CHUNK);
            }
            if (i > 0 && sep != null && (perSep > 0 ? (size - i) % group == 0 : i % group == 0)) {
                out.append(sep);
            }
            out.append(Character.forDigit((data[i] >> 4) & 0xF, 16)).append(Character.forDigit(data[i] & 0xF, 16));
        }
        Cost.charByChar(in, size & (Cost.CHUNK - 1));
        return out.toString();
    }

    /** Registers the methods bytes and bytearray share; {@code make} builds a result of the type. */
    static void register(PyType t, Function<byte[], PyObject> make) {
        t.method("decode", copying((in, self, a, k) -> {
            PyObject[] b = Args.bind("decode", a, k, 0, "encoding", "errors");
            byte[] d = Arrays.copyOf(data(self), length(self));
            return PyStr.of(Codecs.decode(d, b[0] == null ? "utf-8" : Args.str("decode", "encoding", b[0]),
                    b[1] == null ? "strict" : Args.str("decode", "errors", b[1])));
        }));
        t.method("hex", (in, self, a, k) -> PyStr.of(hex(in, data(self), length(self), a.length > 0 ? hexSeparator(in, a[0]) : null,
                a.length > 1 ? Ops.index(in, a[1]) : 1)));
        t.method("find", (in, self, a, k) -> PyInt.of(find(in, self, a, k, "find")));
        t.method("index", (in, self, a, k) -> {
            int at = find(in, self, a, k, "index");
            if (at < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(at);
        });
        t.method("count", (in, self, a, k) -> {
            byte[] needle = searchNeedle(in, a[0]);
            int[] range = Sequences.sliceRange(in, a, 1, length(self));
            if (range[0] > length(self) || range[1] < range[0]) {
                // An empty or reversed range holds nothing, not even the empty bytes.
                return PyInt.of(0);
            }
            if (needle.length == 0) {
                return PyInt.of(range[1] - range[0] + 1);
            }
            int n = 0;
            for (int at = indexOf(data(self), range[1], needle, range[0]); at >= 0;
                 at = indexOf(data(self), range[1], needle, at + needle.length)) {
                n++;
            }
            return PyInt.of(n);
        });
        t.method("rfind", (in, self, a, k) -> PyInt.of(rfind(in, self, a, k, "rfind")));
        t.method("rindex", (in, self, a, k) -> {
            int at = rfind(in, self, a, k, "rindex");
            if (at < 0) {
                throw PyErrors.valueError("subsection not found");
            }
            return PyInt.of(at);
        });
        t.method("startswith", (in, self, a, k) -> PyBool.of(affix(in, self, a, "startswith", true)));
        t.method("endswith", (in, self, a, k) -> PyBool.of(affix(in, self, a, "endswith", false)));
        t.method("split", copying((in, self, a, k) -> {
            PyObject[] b = Args.bind("split", a, k, 0, "sep", "maxsplit");
            String text = latin1(self);
            int max = b[1] == null ? -1 : Ops.index(in, b[1]);
            PyList out = new PyList();
            if (b[0] == null || b[0] == PyNone.NONE) {
                for (PyObject part : ((PyList) PyType.STR.lookup("split").call(in, new PyObject[] {PyStr.of(text)},
                        PyBuiltin.NO_KEYWORDS)).toArray()) {
                    out.append(make.apply(((PyStr) part).value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
                }
                return out;
            }
            String sep = new String(needle(b[0]), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (sep.isEmpty()) {
                throw PyErrors.valueError("empty separator");
            }
            for (String part : PyStr.splitOn(text, sep, max, false)) {
                out.append(make.apply(part.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
            return out;
        }));
        t.method("join", (in, self, a, k) -> {
            PyObject it = PyStr.iterableForJoin(in, a[0]);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int index = 0;
            for (PyObject x = it.next(in); x != null; x = it.next(in), index++) {
                if (!(x instanceof PyBytesLike part)) {
                    throw PyErrors.typeError("sequence item " + index + ": expected a bytes-like object, " + x.type().name() + " found");
                }
                if (index > 0) {
                    out.write(data(self), 0, length(self));
                }
                out.write(part.bytesView(), 0, length(x));
                // As str.join: the result's memory checked as it grows, its copying charged.
                in.requireRoomFor(out.size() * 2L);
                in.work(Cost.chars(length(x) + (index > 0 ? length(self) : 0)));
                Cost.operation(in, index);
            }
            return make.apply(out.toByteArray());
        });
        t.method("strip", copying((in, self, a, k) -> strip(self, a, make, true, true)));
        t.method("lstrip", copying((in, self, a, k) -> strip(self, a, make, true, false)));
        t.method("rstrip", copying((in, self, a, k) -> strip(self, a, make, false, true)));
        t.method("replace", copying((in, self, a, k) -> {
            String old = new String(needle(a[0]), java.nio.charset.StandardCharsets.ISO_8859_1);
            String with = new String(needle(a[1]), java.nio.charset.StandardCharsets.ISO_8859_1);
            // str's replace, on the bytes as Latin-1 text: its linear search, count and memory charges.
            PyObject[] args = a.length > 2 ? new PyObject[] {PyStr.of(latin1(self)), PyStr.of(old), PyStr.of(with), a[2]}
                    : new PyObject[] {PyStr.of(latin1(self)), PyStr.of(old), PyStr.of(with)};
            PyStr replaced = (PyStr) PyType.STR.lookup("replace").call(in, args, PyBuiltin.NO_KEYWORDS);
            return make.apply(replaced.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }));
        t.method("isdigit", linear((in, self, a, k) -> PyBool.of(length(self) > 0 && latin1(self).chars().allMatch(c -> c >= '0' && c <= '9'))));
        t.method("isalpha", linear((in, self, a, k) -> PyBool.of(length(self) > 0 && latin1(self).chars()
                .allMatch(c -> c < 128 && Character.isLetter(c)))));
        t.method("isspace", linear((in, self, a, k) -> PyBool.of(length(self) > 0 && latin1(self).chars()
                .allMatch(c -> c == ' ' || c >= 9 && c <= 13))));
        BytesText.register(t, make);
    }

    /** A method that copies the bytes (as Latin-1 text, or to decode them) before its own work, which charges itself. */
    private static NativeFn copying(NativeFn method) {
        return (in, self, a, k) -> {
            Cost.bulk(in, length(self));
            return method.call(in, self, a, k);
        };
    }

    /** A method whose work is linear in the bytes, each looked at on its own (case mapping, classifying). */
    private static NativeFn linear(NativeFn method) {
        return (in, self, a, k) -> {
            Cost.charByChar(in, length(self));
            return method.call(in, self, a, k);
        };
    }

    private static String latin1(PyObject self) {
        return new String(data(self), 0, length(self), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** startswith/endswith: a bytes-like prefix or suffix, or a tuple of them, within [start, end]. */
    private static boolean affix(Interpreter in, PyObject self, PyObject[] a, String name, boolean atStart) {
        PyObject[] options;
        if (a[0] instanceof PyTuple t) {
            options = t.items();
        } else if (a[0] instanceof PyBytesLike) {
            options = new PyObject[] {a[0]};
        } else {
            throw PyErrors.typeError(name + " first arg must be bytes or a tuple of bytes, not " + a[0].type().name());
        }
        int n = length(self);
        int[] range = Sequences.sliceRange(in, a, 1, n);
        byte[] d = data(self);
        for (PyObject option : options) {
            byte[] p = needle(option);
            if (range[0] > n || range[1] - range[0] < p.length) {
                continue;
            }
            int from = atStart ? range[0] : range[1] - p.length;
            if (Arrays.equals(d, from, from + p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    private static int find(Interpreter in, PyObject self, PyObject[] a, String[] k, String name) {
        Args.between(name, a, k, 1, 3);
        byte[] needle = searchNeedle(in, a[0]);
        int[] range = Sequences.sliceRange(in, a, 1, length(self));
        int at = indexOf(data(self), range[1], needle, range[0]);
        return at;
    }

    private static int rfind(Interpreter in, PyObject self, PyObject[] a, String[] k, String name) {
        Args.between(name, a, k, 1, 3);
        byte[] needle = searchNeedle(in, a[0]);
        int[] range = Sequences.sliceRange(in, a, 1, length(self));
        if (range[0] > length(self) || range[1] - range[0] < needle.length) {
            return -1;
        }
        return SubstringSearch.lastIndexOf(in, data(self), range[1], needle, range[0]);
    }

    private static PyObject strip(PyObject self, PyObject[] a, Function<byte[], PyObject> make, boolean left, boolean right) {
        String chars = a.length > 0 && a[0] != PyNone.NONE
                ? new String(needle(a[0]), java.nio.charset.StandardCharsets.ISO_8859_1) : " \t\n\r\u000b\f";
        return make.apply(PyStr.strip(latin1(self), chars, left, right).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
