package org.enchufe.lang.modules.re;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.enchufe.lang.runtime.PyByteArray;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;

/**
 * A string a pattern runs over: the Python object, the Java text the engine reads (a str's own
 * UTF-16, bytes as Latin-1 characters) and the translation between Python's indices (code
 * points, bytes) and Java's (UTF-16 units; different only where a str has astral characters).
 */
record Subject(PyObject object, String java, boolean text, int[] javaIndex) {

    static Subject of(PyObject o, boolean patternIsText) {
        if (o instanceof PyStr s) {
            if (!patternIsText) {
                throw PyErrors.typeError("cannot use a bytes pattern on a string-like object");
            }
            String v = s.value();
            int[] index = null;
            if (v.length() != s.length()) {
                index = new int[s.length() + 1];
                for (int cp = 0, j = 0; cp <= s.length(); cp++) {
                    index[cp] = j;
                    if (j < v.length()) {
                        j += Character.charCount(v.codePointAt(j));
                    }
                }
            }
            return new Subject(o, v, true, index);
        }
        if (o instanceof PyBytesLike b) {
            if (patternIsText) {
                throw PyErrors.typeError("cannot use a string pattern on a bytes-like object");
            }
            byte[] data = o instanceof PyByteArray ba ? Arrays.copyOf(ba.buffer(), ba.size()) : b.bytesView();
            return new Subject(o, new String(data, StandardCharsets.ISO_8859_1), false, null);
        }
        throw PyErrors.typeError("expected string or bytes-like object, got '" + o.type().name() + "'");
    }

    /** Length in Python's units. */
    int length() {
        return javaIndex == null ? java.length() : javaIndex.length - 1;
    }

    int toJava(int index) {
        return javaIndex == null ? index : javaIndex[index];
    }

    int toPython(int javaAt) {
        if (javaIndex == null || javaAt < 0) {
            return javaAt;
        }
        int i = Arrays.binarySearch(javaIndex, javaAt);
        return i >= 0 ? i : -i - 1;
    }

    /** The part from {@code start} to {@code end} (Python's units) as a str or bytes. */
    PyObject slice(int start, int end) {
        String part = java.substring(toJava(start), toJava(end));
        return text ? PyStr.of(part) : new PyBytes(part.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** An empty str or bytes, as this subject's kind. */
    PyObject empty() {
        return text ? PyStr.of("") : PyBytes.EMPTY;
    }
}
