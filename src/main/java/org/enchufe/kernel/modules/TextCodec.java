package org.enchufe.kernel.modules;

import org.enchufe.lang.runtime.Codecs;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;

/**
 * A text makefile()'s codec, as TextIOWrapper's incremental decoder and encoder: bytes become
 * characters as they arrive (a sequence cut by a chunk's end waits for the rest), universal
 * newlines translated there when {@code newline} is None (a \r at a chunk's end waits to see
 * whether \n follows), and lines are found in the characters, so every codec reads lines —
 * utf-16 and utf-32 too, whose newline is not the byte 0x0A. The plain utf-16 and utf-32 codecs
 * read a BOM only at the stream's start and never write one: a socket is not seekable, so
 * TextIOWrapper never thinks itself at the stream's start and writes the machine's order (-le).
 */
final class TextCodec {

    private final String errors;
    /** makefile()'s newline: null translates \r and \r\n to \n. */
    private final String newline;
    /** The codec the next bytes are decoded with: a plain utf-16/utf-32 turns into its byte order after the first. */
    private String decoder;
    /** The codec text is encoded with: a plain utf-16/utf-32 is its -le, without BOM. */
    private final String encoder;
    /** The decoded characters no read has taken yet. */
    private final StringBuilder chars = new StringBuilder();
    /** Universal newlines and the last chunk ended in \r: it waits, unread, for what follows it. */
    private boolean pendingCr;
    /** How far lineEnd() has looked without finding a line's end. */
    private int scanned;
    /** The kinds of line end decoded so far, as io's {@code newlines} counts them: \n 1, \r 2, \r\n 4. */
    private int seen;
    /** The last character decoded was \r: whether it was a \r\n waits for the next. */
    private boolean seenCr;

    TextCodec(String codec, String errors, String newline) {
        this.errors = errors;
        this.newline = newline;
        this.decoder = Codecs.canonical(codec);
        this.encoder = decoder.equals("utf-16") || decoder.equals("utf-32") ? decoder + "-le" : decoder;
    }

    private TextCodec(TextCodec original) {
        this.errors = original.errors;
        this.newline = original.newline;
        this.decoder = original.decoder;
        this.encoder = original.encoder;
        this.chars.append(original.chars);
        this.pendingCr = original.pendingCr;
        this.scanned = original.scanned;
        this.seen = original.seen;
        this.seenCr = original.seenCr;
    }

    TextCodec copy() {
        return new TextCodec(this);
    }

    int length() {
        return chars.length();
    }

    /**
     * Decodes the complete prefix of {@code data[0, len)} (all of it at the end of the stream) and
     * returns how many bytes it took. A byte the codec refuses fails here, as the read that
     * brought it fails in CPython; the caller has already dropped those bytes.
     */
    int complete(byte[] data, int len, boolean eof) {
        return eof ? len : completeUpTo(data, len);
    }

    /**
     * Adds what {@code chunk} decodes to. With universal newlines a \r that ends the chunk is held
     * back until the next one shows whether a \n follows, as io's IncrementalNewlineDecoder holds
     * it: a line ending there waits for more. At the end of the stream a held \r is let go.
     */
    void feed(byte[] chunk, boolean eof) {
        String text = chunk.length == 0 ? "" : Codecs.decode(chunk, decoder, errors);
        if (chunk.length > 0 && (decoder.equals("utf-16") || decoder.equals("utf-32"))) {
            decoder = decoder + (bigEndianBom(chunk) ? "-be" : "-le");
        }
        if (newline == null || newline.isEmpty()) {
            text = (pendingCr ? "\r" : "") + text;
            pendingCr = !eof && text.endsWith("\r");
            if (pendingCr) {
                text = text.substring(0, text.length() - 1);
            }
        }
        count(text, eof);
        chars.append(newline == null ? text.replace("\r\n", "\n").replace('\r', '\n') : text);
    }

    private void count(String text, boolean eof) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (seenCr) {
                seenCr = false;
                seen |= c == '\n' ? 4 : 2;
                if (c == '\n') {
                    continue;
                }
            }
            if (c == '\r') {
                seenCr = true;
            } else if (c == '\n') {
                seen |= 1;
            }
        }
        if (eof && seenCr) {
            seenCr = false;
            seen |= 2;
        }
    }

    /** io's {@code newlines}: None, one kind of line end, or a tuple of those met. */
    PyObject newlines() {
        return switch (seen) {
            case 0 -> PyNone.NONE;
            case 1 -> PyStr.of("\n");
            case 2 -> PyStr.of("\r");
            case 4 -> PyStr.of("\r\n");
            default -> {
                java.util.List<PyObject> kinds = new java.util.ArrayList<>();
                if ((seen & 2) != 0) {
                    kinds.add(PyStr.of("\r"));
                }
                if ((seen & 1) != 0) {
                    kinds.add(PyStr.of("\n"));
                }
                if ((seen & 4) != 0) {
                    kinds.add(PyStr.of("\r\n"));
                }
                yield new PyTuple(kinds.toArray(new PyObject[0]));
            }
        };
    }

    private boolean bigEndianBom(byte[] chunk) {
        return decoder.equals("utf-16") ? chunk.length >= 2 && (chunk[0] & 0xFF) == 0xFE && (chunk[1] & 0xFF) == 0xFF
                : chunk.length >= 4 && chunk[0] == 0 && chunk[1] == 0 && (chunk[2] & 0xFF) == 0xFE && (chunk[3] & 0xFF) == 0xFF;
    }

    /** Where the bytes [0, to) end without a character cut in two. */
    private int completeUpTo(byte[] data, int to) {
        switch (decoder) {
            case "utf-8" -> {
                for (int j = to - 1; j >= Math.max(0, to - 3); j--) {
                    int b = data[j] & 0xFF;
                    if ((b & 0xC0) == 0x80) {
                        continue;
                    }
                    int need = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 1;
                    return j + need > to ? j : to;
                }
                return to;
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                int end = to - to % 2;
                boolean little = !decoder.equals("utf-16-be")
                        && !(decoder.equals("utf-16") && end >= 2 && (data[0] & 0xFF) == 0xFE && (data[1] & 0xFF) == 0xFF);
                if (end >= 2) {
                    int unit = little ? (data[end - 1] & 0xFF) << 8 | (data[end - 2] & 0xFF)
                            : (data[end - 2] & 0xFF) << 8 | (data[end - 1] & 0xFF);
                    if (unit >= 0xD800 && unit <= 0xDBFF) {
                        // A high surrogate waits for its low half.
                        return end - 2;
                    }
                }
                return end;
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                return to - to % 4;
            }
            default -> {
                return to;
            }
        }
    }

    /** Where the first line ends in the characters (after its terminator), or -1 when more must come. */
    int lineEnd(int limit, boolean eof) {
        int n = chars.length();
        for (int i = limit >= 0 ? 0 : scanned; i < n; i++) {
            if (limit >= 0 && i >= limit) {
                return limit;
            }
            char c = chars.charAt(i);
            if (newline != null && !newline.isEmpty()) {
                if (c != newline.charAt(0)) {
                    continue;
                }
                if (newline.length() == 1) {
                    return i + 1;
                }
                if (i + 1 < n) {
                    if (chars.charAt(i + 1) == '\n') {
                        return i + 2;
                    }
                    continue;
                }
                if (eof) {
                    continue;
                }
                scanned = i;
                return -1;
            }
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                // newline="": \r, \n and \r\n end lines, kept as they came.
                if (i + 1 < n) {
                    return chars.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
                if (eof) {
                    return i + 1;
                }
                scanned = i;
                return -1;
            }
        }
        scanned = n;
        return limit >= 0 && n >= limit ? limit : -1;
    }

    /** The first {@code n} characters, taken. */
    String take(int n) {
        String taken = chars.substring(0, n);
        chars.delete(0, n);
        scanned = 0;
        return taken;
    }

    /** {@code text} as bytes to send, newlines written as makefile()'s newline says. */
    byte[] encode(String text) {
        String written = newline == null || newline.isEmpty() ? text : text.replace("\n", newline);
        return Codecs.encode(written, encoder, errors);
    }
}
