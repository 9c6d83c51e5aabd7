package org.enchufe.lang.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** str ⇄ bytes in utf-8, ascii and latin-1, with CPython's error messages and error handlers. */
public final class Codecs {

    private Codecs() {
    }

    /** The codec's canonical name, or CPython's LookupError for an unknown one. */
    public static String canonical(String encoding) {
        return normalise(encoding);
    }

    static String normalise(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us-ascii", "646" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1", "latin" -> "latin-1";
            default -> throw PyErrors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    public static byte[] encode(String text, String encoding, String errors) {
        String codec = normalise(encoding);
        if (text.length() >= Cost.FREE) {
            Cost.charByChar(org.enchufe.lang.vm.Interpreter.currentOrNull(), text.length());
        }
        if (codec.equals("utf-8")) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1)))) {
                    throw encodeError(codec, text, i, "surrogates not allowed");
                }
                if (Character.isHighSurrogate(c)) {
                    i++;
                }
            }
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int limit = codec.equals("ascii") ? 128 : 256;
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp < limit) {
                out.write(cp);
                continue;
            }
            switch (errors) {
                case "ignore" -> { }
                case "replace" -> out.write('?');
                case "backslashreplace" -> out.writeBytes(PyStr.escape(cp).getBytes(StandardCharsets.US_ASCII));
                default -> {
                    int end = i + 1;
                    while (end < cps.length && cps[end] >= limit) {
                        end++;
                    }
                    String range = end - i > 1 ? "s in position " + i + "-" + (end - 1) : " in position " + i;
                    throw PyErrors.raise(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't encode character"
                            + (end - i > 1 ? "s" : " '" + PyStr.escape(cp) + "'") + range.substring(end - i > 1 ? 1 : 0)
                            + ": ordinal not in range(" + limit + ")");
                }
            }
        }
        return out.toByteArray();
    }

    private static PyRaise encodeError(String codec, String text, int i, String reason) {
        return PyErrors.raise(ExceptionTypes.UNICODE_ENCODE_ERROR, "'" + codec + "' codec can't encode character '"
                + PyStr.escape(text.charAt(i)) + "' in position " + i + ": " + reason);
    }


    public static String decode(byte[] data, String encoding, String errors) {
        String codec = normalise(encoding);
        if (data.length >= Cost.FREE) {
            Cost.charByChar(org.enchufe.lang.vm.Interpreter.currentOrNull(), data.length);
        }
        return switch (codec) {
            case "utf-8" -> decodeUtf8(data, errors);
            case "latin-1" -> new String(data, StandardCharsets.ISO_8859_1);
            default -> {
                StringBuilder out = new StringBuilder(data.length);
                for (int i = 0; i < data.length; i++) {
                    int b = data[i] & 0xFF;
                    if (b < 128) {
                        out.append((char) b);
                    } else if (errors.equals("replace")) {
                        out.append('\uFFFD');
                    } else if (!errors.equals("ignore")) {
                        throw PyErrors.raise(ExceptionTypes.UNICODE_DECODE_ERROR, "'ascii' codec can't decode byte 0x"
                                + String.format("%02x", b) + " in position " + i + ": ordinal not in range(128)");
                    }
                }
                yield out.toString();
            }
        };
    }

    // A UTF-8 decoder that fails where and as CPython's does.
    private static String decodeUtf8(byte[] data, String errors) {
        StringBuilder out = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int b = data[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
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
                i = fail(out, data, i, i + 1, "invalid start byte", errors);
                continue;
            }
            int j = i + 1;
            boolean ok = true;
            for (int n = 0; n < need; n++, j++) {
                if (j >= data.length) {
                    i = fail(out, data, i, data.length, "unexpected end of data", errors);
                    ok = false;
                    break;
                }
                int c = data[j] & 0xFF;
                boolean valid = (c & 0xC0) == 0x80;
                if (n == 0 && valid) {
                    valid = !(b == 0xE0 && c < 0xA0) && !(b == 0xED && c > 0x9F) && !(b == 0xF0 && c < 0x90) && !(b == 0xF4 && c > 0x8F);
                }
                if (!valid) {
                    i = fail(out, data, i, j, "invalid continuation byte", errors);
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (!ok) {
                continue;
            }
            if (cp < min) {
                i = fail(out, data, i, i + 1, "invalid start byte", errors);
                continue;
            }
            out.appendCodePoint(cp);
            i = j;
        }
        return out.toString();
    }

    private static int fail(StringBuilder out, byte[] data, int start, int end, String reason, String errors) {
        switch (errors) {
            case "ignore" -> { }
            case "replace" -> out.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    out.append(String.format("\\x%02x", data[k] & 0xFF));
                }
            }
            default -> {
                String where = end - start > 1 ? "bytes in position " + start + "-" + (end - 1) : "byte 0x"
                        + String.format("%02x", data[start] & 0xFF) + " in position " + start;
                if (end - start > 1) {
                    where = "bytes in position " + start + "-" + (end - 1);
                }
                throw PyErrors.raise(ExceptionTypes.UNICODE_DECODE_ERROR, "'utf-8' codec can't decode " + where + ": " + reason);
            }
        }
        return Math.max(end, start + 1);
    }
}
