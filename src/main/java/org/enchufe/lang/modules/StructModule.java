package org.enchufe.lang.modules;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyByteArray;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
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
     * One field of a parsed format: its code, repeat count (or string length) and offset; for an
     * integer field also its size and signedness, so packing a value that fits a long needs no
     * BigInteger.
     */
    private record Field(char code, int count, int offset, int size, boolean signed) {

        Field(char code, int count, int offset, boolean nativeMode) {
            this(code, count, offset, StructModule.size(code, nativeMode), Character.isLowerCase(code) && code != 'p');
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

    /** A parsed format string. */
    private record Layout(List<Field> fields, int size, boolean little, boolean nativeMode, int items) {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("struct");
        m.add("error", ERROR);
        m.function("pack", (i, s, a, k) -> {
            Args.noKeywords("pack", k);
            if (a.length == 0) {
                throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "pack expected at least 1 argument, got 0"));
            }
            Layout layout = parse(i, a[0]);
            return new PyBytes(pack(i, layout, java.util.Arrays.copyOfRange(a, 1, a.length)));
        });
        m.function("unpack", (i, s, a, k) -> {
            Args.range("unpack", a, k, 2, 2);
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
            int offset = b[2] == null ? 0 : Ops.index(i, b[2]);
            if (offset < 0) {
                offset += data.length;
            }
            if (offset < 0 || data.length - offset < layout.size) {
                throw error("unpack_from requires a buffer of at least " + (layout.size + Math.max(0, offset))
                        + " bytes for unpacking " + layout.size + " bytes at offset " + offset + " (actual buffer size is "
                        + data.length + ")");
            }
            return unpack(layout, data, offset);
        });
        m.function("pack_into", (i, s, a, k) -> {
            Args.noKeywords("pack_into", k);
            Layout layout = parse(i, a[0]);
            if (!(a[1] instanceof PyByteArray target)) {
                throw new PyRaise(PyException.of(ExceptionTypes.TYPE_ERROR, "argument must be read-write bytes-like object, not "
                        + a[1].type().name()));
            }
            int offset = Ops.index(i, a[2]);
            byte[] packed = pack(i, layout, java.util.Arrays.copyOfRange(a, 3, a.length));
            if (offset < 0 || offset + packed.length > target.size()) {
                throw error("pack_into requires a buffer of at least " + (packed.length + offset)
                        + " bytes for packing " + packed.length + " bytes at offset " + offset + " (actual buffer size is "
                        + target.size() + ")");
            }
            target.writeAt(offset, packed, packed.length);
            return PyNone.NONE;
        });
        m.function("calcsize", (i, s, a, k) -> PyInt.of(parse(i, Args.one("calcsize", a, k)).size));
        m.function("iter_unpack", (i, s, a, k) -> {
            Args.range("iter_unpack", a, k, 2, 2);
            Layout layout = parse(i, a[0]);
            byte[] data = buffer(a[1]);
            if (layout.size == 0 || data.length % layout.size != 0) {
                throw error("iterative unpacking requires a buffer of a multiple of " + layout.size + " bytes");
            }
            List<PyObject> items = new ArrayList<>();
            for (int off = 0; off < data.length; off += layout.size) {
                items.add(unpack(layout, data, off));
            }
            return new org.enchufe.lang.runtime.PyList(items.toArray(new PyObject[0])).iter(i);
        });
        m.add("Struct", STRUCT);
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

    /** Formats parsed before, shared by every sandbox; emptied when it reaches 256 (programs use a handful). */
    private static final java.util.concurrent.ConcurrentHashMap<String, Layout> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

    private static Layout parse(Interpreter in, PyObject formatObject) {
        if (formatObject instanceof PyStr s) {
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
        int offset = 0;
        int items = 0;
        while (i < format.length()) {
            char c = format.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int count = 1;
            if (Character.isDigit(c)) {
                int start = i;
                while (i < format.length() && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                count = Integer.parseInt(format.substring(start, i));
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
            if (c == 's' || c == 'p') {
                fields.add(new Field(c, count, offset, nativeMode));
                offset += count;
                items++;
            } else {
                for (int r = 0; r < count; r++) {
                    fields.add(new Field(c, 1, offset, nativeMode));
                    offset += size;
                    if (c != 'x') {
                        items++;
                    }
                }
            }
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
        byte[] out = new byte[layout.size];
        int v = 0;
        for (Field f : layout.fields) {
            switch (f.code) {
                case 'x' -> { }
                case 'c' -> {
                    PyObject value = values[v++];
                    if (!(value instanceof PyBytesLike b) || b.bytesView().length != 1) {
                        throw error("char format requires a bytes object of length 1");
                    }
                    out[f.offset] = b.bytesView()[0];
                }
                case 's', 'p' -> {
                    PyObject value = values[v++];
                    if (!(value instanceof PyBytesLike b)) {
                        throw error("argument for '" + f.code + "' must be a bytes object");
                    }
                    byte[] data = buffer(value);
                    if (f.code == 's') {
                        System.arraycopy(data, 0, out, f.offset, Math.min(data.length, f.count));
                    } else if (f.count > 0) {
                        int n = Math.min(Math.min(data.length, f.count - 1), 255);
                        out[f.offset] = (byte) n;
                        System.arraycopy(data, 0, out, f.offset + 1, n);
                    }
                }
                case '?' -> out[f.offset] = (byte) (Ops.truthy(in, values[v++]) ? 1 : 0);
                case 'f' -> putLong(out, f.offset, 4, Float.floatToIntBits((float) real(values[v++])) & 0xFFFFFFFFL, layout.little);
                case 'd' -> putLong(out, f.offset, 8, Double.doubleToLongBits(real(values[v++])), layout.little);
                case 'e' -> putLong(out, f.offset, 2, Float.floatToFloat16((float) real(values[v++])) & 0xFFFF, layout.little);
                default -> {
                    PyObject value = values[v++];
                    if (value instanceof PyInt i && i.isSmall() && f.fits(i.asLong())) {
                        putLong(out, f.offset, f.size, i.asLong(), layout.little);
                    } else {
                        BigInteger big = integer(in, value);
                        checkRange(f.code, big, f.size, f.signed, layout.nativeMode);
                        putLong(out, f.offset, f.size, big.longValue(), layout.little);
                    }
                }
            }
        }
        return out;
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

    private static void checkRange(char code, BigInteger v, int size, boolean signed, boolean nativeMode) {
        BigInteger min = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).negate() : BigInteger.ZERO;
        BigInteger max = signed ? BigInteger.ONE.shiftLeft(size * 8 - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(size * 8).subtract(BigInteger.ONE);
        if (v.compareTo(min) >= 0 && v.compareTo(max) <= 0) {
            return;
        }
        // 'b' and 'B' share one packer in every byte order, and it names them so.
        if (code == 'b' || code == 'B') {
            throw error((code == 'b' ? "byte" : "ubyte") + " format requires " + min + " <= number <= " + max);
        }
        if (!nativeMode && !signed && v.signum() < 0) {
            throw error("argument out of range");
        }
        if (nativeMode) {
            String name = switch (code) {
                case 'b' -> "byte";
                case 'B' -> "ubyte";
                case 'h' -> "short";
                case 'H' -> "ushort";
                case 'i' -> null;
                default -> "";
            };
            if (name == null) {
                throw error("'i' format requires " + min + " <= number <= " + max);
            }
            if (name.isEmpty()) {
                throw error("argument out of range");
            }
            throw error(name + " format requires " + min + " <= number <= " + max);
        }
        if (size == 8) {
            throw error("argument out of range");
        }
        throw error("'" + code + "' format requires " + min + " <= number <= " + max);
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
        PyObject[] out = new PyObject[layout.items];
        int count = 0;
        for (Field f : layout.fields) {
            int at = base + f.offset;
            switch (f.code) {
                case 'x' -> { }
                case 'c' -> out[count++] = new PyBytes(new byte[] {data[at]});
                case 's' -> out[count++] = new PyBytes(java.util.Arrays.copyOfRange(data, at, at + f.count));
                case 'p' -> {
                    int n = f.count == 0 ? 0 : Math.min(data[at] & 0xFF, f.count - 1);
                    out[count++] = new PyBytes(java.util.Arrays.copyOfRange(data, at + 1, at + 1 + n));
                }
                case '?' -> out[count++] = PyBool.of(data[at] != 0);
                case 'f' -> out[count++] = PyFloat.of(Float.intBitsToFloat((int) getLong(data, at, 4, layout.little)));
                case 'd' -> out[count++] = PyFloat.of(Double.longBitsToDouble(getLong(data, at, 8, layout.little)));
                case 'e' -> out[count++] = PyFloat.of(Float.float16ToFloat((short) getLong(data, at, 2, layout.little)));
                default -> {
                    int size = f.size;
                    long raw = getLong(data, at, size, layout.little);
                    if (f.signed) {
                        int shift = 64 - 8 * size;
                        out[count++] = PyInt.of((raw << shift) >> shift);
                    } else if (size == 8 && raw < 0) {
                        out[count++] = PyInt.of(new BigInteger(Long.toUnsignedString(raw)));
                    } else {
                        out[count++] = PyInt.of(raw);
                    }
                }
            }
        }
        return PyTuple.of(out);
    }
}
