package org.enchufe.lang.modules.re;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;

/**
 * A replacement template of {@code sub} and {@code expand} read as CPython 3.11's
 * {@code parse_template} reads it: literal text with {@code \1}…{@code \99}, {@code \g<n>},
 * {@code \g<name>} and the usual escapes; a group that did not match adds nothing.
 */
record Template(List<Object> parts, boolean text) {

    /** Parts are Strings (literal text, Java characters) and Integers (group numbers). */
    static Template parse(PyPattern pattern, PyObject template) {
        boolean text;
        String source;
        if (template instanceof PyStr s) {
            text = true;
            source = s.value();
        } else if (template instanceof PyBytesLike b) {
            text = false;
            source = new String(b.bytesView(), StandardCharsets.ISO_8859_1);
        } else {
            throw PyErrors.typeError("expected str instance, " + template.type().name() + " found");
        }
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int groups = pattern.compiled.translation().groups();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i++);
            if (c != '\\') {
                literal.append(c);
                continue;
            }
            int start = i - 1;
            if (i >= n) {
                throw ReModule.error("bad escape (end of pattern)", pattern.source(), start);
            }
            char d = source.charAt(i++);
            if (d == 'g') {
                if (i >= n || source.charAt(i) != '<') {
                    throw ReModule.error("missing <", pattern.source(), i);
                }
                int nameAt = ++i;
                int close = source.indexOf('>', nameAt);
                if (close < 0) {
                    throw ReModule.error("missing >, unterminated name", pattern.source(), nameAt);
                }
                String name = source.substring(nameAt, close);
                i = close + 1;
                if (name.isEmpty()) {
                    throw ReModule.error("missing group name", pattern.source(), nameAt);
                }
                int group;
                if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                    group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
                    if (group > groups) {
                        throw ReModule.error("invalid group reference " + name, pattern.source(), nameAt);
                    }
                } else {
                    if (!isIdentifier(name)) {
                        throw ReModule.error("bad character in group name '" + name + "'", pattern.source(), nameAt);
                    }
                    Integer index = pattern.compiled.translation().groupIndex().get(name);
                    if (index == null) {
                        throw PyErrors.raise(ExceptionTypes.INDEX_ERROR, "unknown group name '" + name + "'");
                    }
                    group = index;
                }
                flush(parts, literal);
                parts.add(group);
            } else if (d == '0') {
                int v = 0;
                for (int k = 0; k < 2 && i < n && isOctal(source.charAt(i)); k++) {
                    v = v * 8 + source.charAt(i++) - '0';
                }
                literal.append((char) v);
            } else if (d >= '1' && d <= '9') {
                int group = d - '0';
                if (i < n && Character.isDigit(source.charAt(i)) && source.charAt(i) < 128) {
                    char e = source.charAt(i);
                    if (isOctal(d) && isOctal(e) && i + 1 < n && isOctal(source.charAt(i + 1))) {
                        int v = (d - '0') * 64 + (e - '0') * 8 + (source.charAt(i + 1) - '0');
                        i += 2;
                        if (v > 0377) {
                            throw ReModule.error("octal escape value \\" + source.substring(start + 1, i)
                                    + " outside of range 0-0o377", pattern.source(), start);
                        }
                        literal.append((char) v);
                        continue;
                    }
                    group = group * 10 + (e - '0');
                    i++;
                }
                if (group > groups) {
                    throw ReModule.error("invalid group reference " + group, pattern.source(), start + 1);
                }
                flush(parts, literal);
                parts.add(group);
            } else {
                int escaped = switch (d) {
                    case 'a' -> 7;
                    case 'b' -> 8;
                    case 'f' -> 12;
                    case 'n' -> 10;
                    case 'r' -> 13;
                    case 't' -> 9;
                    case 'v' -> 11;
                    case '\\' -> '\\';
                    default -> -1;
                };
                if (escaped >= 0) {
                    literal.append((char) escaped);
                } else if (d < 128 && Character.isLetter(d)) {
                    throw ReModule.error("bad escape \\" + d, pattern.source(), start);
                } else {
                    literal.append('\\').append(d);
                }
            }
        }
        flush(parts, literal);
        return new Template(parts, text);
    }

    private static boolean isIdentifier(String name) {
        int first = name.codePointAt(0);
        return (first == '_' || Character.isUnicodeIdentifierStart(first))
                && name.codePoints().skip(1).allMatch(ch -> ch == '_' || Character.isUnicodeIdentifierPart(ch));
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }

    private static void flush(List<Object> parts, StringBuilder literal) {
        if (!literal.isEmpty()) {
            parts.add(literal.toString());
            literal.setLength(0);
        }
    }

    /** Whether the template is plain text (no group in it): {@code sub} then inserts it as it is. */
    boolean literal() {
        return parts.stream().allMatch(p -> p instanceof String);
    }

    /** The template filled in from {@code m}, as a str or bytes. */
    PyObject expand(PyMatch m) {
        if (text != m.subject.text()) {
            throw PyErrors.typeError("expected " + (m.subject.text() ? "str" : "a bytes-like object") + " instance, "
                    + (text ? "str" : "bytes") + " found");
        }
        StringBuilder out = new StringBuilder();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.append(s);
            } else {
                int g = (Integer) p;
                if (m.start(g) >= 0) {
                    out.append(m.subject.java(), m.subject.toJava(m.start(g)), m.subject.toJava(m.end(g)));
                }
            }
        }
        return text ? PyStr.of(out.toString()) : new PyBytes(out.toString().getBytes(StandardCharsets.ISO_8859_1));
    }
}
