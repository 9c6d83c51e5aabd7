package org.enchufe.lang.runtime;

import java.nio.charset.StandardCharsets;

/**
 * bytes → str for {@link Codecs}: each decoder fails where CPython's does, over the same bytes and
 * with the same reason, and hands the failure to the error handler.
 */
final class Decoding {

    private Decoding() {
    }

    /** cp1252's bytes 0x80–0x9F; -1 where it maps nothing. */
    private static final int[] CP1252_HIGH = {
        0x20AC, -1, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, -1, 0x017D, -1,
        -1, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, -1, 0x017E, 0x0178,
    };

    /** The cp1252 byte for a code point, or -1. */
    static int cp1252Byte(int cp) {
        if (cp < 0x80 || cp >= 0xA0 && cp < 0x100) {
            return cp;
        }
        for (int i = 0; i < CP1252_HIGH.length; i++) {
            if (CP1252_HIGH[i] == cp) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    static String decode(byte[] data, String codec, String errors) {
        return switch (codec) {
            case "utf-8" -> utf8(data, errors);
            case "latin-1" -> new String(data, StandardCharsets.ISO_8859_1);
            case "ascii", "cp1252" -> singleByte(data, codec, errors);
            case "utf-16", "utf-16-le", "utf-16-be" -> utf16(data, codec, errors);
            default -> utf32(data, codec, errors);
        };
    }

    private static String singleByte(byte[] data, String codec, String errors) {
        StringBuilder out = new StringBuilder(data.length);
        boolean ascii = codec.equals("ascii");
        for (int i = 0; i < data.length; i++) {
            int b = data[i] & 0xFF;
            int cp = b < 0x80 ? b : ascii ? -1 : b >= 0xA0 ? b : CP1252_HIGH[b - 0x80];
            if (cp >= 0) {
                out.append((char) cp);
            } else {
                fail(out, data, i, i + 1, codec, ascii ? "ordinal not in range(128)" : "character maps to <undefined>", errors);
            }
        }
        return out.toString();
    }

    /** Which byte order a utf-16/utf-32 decode reads, and how many BOM bytes it skips. */
    private record Order(boolean little, int skip, String name) {

        static Order of(byte[] data, String codec, int width) {
            if (codec.endsWith("-le")) {
                return new Order(true, 0, codec);
            }
            if (codec.endsWith("-be")) {
                return new Order(false, 0, codec);
            }
            boolean le = width == 2 ? startsWith(data, 0xFF, 0xFE) : startsWith(data, 0xFF, 0xFE, 0, 0);
            boolean be = width == 2 ? startsWith(data, 0xFE, 0xFF) : startsWith(data, 0, 0, 0xFE, 0xFF);
            // Without a BOM, the machine's order: little-endian on x86-64.
            return new Order(!be, le || be ? width : 0, codec + (be ? "-be" : "-le"));
        }

        private static boolean startsWith(byte[] data, int... prefix) {
            if (data.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((data[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static String utf16(byte[] data, String codec, String errors) {
        Order order = Order.of(data, codec, 2);
        StringBuilder out = new StringBuilder(data.length / 2);
        int i = order.skip();
        while (i < data.length) {
            if (i + 1 >= data.length) {
                i = fail(out, data, i, data.length, order.name(), "truncated data", errors);
                continue;
            }
            int unit = unit16(data, i, order.little());
            if (unit < 0xD800 || unit > 0xDFFF) {
                out.append((char) unit);
                i += 2;
            } else if (unit >= 0xDC00) {
                i = surrogate(out, data, i, unit, order.name(), "illegal encoding", errors);
            } else if (i + 3 >= data.length) {
                if (errors.equals("surrogatepass")) {
                    i = surrogate(out, data, i, unit, order.name(), "unexpected end of data", errors);
                } else {
                    i = fail(out, data, i, data.length, order.name(), "unexpected end of data", errors);
                }
            } else {
                int low = unit16(data, i + 2, order.little());
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    out.append((char) unit).append((char) low);
                    i += 4;
                } else {
                    i = surrogate(out, data, i, unit, order.name(), "illegal UTF-16 surrogate", errors);
                }
            }
        }
        return out.toString();
    }

    /** A lone surrogate unit: kept by surrogatepass, else a failure over its two bytes. */
    private static int surrogate(StringBuilder out, byte[] data, int i, int unit, String codec, String reason, String errors) {
        if (errors.equals("surrogatepass")) {
            out.append((char) unit);
            return i + 2;
        }
        return fail(out, data, i, i + 2, codec, reason, errors);
    }

    private static int unit16(byte[] data, int i, boolean little) {
        int a = data[i] & 0xFF;
        int b = data[i + 1] & 0xFF;
        return little ? b << 8 | a : a << 8 | b;
    }

    private static String utf32(byte[] data, String codec, String errors) {
        Order order = Order.of(data, codec, 4);
        StringBuilder out = new StringBuilder(data.length / 4);
        int i = order.skip();
        while (i < data.length) {
            if (i + 3 >= data.length) {
                i = fail(out, data, i, data.length, order.name(), "truncated data", errors);
                continue;
            }
            long cp = 0;
            for (int k = 0; k < 4; k++) {
                int b = data[order.little() ? i + 3 - k : i + k] & 0xFF;
                cp = cp << 8 | b;
            }
            if (cp > 0x10FFFF) {
                i = fail(out, data, i, i + 4, order.name(), "code point not in range(0x110000)", errors);
            } else if (cp >= 0xD800 && cp <= 0xDFFF && !errors.equals("surrogatepass")) {
                i = fail(out, data, i, i + 4, order.name(), "code point in surrogate code point range(0xd800, 0xe000)", errors);
            } else {
                out.appendCodePoint((int) cp);
                i += 4;
            }
        }
        return out.toString();
    }

    // A UTF-8 decoder that fails where and as CPython's does.
    private static String utf8(byte[] data, String errors) {
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            if (b == 0xED && errors.equals("surrogatepass") && i + 2 < data.length && (data[i + 1] & 0xE0) == 0xA0
                    && (data[i + 2] & 0xC0) == 0x80) {
                // An encoded surrogate, passed through.
                out.append((char) (0xD000 | (data[i + 1] & 0x3F) << 6 | data[i + 2] & 0x3F));
                i += 3;
                continue;
            }
            int need;
            int cp;
            int min;
            if (b >= 0xC2 && b <= 0xDF) {
                need = 1;
                cp = b & 0x1F;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                need = 2;
                cp = b & 0x0F;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                need = 3;
                cp = b & 0x07;
                min = 0x10000;
            } else {
                i = fail(out, data, i, i + 1, "utf-8", "invalid start byte", errors);
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int n = 0; n < need; n++, j++) {
                if (j >= data.length) {
                    i = fail(out, data, i, data.length, "utf-8", "unexpected end of data", errors);
                    ok = false;
                    break;
                }
                int c = data[j] & 0xFF;
                boolean valid = (c & 0xC0) == 0x80;
                if (n == 0 && valid) {
                    valid = !(b == 0xE0 && c < 0xA0) && !(b == 0xED && c > 0x9F) && !(b == 0xF0 && c < 0x90) && !(b == 0xF4 && c > 0x8F);
                }
                if (!valid) {
                    i = fail(out, data, i, j, "utf-8", "invalid continuation byte", errors);
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (!ok) {
                continue;
            }
            if (cp < min) {
                i = fail(out, data, i, i + 1, "utf-8", "invalid start byte", errors);
                continue;
            }
            out.appendCodePoint(cp);
            i = j;
        }
        return out.toString();
    }

    /** Hands bytes [start, end) the codec could not decode to the error handler; returns where decoding goes on. */
    private static int fail(StringBuilder out, byte[] data, int start, int end, String codec, String reason, String errors) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> out.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xFF));
                }
            }
            case "surrogateescape" -> {
                // As CPython's handler: up to four leading bytes of 0x80 and above become U+DC80..U+DCFF,
                // and decoding goes on after them; none is the failure itself.
                int consumed = 0;
                while (start + consumed < end && consumed < 4 && (data[start + consumed] & 0xFF) >= 0x80) {
                    out.append((char) (0xDC00 + (data[start + consumed] & 0xFF)));
                    consumed++;
                }
                if (consumed == 0) {
                    throw decodeError(data, start, end, codec, reason);
                }
                return start + consumed;
            }
            case "strict", "surrogatepass" -> throw decodeError(data, start, end, codec, reason);
            case "xmlcharrefreplace", "namereplace" ->
                    throw PyErrors.typeError("don't know how to handle UnicodeDecodeError in error callback");
            default -> throw Codecs.unknownHandler(errors);
        }
        return Math.max(end, start + 1);
    }

    private static PyRaise decodeError(byte[] data, int start, int end, String codec, String reason) {
        String name = Codecs.errorName(codec);
        String where = end - start > 1 ? "bytes in position " + start + "-" + (end - 1)
                : "byte 0x" + String.format("%02x", data[start] & 0xFF) + " in position " + start;
        PyException e = PyException.of(ExceptionTypes.UNICODE_DECODE_ERROR, "'" + name + "' codec can't decode " + where + ": " + reason);
        Codecs.describe(e, name, new PyBytes(data.clone()), start, end, reason);
        return new PyRaise(e);
    }
}
