package org.enchufe.lang.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyByteArray;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * The struct module: packing values into the byte layouts of C structures, in native order and
 * alignment ({@code @}) or standard sizes in little, big or network order ({@code < > !}).
 */
public final class StructModule {

    static final PyType ERROR = PyType.builtin("struct", "error", ExceptionTypes.EXCEPTION)
            .withConstructor(PyException::construct);

    private StructModule() {
    }

    /**
     * One code of a parsed format with its repeat count: {@code count} values of {@code size}
     * bytes from {@code offset} (for 's' and 'p' one value of {@code count} bytes; for 'x'
     * {@code count} pad bytes). Integer fields know their signedness, so packing a value that fits
     * a long needs no BigInteger. A count is never expanded into objects: "1000000000h" is one field.
     */
    private record Field(char code, long count, long offset, int size, boolean signed, boolean integer) {

        Field(char code, long count, long offset, boolean nativeMode) {
            this(code, count, offset, StructModule.size(code, nativeMode), Character.isLowerCase(code) && code != 'p',
                    "bBhHiIlLqQnNP".indexOf(code) >= 0);
        }

        /** Whether an integer field holds the value; false sends it to the BigInteger check and its error. */
        boolean fits(long value) {
            if (size >= 8) {
                return signed || value >= 0;
            }
            long half = 1L << (size * 8 - 1);
            return signed ? value >= -half && value < half : value >= 0 && value < 2 * half;
        }
    }

    /** A parsed format string: its fields, total size and number of values (both may exceed an int). */
    private record Layout(List<Field> fields, long size, boolean little, boolean nativeMode, long items) {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("struct");
        m.add("error", ERROR);
        m.function("pack", (i, s, a, k) -> {
            if (a.length == 0) {
                throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "missing format argument"));
            }
            Layout layout = parse(i, a[0]);
            return new PyBytes(pack(i, layout, java.util.Arrays.copyOfRange(a, 1, a.length)));
        });
        m.function("unpack", (i, s, a, k) -> {
            Layout layout = parse(i, a[0]);
            byte[] data = buffer(a[1]);
            if (data.length != layout.size) {
                throw error("unpack requires a buffer of " + layout.size + " bytes");
            }
            return unpack(layout, data, 0);
        });
        m.function("unpack_from", (i, s, a, k) -> {
            PyObject[] b = org.enchufe.lang.runtime.Args.bind("unpack_from", a, k, 2, "format", "buffer", "offset");
            Layout layout = parse(i, b[0]);
            byte[] data = buffer(b[1]);
            int offset = offsetIn(b[2] == null ? 0 : Ops.index(i, b[2]), data.length, layout.size, false);
            return unpack(layout, data, offset);
        });
        m.function("pack_into", (i, s, a, k) -> {
            if (a.length == 0) {
                throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "missing format argument"));
            }
            Layout layout = parse(i, a[0]);
            if (a.length != layout.items + 3) {
                if (a.length < 3) {
                    throw error(a.length == 1 ? "pack_into expected buffer argument" : "pack_into expected offset argument");
                }
                throw error("pack_into expected " + layout.items + " items for packing (got " + (a.length - 3) + ")");
            }
            if (!(a[1] instanceof PyByteArray target)) {
                throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "argument must be read-write bytes-like object, not "
                        + a[1].type().name()));
            }
            int offset = offsetIn(Ops.index(i, a[2]), target.size(), layout.size, true);
            byte[] packed = pack(i, layout, java.util.Arrays.copyOfRange(a, 3, a.length));
            target.writeAt(offset, packed, packed.length);
            return PyNone.NONE;
        });
        m.function("calcsize", (i, s, a, k) -> PyInt.of(parse(i, a[0]).size));
        m.function("iter_unpack", (i, s, a, k) -> {
            Layout layout = parse(i, a[0]);
            byte[] data = buffer(a[1]);
            if (layout.size == 0 || data.length % layout.size != 0) {
                throw error("iterative unpacking requires a buffer of a multiple of " + layout.size + " bytes");
            }
            List<PyObject> items = new ArrayList<>();
            for (int off = 0; off < data.length; off += (int) layout.size) {
                items.add(unpack(layout, data, off));
            }
            return new org.enchufe.lang.runtime.PyList(items.toArray(new PyObject[0])).iter(i);
        });
        m.add("Struct", STRUCT);
        ModuleDunders.pythonSource(m, in, "struct.py", "calcsize", "pack", "pack_into", "unpack", "unpack_from",
                "iter_unpack", "Struct", "error");
        return m;
    }

    /** {@code struct.Struct(format)}: a format parsed once, with the module's functions as methods. */
    static final PyType STRUCT = PyType.builtin("_struct", "Struct");

    /** A Struct object: its format (as given) and the layout it stands for. */
    private static final class PyStruct extends PyObject {
        final PyObject format;
        final Layout layout;

        PyStruct(PyObject format, Layout layout) {
            this.format = format;
            this.layout = layout;
        }

        @Override
        public PyType type() {
            return STRUCT;
        }

        @Override
        public PyObject getAttr(Interpreter in, String name) {
            return switch (name) {
                case "format" -> format instanceof org.enchufe.lang.runtime.PyBytes b
                        ? PyStr.of(new String(b.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1)) : format;
                case "size" -> PyInt.of(layout.size);
                default -> super.getAttr(in, name);
            };
        }
    }

    static {
        STRUCT.withConstructor((in, type, a, k) -> {
            PyObject format = Args.one("Struct", a, k);
            return new PyStruct(format, parse(in, format));
        });
        for (String name : List.of("pack", "unpack", "unpack_from", "pack_into", "iter_unpack")) {
            STRUCT.method(name, (in, self, a, k) -> {
                PyObject[] withFormat = new PyObject[a.length + 1];
                withFormat[0] = ((PyStruct) self).format;
                System.arraycopy(a, 0, withFormat, 1, a.length);
                PyModule module = (PyModule) in.importModule("struct");
                return module.getAttr(in, name).call(in, withFormat, k);
            });
        }
    }

    /**
     * Where unpack_from reads or pack_into writes {@code needed} bytes in a buffer of
     * {@code bufferSize}: {@code offset}, counted from the end when negative, with CPython's errors
     * when the bytes do not fit.
     */
    private static int offsetIn(long offset, int bufferSize, long needed, boolean packing) {
        if (offset < 0) {
            if (offset + bufferSize < 0) {
                throw error("offset " + offset + " out of range for " + bufferSize + "-byte buffer");
            }
            if (-offset < needed) {
                throw error((packing ? "no space to pack " : "not enough data to unpack ") + needed + " bytes at offset " + offset);
            }
            offset += bufferSize;
        }
        if (bufferSize - offset < needed) {
            throw error((packing ? "pack_into" : "unpack_from") + " requires a buffer of at least " + (needed + offset)
                    + " bytes for " + (packing ? "packing " : "unpacking ") + needed + " bytes at offset " + offset
                    + " (actual buffer size is " + bufferSize + ")");
        }
        return (int) offset;
    }

    private static PyRaise error(String message) {
        return new PyRaise(PyException.of(ERROR, message));
    }

    private static byte[] buffer(PyObject o) {
        if (o instanceof PyBytesLike b) {
            return o instanceof PyByteArray ba ? java.util.Arrays.copyOf(ba.buffer(), ba.size()) : b.bytesView();
        }
        throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "a bytes-like object is required, not '"
                + o.type().name() + "'"));
    }

    /**
     * Formats parsed before, shared by every sandbox; emptied when it reaches 256 (programs use a
     * handful). Only short formats are kept, so no program can park large strings in the server.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Layout> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Layout parse(Interpreter in, PyObject formatObject) {
        if (formatObject instanceof PyStr s && s.value().length() <= 64) {
            Layout cached = PARSED.get(s.value());
            if (cached != null) {
                return cached;
            }
            Layout layout = parseUncached(formatObject);
            if (PARSED.size() >= 256) {
                PARSED.clear();
            }
            PARSED.put(s.value(), layout);
            return layout;
        }
        return parseUncached(formatObject);
    }

    private static Layout parseUncached(PyObject formatObject) {
        String format;
        if (formatObject instanceof PyStr s) {
            format = s.value();
        } else if (formatObject instanceof PyBytesLike b) {
            format = new String(b.bytesView(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "Struct() argument 1 must be a str or bytes object, not "
                    + formatObject.type().name()));
        }
        int i = 0;
        boolean nativeMode = true;
        boolean little = true;
        if (!format.isEmpty() && "@=<>!".indexOf(format.charAt(0)) >= 0) {
            char order = format.charAt(0);
            nativeMode = order == '@';
            little = order == '@' || order == '=' || order == '<';
            i = 1;
        }
        List<Field> fields = new ArrayList<>();
        long offset = 0;
        long items = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            long count = 1;
            if (c >= '0' && c <= '9') {
                count = 0;
                while (i < format.length() && format.charAt(i) >= '0' && format.charAt(i) <= '9') {
                    int digit = format.charAt(i) - '0';
                    if (count > (Long.MAX_VALUE - digit) / 10) {
                        throw error("total struct size too long");
                    }
                    count = count * 10 + digit;
                    i++;
                }
                if (i >= format.length()) {
                    throw error("repeat count given without format specifier");
                }
                c = format.charAt(i);
            }
            int size = size(c, nativeMode);
            if (size < 0) {
                throw error("bad char in struct format");
            }
            if (nativeMode && size > 1 && c != 's' && c != 'p') {
                offset = (offset + size - 1) / size * size;
            }
            if (count > (Long.MAX_VALUE - offset) / size) {
                throw error("total struct size too long");
            }
            long bytes = c == 's' || c == 'p' ? count : count * size;
            if (c == 's' || c == 'p') {
                fields.add(new Field(c, count, offset, nativeMode));
                items++;
            } else if (count > 0) {
                fields.add(new Field(c, count, offset, nativeMode));
                items += c == 'x' ? 0 : count;
            }
            offset += bytes;
            i++;
        }
        return new Layout(fields, offset, little, nativeMode, items);
    }

    private static int size(char c, boolean nativeMode) {
        return switch (c) {
            case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            case 'l', 'L' -> nativeMode ? 8 : 4;
            case 'q', 'Q', 'd' -> 8;
            case 'n', 'N', 'P' -> nativeMode ? 8 : -1;
            default -> -1;
        };
    }

    private static byte[] pack(Interpreter in, Layout layout, PyObject[] values) {
        if (values.length != layout.items) {
            throw error("pack expected " + layout.items + " items for packing (got " + values.length + ")");
        }
        if (layout.size > Integer.MAX_VALUE - 64) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        in.accountBytes(layout.size);
        // The buffer and each value: a format like '100000i' packs in one call.
        Cost.bulk(in, layout.size);
        Cost.items(in, layout.items);
        byte[] out = new byte[(int) layout.size];
        int v = 0;
        for (Field f : layout.fields) {
            int offset = (int) f.offset;
            switch (f.code) {
                case 'x' -> { }
                case 's', 'p' -> {
                    PyObject value = values[v++];
                    if (!(value instanceof PyBytes || value instanceof PyByteArray)) {
                        throw error("argument for '" + f.code + "' must be a bytes object");
                    }
                    byte[] data = buffer(value);
                    int count = (int) f.count;
                    if (f.code == 's') {
                        System.arraycopy(data, 0, out, offset, Math.min(data.length, count));
                    } else if (count > 0) {
                        int n = Math.min(Math.min(data.length, count - 1), 255);
                        out[offset] = (byte) n;
                        System.arraycopy(data, 0, out, offset + 1, n);
                    }
                }
                default -> {
                    for (int r = 0; r < f.count; r++, offset += f.size) {
                        PyObject value = values[v++];
                        if (f.integer && value instanceof PyInt i && i.isSmall() && f.fits(i.asLong())) {
                            putLong(out, offset, f.size, i.asLong(), layout.little);
                        } else {
                            packOne(in, f, value, out, offset, layout);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** One value of a field that is not a string or padding, at {@code offset}. */
    private static void packOne(Interpreter in, Field f, PyObject value, byte[] out, int offset, Layout layout) {
        switch (f.code) {
            case 'c' -> {
                if (!(value instanceof PyBytes b) || b.bytesView().length != 1) {
                    throw error("char format requires a bytes object of length 1");
                }
                out[offset] = b.bytesView()[0];
            }
            case '?' -> out[offset] = (byte) (Ops.truthy(in, value) ? 1 : 0);
            case 'f' -> {
                double x = real(value);
                float y = (float) x;
                // The native packer only casts; the standard ones (PyFloat_Pack4) refuse to overflow.
                if (!layout.nativeMode && Float.isInfinite(y) && !Double.isInfinite(x)) {
                    throw PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with f format");
                }
                putLong(out, offset, 4, Float.floatToRawIntBits(y) & 0xFFFFFFFFL, layout.little);
            }
            case 'd' -> putLong(out, offset, 8, Double.doubleToRawLongBits(real(value)), layout.little);
            case 'e' -> putLong(out, offset, 2, half(real(value)), layout.little);
            default -> {
                BigInteger big = integer(in, value);
                checkRange(f, big, layout);
                putLong(out, offset, f.size, big.longValue(), layout.little);
            }
        }
    }

    /**
     * IEEE 754 half precision bits for {@code x}, rounded once, half to even, straight from the
     * double (through a float it would round twice): CPython's PyFloat_Pack2, OverflowError included.
     */
    static int half(double x) {
        int sign = (Double.doubleToRawLongBits(x) >>> 63) == 1 ? 1 : 0;
        int e;
        int bits;
        if (x == 0.0) {
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            e = 0x1f;
            bits = 512;
        } else {
            x = Math.abs(x);
            // frexp: x = f * 2**e with f in [1, 2) here.
            int exponent = Math.getExponent(x);
            double f = exponent < Double.MIN_EXPONENT ? 0.0 : Math.scalb(x, -exponent);
            e = exponent < Double.MIN_EXPONENT ? -1100 : exponent;
            if (e >= 16) {
                throw PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with e format");
            } else if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            if (f - bits > 0.5 || f - bits == 0.5 && bits % 2 == 1) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) {
                        throw PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "float too large to pack with e format");
                    }
                }
            }
        }
        return bits | e << 10 | sign << 15;
    }

    private static double real(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.asDouble();
        }
        throw error("required argument is not a float");
    }

    private static BigInteger integer(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            return i.asBig();
        }
        PyObject index = o.type().isBuiltin() ? null : o.type().lookup("__index__");
        if (index != null) {
            return ((PyInt) in.call(index, new PyObject[] {o}, new String[0])).asBig();
        }
        throw error("required argument is not an integer");
    }

    /**
     * Raises CPython 3.11's error (x86-64 Linux) for an integer {@code v} a field cannot hold.
     * Which C packer runs decides the text: native mode uses the native ones; '<' and '=' use
     * them too wherever the standard size equals the native size (CPython swaps them in at
     * start-up), that is for every code but 'l' and 'L'; '>' and '!' use the standard ones.
     */
    private static void checkRange(Field f, BigInteger v, Layout layout) {
        char code = f.code;
        int size = f.size;
        boolean signed = f.signed;
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
        if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
            return;
        }
        String range = min + " <= number <= " + max;
        boolean nativePacker = layout.nativeMode() || layout.little() && size == size(code, true);
        if (nativePacker || code == 'b' || code == 'B') {
            switch (code) {
                case 'b', 'B', 'h', 'H', 'i' -> {
                    requireCLong(v);
                    String name = switch (code) {
                        case 'b' -> "byte";
                        case 'B' -> "ubyte";
                        case 'h' -> "short";
                        case 'H' -> "ushort";
                        default -> "'i'";
                    };
                    throw error(name + " format requires " + range);
                }
                case 'I' -> {
                    requireCUnsignedLong(v);
                    throw error("'I' format requires " + range);
                }
                // l, L, q, Q, n, N: the conversion to the C type itself overflows.
                default -> throw error("argument out of range");
            }
        }
        if (size == 8) {
            throw error("int too large to convert");
        }
        if (signed) {
            requireCLong(v);
        } else {
            requireCUnsignedLong(v);
        }
        throw error("'" + code + "' format requires " + range);
    }

    /** CPython's get_long: the value must fit a C long first. */
    private static void requireCLong(BigInteger v) {
        if (v.bitLength() > 63) {
            throw error("argument out of range");
        }
    }

    /** CPython's get_ulong: the value must fit a C unsigned long first. */
    private static void requireCUnsignedLong(BigInteger v) {
        if (v.signum() < 0 || v.bitLength() > 64) {
            throw error("argument out of range");
        }
    }

    private static void putLong(byte[] out, int offset, int size, long value, boolean little) {
        for (int i = 0; i < size; i++) {
            byte b = (byte) (value >>> (8 * i));
            out[little ? offset + i : offset + size - 1 - i] = b;
        }
    }

    private static long getLong(byte[] data, int offset, int size, boolean little) {
        long v = 0;
        for (int i = 0; i < size; i++) {
            int b = data[little ? offset + i : offset + size - 1 - i] & 0xFF;
            v |= (long) b << (8 * i);
        }
        return v;
    }

    private static PyTuple unpack(Layout layout, byte[] data, int base) {
        if (layout.items >= Cost.FREE || layout.size >= Cost.FREE) {
            Interpreter in = Interpreter.currentOrNull();
            if (in != null) {
                // A value made for each item, before any slice could measure them: at 16 bytes an item, as list builders count.
                in.requireRoomFor(layout.items * 16);
                in.accountObjects(layout.items);
            }
            Cost.bulk(in, layout.size);
            Cost.items(in, layout.items);
        }
        PyObject[] out = new PyObject[(int) layout.items];
        int count = 0;
        for (Field f : layout.fields) {
            int at = base + (int) f.offset;
            switch (f.code) {
                case 'x' -> { }
                case 's' -> out[count++] = new PyBytes(java.util.Arrays.copyOfRange(data, at, at + (int) f.count));
                case 'p' -> {
                    int n = f.count == 0 ? 0 : Math.min(data[at] & 0xFF, (int) f.count - 1);
                    out[count++] = new PyBytes(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + n));
                }
                default -> {
                    for (int r = 0; r < f.count; r++, at += f.size) {
                        out[count++] = f.integer ? unpackInteger(f, data, at, layout.little) : unpackOne(f, data, at, layout.little);
                    }
                }
            }
        }
        return PyTuple.of(out);
    }

    private static PyObject unpackOne(Field f, byte[] data, int at, boolean little) {
        return switch (f.code) {
            case 'c' -> new PyBytes(new byte[] {data[at]});
            case '?' -> PyBool.of(data[at] != 0);
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) getLong(data, at, 4, little)));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(getLong(data, at, 8, little)));
            default -> PyFloat.of(Float.float16ToFloat((short) getLong(data, at, 2, little)));
        };
    }

    private static PyInt unpackInteger(Field f, byte[] data, int at, boolean little) {
        int size = f.size;
        long raw = getLong(data, at, size, little);
        if (f.signed) {
            int shift = 64 - 8 * size;
            return PyInt.of((raw << shift) >> shift);
        }
        return size == 8 && raw < 0 ? PyInt.of(new BigInteger(Long.toUnsignedString(raw))) : PyInt.of(raw);
    }
}
