package org.enchufe.lang.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * str ⇄ bytes in the codecs a course meets — utf-8, utf-16 and utf-32 (with a BOM, or -le/-be
 * without), latin-1, ascii and cp1252 — with CPython's error handlers (strict, ignore, replace,
 * backslashreplace, xmlcharrefreplace, surrogateescape, surrogatepass) and its UnicodeEncodeError and
 * UnicodeDecodeError texts and attributes. Decoding is {@link Decoding}'s.
 */
public final class Codecs {

    private Codecs() {
    }

    /** The codec's canonical name, or CPython's LookupError for an unknown one. */
    public static String canonical(String encoding) {
        String e = encoding.toLowerCase(java.util.Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (e) {
            case "utf-8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf-16", "utf16", "u16" -> "utf-16";
            case "utf-16-le", "utf-16le", "utf16le" -> "utf-16-le";
            case "utf-16-be", "utf-16be", "utf16be" -> "utf-16-be";
            case "utf-32", "utf32", "u32" -> "utf-32";
            case "utf-32-le", "utf-32le", "utf32le" -> "utf-32-le";
            case "utf-32-be", "utf-32be", "utf32be" -> "utf-32-be";
            case "ascii", "us-ascii", "646", "us" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "latin", "cp819", "iso-ir-100" -> "latin-1";
            case "cp1252", "windows-1252", "1252" -> "cp1252";
            default -> throw PyErrors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown encoding: " + encoding);
        };
    }

    /** The name a codec's errors give: cp1252 is a 'charmap' codec. */
    static String errorName(String codec) {
        return codec.equals("cp1252") ? "charmap" : codec;
    }

    // ---------------------------------------------------------------- encoding

    public static byte[] encode(String text, String encoding, String errors) {
        String codec = canonical(encoding);
        if (text.length() >= Cost.FREE) {
            Cost.charByChar(org.enchufe.lang.vm.Interpreter.currentOrNull(), text.length());
        }
        if (codec.equals("utf-8") && !hasSurrogate(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        int[] cps = text.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        if (codec.equals("utf-16")) {
            out.write(0xFF);
            out.write(0xFE);
        } else if (codec.equals("utf-32")) {
            out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0});
        }
        String unit = codec.equals("utf-16") ? "utf-16-le" : codec.equals("utf-32") ? "utf-32-le" : codec;
        for (int i = 0; i < cps.length; i++) {
            if (encodable(codec, cps[i])) {
                put(unit, cps[i], out);
                continue;
            }
            // ascii, latin-1, charmap and utf-8 report a run of what they cannot encode; utf-16 and utf-32 one character.
            int end = i + 1;
            if (!unit.startsWith("utf-16") && !unit.startsWith("utf-32")) {
                while (end < cps.length && !encodable(codec, cps[end])) {
                    end++;
                }
            }
            handleEncode(codec, unit, errors, text, cps, i, end, out);
            i = end - 1;
        }
        return out.toByteArray();
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static boolean encodable(String codec, int cp) {
        return switch (codec) {
            case "ascii" -> cp < 0x80;
            case "latin-1" -> cp < 0x100;
            case "cp1252" -> Decoding.cp1252Byte(cp) >= 0;
            default -> cp < 0xD800 || cp > 0xDFFF;
        };
    }

    /** Writes one code point in {@code unit} (a codec without BOM); surrogates too, for surrogatepass. */
    private static void put(String unit, int cp, ByteArrayOutputStream out) {
        switch (unit) {
            case "ascii", "latin-1" -> out.write(cp);
            case "cp1252" -> out.write(Decoding.cp1252Byte(cp));
            case "utf-8" -> {
                if (cp < 0x80) {
                    out.write(cp);
                } else if (cp < 0x800) {
                    out.write(0xC0 | cp >> 6);
                    out.write(0x80 | cp & 0x3F);
                } else if (cp < 0x10000) {
                    out.write(0xE0 | cp >> 12);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                } else {
                    out.write(0xF0 | cp >> 18);
                    out.write(0x80 | cp >> 12 & 0x3F);
                    out.write(0x80 | cp >> 6 & 0x3F);
                    out.write(0x80 | cp & 0x3F);
                }
            }
            case "utf-16-le", "utf-16-be" -> {
                if (cp >= 0x10000) {
                    put(unit, 0xD800 + (cp - 0x10000 >> 10), out);
                    put(unit, 0xDC00 + (cp - 0x10000 & 0x3FF), out);
                } else if (unit.endsWith("le")) {
                    out.write(cp & 0xFF);
                    out.write(cp >> 8);
                } else {
                    out.write(cp >> 8);
                    out.write(cp & 0xFF);
                }
            }
            default -> {
                byte[] b = {(byte) (cp >> 24), (byte) (cp >> 16), (byte) (cp >> 8), (byte) cp};
                if (unit.endsWith("le")) {
                    out.write(b[3]);
                    out.write(b[2]);
                    out.write(b[1]);
                    out.write(b[0]);
                } else {
                    out.writeBytes(b);
                }
            }
        }
    }

    private static void handleEncode(String codec, String unit, String errors, String text, int[] cps, int start, int end,
                                     ByteArrayOutputStream out) {
        switch (errors) {
            case "strict" -> throw encodeError(codec, text, cps, start, end);
            case "ignore" -> { }
            case "replace" -> ascii(unit, "?".repeat(end - start), out);
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) {
                    ascii(unit, PyStr.escape(cps[k]), out);
                }
            }
            case "xmlcharrefreplace" -> {
                for (int k = start; k < end; k++) {
                    ascii(unit, "&#" + cps[k] + ";", out);
                }
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xDC80 || cps[k] > 0xDCFF || unit.startsWith("utf-16") || unit.startsWith("utf-32")) {
                        throw encodeError(codec, text, cps, start, end);
                    }
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xDC00);
                }
            }
            case "surrogatepass" -> {
                if (!unit.startsWith("utf")) {
                    throw encodeError(codec, text, cps, start, end);
                }
                for (int k = start; k < end; k++) {
                    put(unit, cps[k], out);
                }
            }
            default -> throw unknownHandler(errors);
        }
    }

    /** Text a handler puts in place of what could not be encoded: ASCII, written in the codec. */
    private static void ascii(String unit, String replacement, ByteArrayOutputStream out) {
        for (int i = 0; i < replacement.length(); i++) {
            put(unit.equals("cp1252") ? "latin-1" : unit, replacement.charAt(i), out);
        }
    }

    private static PyRaise encodeError(String codec, String text, int[] cps, int start, int end) {
        String reason = switch (codec) {
            case "ascii" -> "ordinal not in range(128)";
            case "latin-1" -> "ordinal not in range(256)";
            case "cp1252" -> "character maps to <undefined>";
            default -> "surrogates not allowed";
        };
        String what = end - start == 1 ? "character '" + PyStr.escape(cps[start]) + "' in position " + start
                : "characters in position " + start + "-" + (end - 1);
        PyException e = PyException.of(ExceptionTypes.UNICODE_ENCODE_ERROR,
                "'" + errorName(codec) + "' codec can't encode " + what + ": " + reason);
        describe(e, errorName(codec), PyStr.of(text), start, end, reason);
        return new PyRaise(e);
    }

    /** The attributes every UnicodeError carries: encoding, object, start, end, reason. */
    static void describe(PyException e, String codec, PyObject object, int start, int end, String reason) {
        e.attrs().put("encoding", PyStr.of(codec));
        e.attrs().put("object", object);
        e.attrs().put("start", PyInt.of(start));
        e.attrs().put("end", PyInt.of(end));
        e.attrs().put("reason", PyStr.of(reason));
    }

    static PyRaise unknownHandler(String errors) {
        return PyErrors.raise(ExceptionTypes.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
    }

    // ---------------------------------------------------------------- decoding

    public static String decode(byte[] data, String encoding, String errors) {
        String codec = canonical(encoding);
        if (data.length >= Cost.FREE) {
            Cost.charByChar(org.enchufe.lang.vm.Interpreter.currentOrNull(), data.length);
        }
        return Decoding.decode(data, codec, errors);
    }
}
