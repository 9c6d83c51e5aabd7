package org.enchufe.lang.runtime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's str: a sequence of code points. Strings without astral characters (nearly all a student
 * writes) are indexed by Java char directly; others through their code points.
 */
public final class PyStr extends PyObject {

    private static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    private volatile int[] codePoints;
    private boolean hashed;
    /** Bytes per character in the String's array (1: all Latin-1, Java's compact strings; 2), 0 until asked. */
    private byte width;

    private PyStr(String value) {
        this.value = value;
    }

    public static PyStr of(String value) {
        if (value.isEmpty()) {
            return EMPTY;
        }
        if (value.length() == 1 && value.charAt(0) < 256) {
            return LATIN1[value.charAt(0)];
        }
        return new PyStr(value);
    }

    public String value() {
        return value;
    }

    /** Bytes per character this str takes on the heap: 1 when every character is Latin-1 (Java's compact strings), else 2. */
    public int bytesPerChar() {
        if (width == 0) {
            width = (byte) bytesPerChar(value);
        }
        return width;
    }

    /** Bytes per character Java stores {@code text} in: 1 when every character is Latin-1, else 2. */
    public static int bytesPerChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0xFF) {
                return 2;
            }
        }
        return 1;
    }

    /** The code points, when this str has surrogate pairs and was indexed (an int each, besides the text). */
    public int[] codePointsView() {
        return codePoints;
    }

    /** One of the strs every program shares (the empty one, single Latin-1 characters): no program's memory. */
    public boolean isShared() {
        return this == EMPTY || value.length() == 1 && value.charAt(0) < 256 && LATIN1[value.charAt(0)] == this;
    }

    // Whether the text has no surrogate pair, so a char is a code point: found once (it cost a scan
    // of the whole text on every len() and s[i] before — a decoder indexing a 60 KB document took
    // minutes). A str may be shared between threads (code constants, module names): the flag is
    // only ever set to true and the code points are published through a volatile field.
    private boolean noSurrogates;

    private boolean simple() {
        if (noSurrogates) {
            return true;
        }
        if (codePoints != null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isSurrogate(value.charAt(i))) {
                codePoints = value.codePoints().toArray();
                return false;
            }
        }
        noSurrogates = true;
        return true;
    }

    public int length() {
        return simple() ? value.length() : codePoints.length;
    }

    public String charAt(int index) {
        return simple() ? String.valueOf(value.charAt(index)) : Character.toString(codePoints[index]);
    }

    public String substring(int start, int end) {
        if (simple()) {
            return value.substring(start, end);
        }
        return new String(codePoints, start, end - start);
    }

    @Override
    public PyType type() {
        return PyType.STR;
    }

    @Override
    public String repr(Interpreter in) {
        return repr(value);
    }

    /** Python's repr of a str: single quotes unless only double quotes avoid escaping. */
    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (cp == quote) {
                        out.append('\\').appendCodePoint(cp);
                    } else if (isPrintable(cp)) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(escape(cp));
                    }
                }
            }
        });
        return out.append(quote).toString();
    }

    /** The backslash escape Python writes for a code point: \\xhh, \\uhhhh or \\Uhhhhhhhh. */
    public static String escape(int cp) {
        return cp < 0x100 ? String.format("\\x%02x", cp) : cp < 0x10000 ? String.format("\\u%04x", cp)
                : String.format("\\U%08x", cp);
    }

    /** str.isprintable for one code point: not a control, format, separator (but space) or unassigned. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    @Override
    public String str(Interpreter in) {
        return value;
    }

    @Override
    public boolean truthy(Interpreter in) {
        return !value.isEmpty();
    }

    @Override
    public int len(Interpreter in) {
        return length();
    }

    @Override
    public long hash(Interpreter in) {
        if (!hashed) {
            // Once per str: the hash is kept (by the String itself, which publishes it safely to
            // other threads — strings are shared between sandboxes), but a fresh long str costs its
            // length to hash. A thread that sees the flag late only charges twice.
            Cost.bulk(in, value.length());
            hashed = true;
        }
        return value.hashCode();
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (!(other instanceof PyStr s)) {
            return false;
        }
        if (s.value.length() == value.length()) {
            Cost.bulk(in, value.length());
        }
        return s.value.equals(value);
    }

    @Override
    public boolean contains(Interpreter in, PyObject item) {
        if (!(item instanceof PyStr s)) {
            throw PyErrors.typeError("'in <string>' requires string as left operand, not " + item.type().name());
        }
        return SubstringSearch.indexOf(in, value, s.value, 0, value.length()) >= 0;
    }

    @Override
    public PyObject getItem(Interpreter in, PyObject key) {
        if (key instanceof PySlice slice) {
            int[] r = slice.indices(in, length());
            if (r[2] == 1) {
                Cost.bulk(in, r[3]);
                return of(r[0] < r[1] ? substring(r[0], r[1]) : "");
            }
            StringBuilder out = new StringBuilder();
            for (int i = r[0], n = 0; n < r[3]; i += r[2], n++) {
                Cost.item(in, n);
                out.append(charAt(i));
            }
            return of(out.toString());
        }
        int i = Sequences.index(in, key, length(), "string");
        return of(charAt(i));
    }

    @Override
    public PyObject iter(Interpreter in) {
        return new PyIterator.OfSequence(this, length(), i -> of(charAt(i)), "str_iterator");
    }

    // ---------------------------------------------------------------- methods

    static {
        PyType t = PyType.STR;
        t.withConstructor(PyStr::construct);
        t.method("upper", linear((in, self, a, k) -> of(s(self).toUpperCase(java.util.Locale.ROOT))));
        t.method("lower", linear((in, self, a, k) -> of(s(self).toLowerCase(java.util.Locale.ROOT))));
        t.method("casefold", linear((in, self, a, k) -> of(s(self).toLowerCase(java.util.Locale.ROOT))));
        t.method("swapcase", linear((in, self, a, k) -> of(swapcase(s(self)))));
        t.method("title", linear((in, self, a, k) -> of(title(s(self)))));
        t.method("capitalize", linear((in, self, a, k) -> {
            String v = s(self);
            return of(v.isEmpty() ? v : v.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + v.substring(1).toLowerCase(java.util.Locale.ROOT));
        }));
        t.method("strip", linear((in, self, a, k) -> of(strip(s(self), chars("strip", a, k), true, true))));
        t.method("lstrip", linear((in, self, a, k) -> of(strip(s(self), chars("lstrip", a, k), true, false))));
        t.method("rstrip", linear((in, self, a, k) -> of(strip(s(self), chars("rstrip", a, k), false, true))));
        t.method("split", (in, self, a, k) -> split(in, s(self), a, k, false));
        t.method("rsplit", (in, self, a, k) -> split(in, s(self), a, k, true));
        t.method("splitlines", linear((in, self, a, k) -> splitlines(in, s(self), a, k)));
        t.method("join", (in, self, a, k) -> join(in, s(self), a[0]));
        t.method("startswith", (in, self, a, k) -> PyBool.of(affix(in, (PyStr) self, a, k, "startswith", true)));
        t.method("endswith", (in, self, a, k) -> PyBool.of(affix(in, (PyStr) self, a, k, "endswith", false)));
        t.method("find", (in, self, a, k) -> PyInt.of(find(in, (PyStr) self, a, k, "find", false)));
        t.method("rfind", (in, self, a, k) -> PyInt.of(find(in, (PyStr) self, a, k, "rfind", true)));
        t.method("index", (in, self, a, k) -> PyInt.of(index(in, (PyStr) self, a, k, "index", false)));
        t.method("rindex", (in, self, a, k) -> PyInt.of(index(in, (PyStr) self, a, k, "rindex", true)));
        t.method("count", (in, self, a, k) -> PyInt.of(count(in, (PyStr) self, a, k)));
        t.method("replace", (in, self, a, k) -> replace(in, s(self), a, k));
        t.method("format", (in, self, a, k) -> of(Formatter.format(in, s(self), a, k)));
        t.method("encode", (in, self, a, k) -> encode(in, s(self), a, k));
        t.method("format_map", (in, self, a, k) -> {
            PyObject mapping = a[0];
            if (!(mapping instanceof PyDict d)) {
                throw PyErrors.typeError("format_map() argument must be a dict, not " + mapping.type().name());
            }
            java.util.List<PyObject> values = new java.util.ArrayList<>();
            java.util.List<String> names = new java.util.ArrayList<>();
            for (var e : d.map().entrySet()) {
                if (e.getKey() instanceof PyStr name) {
                    names.add(name.value());
                    values.add(e.getValue());
                }
            }
            return of(Formatter.format(in, s(self), values.toArray(new PyObject[0]), names.toArray(new String[0])));
        });
        t.method("isascii", linear((in, self, a, k) -> PyBool.of(s(self).chars().allMatch(c -> c < 128))));
        t.staticMethod("maketrans", PyStr::maketrans);
        t.method("translate", linear((in, self, a, k) -> {
            PyObject table = a[0];
            StringBuilder out = new StringBuilder();
            for (int cp : s(self).codePoints().toArray()) {
                PyObject to;
                try {
                    to = Ops.getItem(in, table, PyInt.of(cp));
                } catch (PyRaise e) {
                    if (e.exception().type().isSubtypeOf(ExceptionTypes.LOOKUP_ERROR)) {
                        out.appendCodePoint(cp);
                        continue;
                    }
                    throw e;
                }
                if (to instanceof PyInt i) {
                    out.appendCodePoint(i.asInt());
                } else if (to instanceof PyStr t2) {
                    out.append(t2.value());
                } else if (to != PyNone.NONE) {
                    throw PyErrors.typeError("character mapping must return integer, None or str");
                }
            }
            return of(out.toString());
        }));
        t.method("isdigit", linear((in, self, a, k) -> test(s(self), Character::isDigit)));
        t.method("isdecimal", linear((in, self, a, k) -> test(s(self), cp -> Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER)));
        t.method("isnumeric", linear((in, self, a, k) -> test(s(self), cp -> Character.isDigit(cp) || Character.getNumericValue(cp) >= 0)));
        t.method("isalpha", linear((in, self, a, k) -> test(s(self), Character::isLetter)));
        t.method("isalnum", linear((in, self, a, k) -> test(s(self), Character::isLetterOrDigit)));
        t.method("isspace", linear((in, self, a, k) -> test(s(self), PyStr::isPySpace)));
        t.method("isprintable", linear((in, self, a, k) -> PyBool.of(s(self).codePoints().allMatch(PyStr::isPrintable))));
        t.method("isupper", linear((in, self, a, k) -> PyBool.of(cased(s(self), true))));
        t.method("islower", linear((in, self, a, k) -> PyBool.of(cased(s(self), false))));
        t.method("isidentifier", linear((in, self, a, k) -> PyBool.of(isIdentifier(s(self)))));
        t.method("istitle", linear((in, self, a, k) -> PyBool.of(!s(self).isEmpty() && title(s(self)).equals(s(self))
                && s(self).codePoints().anyMatch(Character::isLetter))));
        t.method("center", (in, self, a, k) -> pad(in, s(self), a, k, "center"));
        t.method("ljust", (in, self, a, k) -> pad(in, s(self), a, k, "ljust"));
        t.method("rjust", (in, self, a, k) -> pad(in, s(self), a, k, "rjust"));
        t.method("zfill", (in, self, a, k) -> of(zfill(s(self), Ops.index(in, a[0]))));
        t.method("partition", (in, self, a, k) -> partition(in, s(self), a[0], false));
        t.method("rpartition", (in, self, a, k) -> partition(in, s(self), a[0], true));
        t.method("expandtabs", linear((in, self, a, k) -> of(expandTabs(s(self), a.length > 0 ? Ops.index(in, a[0]) : 8))));
        t.method("removeprefix", linear((in, self, a, k) -> {
            String p = argStr(a[0], "removeprefix");
            return s(self).startsWith(p) ? of(s(self).substring(p.length())) : self;
        }));
        t.method("removesuffix", linear((in, self, a, k) -> {
            String p = argStr(a[0], "removesuffix");
            return s(self).endsWith(p) && !p.isEmpty() ? of(s(self).substring(0, s(self).length() - p.length())) : self;
        }));
        t.method("__len__", (in, self, a, k) -> PyInt.of(((PyStr) self).length()));
    }

    /**
     * A method whose work is linear in the str itself (case mapping, classifying, stripping,
     * splitting into lines): charged by its length, at the rate of characters handled one by one,
     * before it runs.
     */
    private static NativeFn linear(NativeFn method) {
        return (in, self, a, k) -> {
            Cost.charByChar(in, ((PyStr) self).value.length());
            return method.call(in, self, a, k);
        };
    }

    private static String s(PyObject self) {
        return ((PyStr) self).value;
    }

    private static String argStr(PyObject o, String method) {
        if (o instanceof PyStr s) {
            return s.value;
        }
        throw PyErrors.typeError(method + "() argument must be str, not " + o.type().name());
    }

    static PyObject construct(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        PyObject[] b = Args.bind("str", args, kwnames, 0, "object", "encoding", "errors");
        if (b[0] == null) {
            return EMPTY;
        }
        if (b[1] != null || b[2] != null) {
            if (b[0] instanceof PyBytesLike bytes) {
                return of(Codecs.decode(java.util.Arrays.copyOf(bytes.bytesView(), BytesMethods.length(b[0])),
                        b[1] == null ? "utf-8" : Ops.str(in, b[1]),
                        b[2] == null ? "strict" : Ops.str(in, b[2])));
            }
            throw PyErrors.typeError("decoding str is not supported");
        }
        return of(Ops.str(in, b[0]));
    }

    private static PyObject test(String v, java.util.function.IntPredicate p) {
        return PyBool.of(!v.isEmpty() && v.codePoints().allMatch(p));
    }

    static boolean isPySpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x1c || cp == 0x1d || cp == 0x1e || cp == 0x1f
                || cp == 0x85;
    }

    private static boolean cased(String v, boolean upper) {
        boolean any = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (upper ? Character.isLowerCase(c) : Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return false;
            }
            any |= upper ? Character.isUpperCase(c) : Character.isLowerCase(c);
        }
        return any;
    }

    private static boolean isIdentifier(String v) {
        if (v.isEmpty()) {
            return false;
        }
        int first = v.codePointAt(0);
        if (first != '_' && !Character.isUnicodeIdentifierStart(first)) {
            return false;
        }
        return v.codePoints().skip(1).allMatch(cp -> cp == '_' || Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }

    private static String swapcase(String v) {
        StringBuilder out = new StringBuilder(v.length());
        v.codePoints().forEach(cp -> out.appendCodePoint(Character.isUpperCase(cp) ? Character.toLowerCase(cp)
                : Character.isLowerCase(cp) ? Character.toUpperCase(cp) : cp));
        return out.toString();
    }

    private static String title(String v) {
        StringBuilder out = new StringBuilder(v.length());
        boolean previousCased = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            out.append(previousCased ? Character.toLowerCase(c) : Character.toTitleCase(c));
            previousCased = Character.isLetter(c) && (Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c));
        }
        return out.toString();
    }

    private static String chars(String name, PyObject[] a, String[] k) {
        Args.atMost(name, a, k, 1);
        if (a.length == 0 || a[0] == PyNone.NONE) {
            return null;
        }
        if (!(a[0] instanceof PyStr s)) {
            throw PyErrors.typeError(name + " arg must be None or str");
        }
        return s.value;
    }

    static String strip(String v, String chars, boolean left, boolean right) {
        int start = 0;
        int end = v.length();
        if (left) {
            while (start < end && (chars == null ? isPySpace(v.charAt(start)) : chars.indexOf(v.charAt(start)) >= 0)) {
                start++;
            }
        }
        if (right) {
            while (end > start && (chars == null ? isPySpace(v.charAt(end - 1)) : chars.indexOf(v.charAt(end - 1)) >= 0)) {
                end--;
            }
        }
        return v.substring(start, end);
    }

    private static PyObject split(Interpreter in, String v, PyObject[] a, String[] k, boolean fromRight) {
        String name = fromRight ? "rsplit" : "split";
        PyObject[] b = Args.bind(name, a, k, 0, "sep", "maxsplit");
        String sep = b[0] == null || b[0] == PyNone.NONE ? null : argStrSep(b[0]);
        int max = b[1] == null ? -1 : Ops.index(in, b[1]);
        // A separator's search charges itself; the parts are copied, and whitespace is looked at char by char.
        if (sep == null) {
            Cost.charByChar(in, v.length());
        } else {
            Cost.bulk(in, v.length());
        }
        List<String> parts = sep == null ? splitWhitespace(v, max, fromRight) : splitOn(v, sep, max, fromRight);
        PyList out = new PyList();
        // Each part a new str in the list: an operation's work.
        Cost.operations(in, parts.size());
        for (String p : parts) {
            out.append(of(p));
        }
        return out;
    }

    private static String argStrSep(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("must be str or None, not " + o.type().name());
        }
        if (s.value.isEmpty()) {
            throw PyErrors.valueError("empty separator");
        }
        return s.value;
    }

    private static List<String> splitWhitespace(String v, int max, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int i = 0;
            int n = v.length();
            while (true) {
                while (i < n && isPySpace(v.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (max >= 0 && parts.size() == max) {
                    parts.add(v.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isPySpace(v.charAt(j))) {
                    j++;
                }
                parts.add(v.substring(i, j));
                i = j;
            }
            return parts;
        }
        int i = v.length();
        while (true) {
            while (i > 0 && isPySpace(v.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (max >= 0 && parts.size() == max) {
                parts.add(v.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isPySpace(v.charAt(j - 1))) {
                j--;
            }
            parts.add(v.substring(j, i));
            i = j;
        }
        java.util.Collections.reverse(parts);
        return parts;
    }

    static List<String> splitOn(String v, String sep, int max, boolean fromRight) {
        List<String> parts = new ArrayList<>();
        if (!fromRight) {
            int start = 0;
            while (max < 0 || parts.size() < max) {
                int at = SubstringSearch.indexOf(Interpreter.currentOrNull(), v, sep, start, v.length());
                if (at < 0) {
                    break;
                }
                parts.add(v.substring(start, at));
                start = at + sep.length();
            }
            parts.add(v.substring(start));
            return parts;
        }
        int end = v.length();
        while (max < 0 || parts.size() < max) {
            int at = SubstringSearch.lastIndexOf(Interpreter.currentOrNull(), v, sep, 0, end);
            if (at < 0 || end - sep.length() < 0) {
                break;
            }
            parts.add(v.substring(at + sep.length(), end));
            end = at;
        }
        parts.add(v.substring(0, end));
        java.util.Collections.reverse(parts);
        return parts;
    }

    private static PyObject splitlines(Interpreter in, String v, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("splitlines", a, k, 0, "keepends");
        boolean keep = b[0] != null && Ops.index(in, b[0]) != 0;
        PyList out = new PyList();
        int i = 0;
        int start = 0;
        while (i < v.length()) {
            char c = v.charAt(i);
            int eol = -1;
            if (c == '\r' && i + 1 < v.length() && v.charAt(i + 1) == '\n') {
                eol = 2;
            } else if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                    || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                eol = 1;
            }
            if (eol > 0) {
                out.append(of(v.substring(start, keep ? i + eol : i)));
                i += eol;
                start = i;
            } else {
                i++;
            }
        }
        if (start < v.length()) {
            out.append(of(v.substring(start)));
        }
        Cost.operations(in, out.size());
        return out;
    }

    /** The iterator join reads: "can only join an iterable" for anything else, as CPython says. */
    static PyObject iterableForJoin(Interpreter in, PyObject iterable) {
        try {
            return Ops.iter(in, iterable);
        } catch (PyRaise e) {
            if (e.exception().type() == ExceptionTypes.TYPE_ERROR && e.exception().messageForJava().endsWith("is not iterable")) {
                throw PyErrors.typeError("can only join an iterable");
            }
            throw e;
        }
    }

    private static PyObject join(Interpreter in, String sep, PyObject iterable) {
        StringBuilder out = new StringBuilder();
        PyObject it = iterableForJoin(in, iterable);
        int index = 0;
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            if (!(x instanceof PyStr s)) {
                throw PyErrors.typeError("sequence item " + index + ": expected str instance, " + x.type().name() + " found");
            }
            if (index > 0) {
                out.append(sep);
            }
            out.append(s.value);
            in.requireRoomFor((long) out.length() * 2);
            in.accountMoreText(s.value.length() + sep.length(), Math.max(s.bytesPerChar(), bytesPerChar(sep)));
            in.work(Cost.chars(s.value.length() + sep.length()));
            Cost.operation(in, index);
            index++;
        }
        return of(out.toString());
    }

    private static boolean affix(Interpreter in, PyStr self, PyObject[] a, String[] k, String name, boolean start) {
        Args.between(name, a, k, 1, 3);
        int[] range = Sequences.sliceRange(in, a, 1, self.length());
        String v = self.substring(Math.min(range[0], self.length()), Math.max(Math.min(range[1], self.length()), Math.min(range[0], self.length())));
        if (v != self.value) {
            Cost.bulk(in, v.length());
        }
        if (range[0] > self.length()) {
            return false;
        }
        PyObject prefix = a[0];
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (affixOne(v, p, name, start)) {
                    return true;
                }
            }
            return false;
        }
        if (!(prefix instanceof PyStr)) {
            throw PyErrors.typeError(name + " first arg must be str or a tuple of str, not " + prefix.type().name());
        }
        return affixOne(v, prefix, name, start);
    }

    private static boolean affixOne(String v, PyObject p, String name, boolean start) {
        if (!(p instanceof PyStr s)) {
            throw PyErrors.typeError("tuple for " + name + " must only contain str, not " + p.type().name());
        }
        return start ? v.startsWith(s.value) : v.endsWith(s.value);
    }

    private static int find(Interpreter in, PyStr self, PyObject[] a, String[] k, String name, boolean fromRight) {
        Args.between(name, a, k, 1, 3);
        String needle = needle(a[0]);
        int[] range = Sequences.sliceRange(in, a, 1, self.length());
        if (range[0] > self.length() || range[1] - range[0] < needle.length() && !(needle.isEmpty() && range[0] <= range[1])) {
            return -1;
        }
        String hay = self.value;
        if (!self.simple()) {
            String part = self.substring(range[0], Math.max(range[0], range[1]));
            int at = fromRight ? SubstringSearch.lastIndexOf(in, part, needle, 0, part.length())
                    : SubstringSearch.indexOf(in, part, needle, 0, part.length());
            return at < 0 ? -1 : part.codePointCount(0, at) + range[0];
        }
        int at = fromRight ? SubstringSearch.lastIndexOf(in, hay, needle, range[0], range[1])
                : SubstringSearch.indexOf(in, hay, needle, range[0], range[1]);
        if (at < range[0] || at + needle.length() > range[1]) {
            return -1;
        }
        return at;
    }

    private static String needle(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.typeError("must be str, not " + o.type().name());
        }
        return s.value;
    }

    private static int index(Interpreter in, PyStr self, PyObject[] a, String[] k, String name, boolean fromRight) {
        int at = find(in, self, a, k, name, fromRight);
        if (at < 0) {
            throw PyErrors.valueError("substring not found");
        }
        return at;
    }

    private static int count(Interpreter in, PyStr self, PyObject[] a, String[] k) {
        String needle = needle(a[0]);
        int[] range = Sequences.sliceRange(in, a, 1, self.length());
        if (range[0] > self.length() || range[1] < range[0]) {
            // An empty or reversed range holds nothing, not even the empty string ('abc'.count('', 2, 1) == 0).
            return 0;
        }
        String hay = self.substring(range[0], range[1]);
        Cost.bulk(in, hay.length());
        if (needle.isEmpty()) {
            return hay.codePointCount(0, hay.length()) + 1;
        }
        int n = 0;
        for (int at = SubstringSearch.indexOf(in, hay, needle, 0, hay.length()); at >= 0;
                at = SubstringSearch.indexOf(in, hay, needle, at + needle.length(), hay.length())) {
            n++;
        }
        return n;
    }

    private static PyObject replace(Interpreter in, String v, PyObject[] a, String[] k) {
        String old = needle(a[0]);
        String with = needle(a[1]);
        int max = a.length > 2 ? Ops.index(in, a[2]) : -1;
        if (max < 0) {
            if (old.isEmpty()) {
                long size = (long) with.length() * (v.length() + 1) + v.length();
                in.accountText(size, Math.max(bytesPerChar(v), bytesPerChar(with)));
                in.work(Cost.chars(size));
                StringBuilder out = new StringBuilder(with);
                v.codePoints().forEach(cp -> out.appendCodePoint(cp).append(with));
                return of(out.toString());
            }
            max = Integer.MAX_VALUE;
        }
        StringBuilder out = new StringBuilder();
        int start = 0;
        // The result is charged as it grows, so a small string with a long replacement cannot fill the heap first.
        long charged = 0;
        for (int n = 0; n < max; n++) {
            int at = old.isEmpty() ? (start <= v.length() ? start : -1) : SubstringSearch.indexOf(in, v, old, start, v.length());
            if (at < 0) {
                break;
            }
            out.append(v, start, at).append(with);
            if (out.length() - charged > 1 << 16) {
                in.requireRoomFor((long) out.length() * 2);
                in.accountMoreText(out.length() - charged, Math.max(bytesPerChar(v), bytesPerChar(with)));
                in.work(Cost.chars(out.length() - charged));
                charged = out.length();
            }
            if (old.isEmpty()) {
                if (at < v.length()) {
                    out.append(v.charAt(at));
                }
                start = at + 1;
            } else {
                start = at + old.length();
            }
        }
        if (start <= v.length()) {
            out.append(v.substring(start));
        }
        return of(out.toString());
    }

    private static PyObject encode(Interpreter in, String v, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("encode", a, k, 0, "encoding", "errors");
        String encoding = b[0] == null ? "utf-8" : Args.str("encode", "encoding", b[0]);
        String errors = b[1] == null ? "strict" : Args.str("encode", "errors", b[1]);
        return new PyBytes(Codecs.encode(v, encoding, errors));
    }

    private static PyObject pad(Interpreter in, String v, PyObject[] a, String[] k, String name) {
        Args.range(name, a, k, 1, 2);
        int width = Ops.index(in, a[0]);
        String fill = " ";
        if (a.length > 1) {
            if (!(a[1] instanceof PyStr f) || f.length() != 1) {
                throw PyErrors.typeError("The fill character must be exactly one character long");
            }
            fill = f.value;
        }
        int len = v.codePointCount(0, v.length());
        if (width <= len) {
            return of(v);
        }
        int total = width - len;
        return switch (name) {
            case "ljust" -> of(v + Padding.of(fill, total));
            case "rjust" -> of(Padding.of(fill, total) + v);
            default -> {
                int left = total / 2 + (total & width & 1);
                yield of(Padding.of(fill, left) + v + Padding.of(fill, total - left));
            }
        };
    }

    static String zfill(String v, int width) {
        int len = v.codePointCount(0, v.length());
        if (width <= len) {
            return v;
        }
        String zeros = Padding.of("0", width - len);
        if (!v.isEmpty() && (v.charAt(0) == '+' || v.charAt(0) == '-')) {
            return v.charAt(0) + zeros + v.substring(1);
        }
        return zeros + v;
    }

    private static PyObject partition(Interpreter in, String v, PyObject sepObj, boolean fromRight) {
        if (!(sepObj instanceof PyStr)) {
            throw PyErrors.typeError("must be str, not " + sepObj.type().name());
        }
        String sep = argStrSep(sepObj);
        int at = fromRight ? SubstringSearch.lastIndexOf(in, v, sep, 0, v.length())
                : SubstringSearch.indexOf(in, v, sep, 0, v.length());
        if (at < 0) {
            return fromRight ? new PyTuple(new PyObject[] {EMPTY, EMPTY, of(v)})
                    : new PyTuple(new PyObject[] {of(v), EMPTY, EMPTY});
        }
        return new PyTuple(new PyObject[] {of(v.substring(0, at)), of(sep), of(v.substring(at + sep.length()))});
    }

    private static String expandTabs(String v, int tabsize) {
        // The result's length first, charged before anything is made (1 000 tabs × a tab size of a
        // million is a gigabyte of spaces).
        long length = 0;
        int col = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    length += tabsize - col % tabsize;
                    col += tabsize - col % tabsize;
                }
            } else {
                length++;
                col = c == '\n' || c == '\r' ? 0 : col + 1;
            }
        }
        Padding.charge(length, bytesPerChar(v));
        StringBuilder out = new StringBuilder();
        int column = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\t') {
                if (tabsize > 0) {
                    int spaces = tabsize - column % tabsize;
                    out.append(" ".repeat(spaces));
                    column += spaces;
                }
            } else {
                out.append(c);
                column = c == '\n' || c == '\r' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    /** Text as UTF-8, for output and for memory accounting. */
    public byte[] utf8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** str.maketrans(dict) or (from, to[, deleted]): a table for translate. */
    private static PyObject maketrans(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyDict table = new PyDict();
        if (a.length == 1) {
            if (!(a[0] instanceof PyDict d)) {
                throw PyErrors.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (var e : d.map().entrySet()) {
                PyObject key = e.getKey();
                if (key instanceof PyStr s) {
                    if (s.value().codePointCount(0, s.value().length()) != 1) {
                        throw PyErrors.valueError("string keys in translate table must be of length 1");
                    }
                    key = PyInt.of(s.value().codePointAt(0));
                } else if (!(key instanceof PyInt)) {
                    throw PyErrors.typeError("keys in translate table must be strings or integers");
                }
                table.setItem(in, key, e.getValue());
            }
            return table;
        }
        if (!(a[0] instanceof PyStr from) || !(a[1] instanceof PyStr to)) {
            throw PyErrors.typeError("maketrans() argument " + (a[0] instanceof PyStr ? 2 : 1) + " must be str, not "
                    + (a[0] instanceof PyStr ? a[1] : a[0]).type().name());
        }
        int[] f = from.value().codePoints().toArray();
        int[] t = to.value().codePoints().toArray();
        if (f.length != t.length) {
            throw PyErrors.valueError("the first two maketrans arguments must have equal length");
        }
        for (int i = 0; i < f.length; i++) {
            table.setItem(in, PyInt.of(f[i]), PyInt.of(t[i]));
        }
        if (a.length == 3) {
            if (!(a[2] instanceof PyStr deleted)) {
                throw PyErrors.typeError("maketrans() argument 3 must be str, not " + a[2].type().name());
            }
            deleted.value().codePoints().forEach(cp -> table.setItem(in, PyInt.of(cp), PyNone.NONE));
        }
        return table;
    }
}
