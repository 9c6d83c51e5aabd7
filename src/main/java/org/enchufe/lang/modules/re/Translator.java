package org.enchufe.lang.modules.re;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a pattern in Python's syntax as CPython 3.11's {@code sre_parse} does — its errors with
 * their messages and positions included — and writes the java.util.regex pattern that matches
 * what Python's would. Everything whose meaning differs between the two is written out
 * explicitly rather than left to Java's reading: every literal as {@code \x{…}}, {@code \w \d \s
 * \b} as Python's classes, {@code ^ $ \Z} as lookarounds, named groups as plain numbered ones
 * (names are kept here), {@code {,n}} as {@code {0,n}}, a {@code {} that is no repeat as a
 * literal, verbose mode's spaces and comments dropped here. Why translate rather than match with
 * our own engine: docs/language.md, "re". One file past 500 lines because it is one
 * recursive-descent reader over one cursor and one set of flags in force, as sre_parse is; its
 * parts (grammar, groups, escapes, classes) are marked below.
 */
final class Translator {

    static final int TEMPLATE = 1;
    static final int IGNORECASE = 2;
    static final int LOCALE = 4;
    static final int MULTILINE = 8;
    static final int DOTALL = 16;
    static final int UNICODE = 32;
    static final int VERBOSE = 64;
    static final int DEBUG = 128;
    static final int ASCII = 256;

    /** sre's MAXREPEAT on 64-bit Linux; a count at or above it is an OverflowError. */
    private static final long MAXREPEAT = 4294967295L;
    private static final long INFINITE = Long.MAX_VALUE / 4;

    /** What a pattern became: Java's pattern text and flags, and Python's view of its groups. */
    record Translation(String java, int javaFlags, int flags, int groups, Map<String, Integer> groupIndex, int[] closeOrder) {
    }

    /** A syntax error as sre_parse reports it; {@code pos} is -1 where CPython gives none. */
    static final class PatternError extends RuntimeException {
        final String msg;
        final int pos;

        PatternError(String msg, int pos) {
            super(msg, null, false, false);
            this.msg = msg;
            this.pos = pos;
        }
    }

    /** Raised as OverflowError, as sre_parse raises it for a repeat count past MAXREPEAT. */
    static final class CountTooLarge extends RuntimeException {
        CountTooLarge() {
            super("the repetition number is too large", null, false, false);
        }
    }

    /** Raised as NotImplementedError: a construct Java's engine has no counterpart for. */
    static final class Unsupported extends RuntimeException {
        Unsupported(String feature) {
            super(feature, null, false, false);
        }
    }

    /**
     * One parsed item: its Java text, the widths it matches, and what sre would call it; for an
     * item that is one character of a set (a literal, a class, \\d, '.'), that set as the inside
     * of a Java class, else null.
     */
    private record Piece(String java, long min, long max, Kind kind, String members) {

        Piece(String java, long min, long max, Kind kind) {
            this(java, min, max, kind, null);
        }
    }

    private enum Kind { ANCHOR, REPEAT, ATOM, OTHER }

    private final int[] src;
    private final boolean text;
    private int at;
    private int flags;
    /** sre's name for the first repeat read ({@code MAX_REPEAT}…), which a template refuses; null while there is none. */
    private String firstRepeat;
    private int groups;
    private final Map<String, Integer> names = new LinkedHashMap<>();
    private final Set<Integer> open = new TreeSet<>();
    /** Groups in the order their ')' comes: which one a match closed last (lastindex). */
    private final java.util.List<Integer> closed = new java.util.ArrayList<>();
    private int lookbehindGroups = -1;

    private Translator(int[] src, boolean text, int flags) {
        this.src = src;
        this.text = text;
        this.flags = flags;
    }

    /** Translates {@code src} (code points of a str, or bytes as 0–255) under {@code flags}. */
    static Translation translate(int[] src, boolean text, int flags) {
        Translator t = new Translator(src, text, flags);
        Piece whole;
        try {
            whole = t.alternatives(0);
            if (t.at < src.length) {
                // Only a ')' stops the top level early.
                throw t.error("unbalanced parenthesis", t.at);
            }
        } catch (PatternError e) {
            // sre's tokenizer reads one token ahead: a lone backslash at the end fails as soon
            // as everything before it has been read, before any error found after that.
            if (t.at >= src.length - 1 && endsInLoneBackslash(src)) {
                throw t.error("bad escape (end of pattern)", src.length - 1);
            }
            throw e;
        }
        if (endsInLoneBackslash(src)) {
            // Swallowed by a verbose comment, which sre still reads token by token.
            throw t.error("bad escape (end of pattern)", src.length - 1);
        }
        int f = t.flags;
        if ((f & TEMPLATE) != 0 && t.firstRepeat != null) {
            // sre's compiler, after the parse, refuses any repeat in a template (re.template, re.T).
            throw new PatternError("internal: unsupported template operator " + t.firstRepeat, -1);
        }
        if (text && (f & ASCII) == 0) {
            f |= UNICODE;
        }
        int javaFlags = Pattern.UNIX_LINES;
        if ((f & DOTALL) != 0) {
            javaFlags |= Pattern.DOTALL;
        }
        if ((f & IGNORECASE) != 0) {
            javaFlags |= Pattern.CASE_INSENSITIVE | ((f & UNICODE) != 0 ? Pattern.UNICODE_CASE : 0);
        }
        int[] closeOrder = new int[t.groups + 1];
        for (int i = 0; i < t.closed.size(); i++) {
            closeOrder[t.closed.get(i)] = i;
        }
        return new Translation(whole.java, javaFlags, f, t.groups, Map.copyOf(t.names), closeOrder);
    }

    private static boolean endsInLoneBackslash(int[] src) {
        int run = 0;
        for (int i = src.length - 1; i >= 0 && src[i] == '\\'; i--) {
            run++;
        }
        return run % 2 == 1;
    }

    // ---------------------------------------------------------------- the grammar

    /** alternative ('|' alternative)*, up to a ')' or the end. */
    private Piece alternatives(int depth) {
        StringBuilder java = new StringBuilder();
        long min = INFINITE;
        long max = 0;
        int count = 0;
        // Whether every alternative is one character of a set, and their union.
        StringBuilder members = new StringBuilder();
        boolean oneCharacterEach = true;
        while (true) {
            Piece p = sequence(depth, depth == 0 && count == 0);
            if (p.members == null) {
                oneCharacterEach = false;
            } else {
                members.append(p.members);
            }
            if (count > 0) {
                java.append('|');
            }
            java.append(p.java);
            min = Math.min(min, p.min);
            max = Math.max(max, p.max);
            count++;
            if (!match('|')) {
                break;
            }
        }
        if (count == 1) {
            return new Piece(java.toString(), min, max, Kind.OTHER, oneCharacterEach ? members.toString() : null);
        }
        if (oneCharacterEach) {
            // a|b|[cd] is one class: the same characters, and Java's engine then repeats it
            // without a stack frame per repetition, as it does (?:a|b)*.
            return new Piece("[" + members + "]", 1, 1, Kind.OTHER, members.toString());
        }
        return new Piece("(?:" + java + ")", min, max, Kind.OTHER);
    }

    private Piece sequence(int depth, boolean first) {
        StringBuilder java = new StringBuilder();
        long min = 0;
        long max = 0;
        Piece last = null;
        int items = 0;
        boolean repeated = false;
        while (at < src.length) {
            int c = src[at];
            if (c == '|' || c == ')') {
                if (c == ')' && depth == 0) {
                    throw error("unbalanced parenthesis", at);
                }
                break;
            }
            if ((flags & VERBOSE) != 0) {
                if (isVerboseSpace(c)) {
                    at++;
                    continue;
                }
                if (c == '#') {
                    while (at < src.length && src[at] != '\n') {
                        at++;
                    }
                    continue;
                }
            }
            Piece p;
            if (c == '*' || c == '+' || c == '?' || c == '{') {
                int here = at;
                long[] range = repeatRange();
                if (range == null) {
                    p = literal('{');
                } else {
                    if (last == null || last.kind == Kind.ANCHOR) {
                        throw error("nothing to repeat", here);
                    }
                    if (last.kind == Kind.REPEAT) {
                        throw error("multiple repeat", here);
                    }
                    String suffix = match('?') ? "?" : match('+') ? "+" : "";
                    if (firstRepeat == null) {
                        firstRepeat = switch (suffix) {
                            case "?" -> "MIN_REPEAT";
                            case "+" -> "POSSESSIVE_REPEAT";
                            default -> "MAX_REPEAT";
                        };
                    }
                    java.setLength(java.length() - last.java.length());
                    min -= last.min;
                    max -= last.max;
                    p = repeat(last, range[0], range[1], suffix);
                    java.append(p.java);
                    min = add(min, p.min);
                    max = add(max, p.max);
                    last = p;
                    repeated = true;
                    continue;
                }
            } else {
                p = item(depth, first && items == 0);
                if (p == null) {
                    continue;
                }
            }
            java.append(p.java);
            min = add(min, p.min);
            max = add(max, p.max);
            last = p;
            items++;
        }
        String members = items == 1 && !repeated ? last.members : null;
        return new Piece(java.toString(), min, max, Kind.OTHER, members);
    }

    /** One item that is not a repeat; null for what matches nothing and takes no place (global flags, comments). */
    private Piece item(int depth, boolean first) {
        int c = src[at++];
        return switch (c) {
            case '[' -> characterClass();
            case '.' -> new Piece(".", 1, 1, Kind.ATOM, (flags & DOTALL) != 0 ? "\\x{0}-\\x{10ffff}" : "[^\\n]");
            case '^' -> new Piece((flags & MULTILINE) != 0 ? "(?:\\A|(?<=\\n))" : "\\A", 0, 0, Kind.ANCHOR);
            case '$' -> new Piece((flags & MULTILINE) != 0 ? "(?=\\n|\\z)" : "(?=\\n?\\z)", 0, 0, Kind.ANCHOR);
            case '(' -> group(depth, first);
            case '\\' -> escape();
            default -> literal(c);
        };
    }

    /**
     * At a '*', '+', '?' or '{': the repeat's bounds, or null for a '{' that does not start one
     * (then it is a literal, as sre_parse reads it).
     */
    private long[] repeatRange() {
        int c = src[at++];
        switch (c) {
            case '*':
                return new long[] {0, INFINITE};
            case '+':
                return new long[] {1, INFINITE};
            case '?':
                return new long[] {0, 1};
            default:
                break;
        }
        int here = at;
        if (peek() == '}') {
            return null;
        }
        String lo = digits();
        String hi;
        if (match(',')) {
            hi = digits();
        } else {
            hi = lo;
        }
        if (!match('}')) {
            at = here;
            return null;
        }
        long min = lo.isEmpty() ? 0 : count(lo);
        long max = hi.isEmpty() ? INFINITE : count(hi);
        if (max < min) {
            throw error("min repeat greater than max repeat", here);
        }
        return new long[] {min, max};
    }

    private long count(String digits) {
        if (digits.length() > 10 || Long.parseLong(digits) >= MAXREPEAT) {
            throw new CountTooLarge();
        }
        return Long.parseLong(digits);
    }

    private String digits() {
        StringBuilder s = new StringBuilder();
        while (at < src.length && src[at] >= '0' && src[at] <= '9') {
            s.append((char) src[at++]);
        }
        return s.toString();
    }

    private Piece repeat(Piece body, long min, long max, String suffix) {
        String quantifier;
        if (min == 0 && max == INFINITE) {
            quantifier = "*";
        } else if (min == 1 && max == INFINITE) {
            quantifier = "+";
        } else if (min == 0 && max == 1) {
            quantifier = "?";
        } else {
            // Java's counts are ints; past that no pattern could match anyway.
            long jmin = Math.min(min, Integer.MAX_VALUE - 1);
            quantifier = "{" + jmin + "," + (max == INFINITE ? "" : Math.min(max, Integer.MAX_VALUE - 1)) + "}";
        }
        String java = (body.kind == Kind.ATOM ? body.java : "(?:" + body.java + ")") + quantifier + suffix;
        return new Piece(java, mul(body.min, min), mul(body.max, max), Kind.REPEAT);
    }

    // ---------------------------------------------------------------- groups and extensions

    private Piece group(int depth, boolean first) {
        int start = at - 1;
        String prefix;
        int index = -1;
        String javaFlags = null;
        int saved = flags;
        boolean lookbehind = false;
        if (match('?')) {
            if (at >= src.length) {
                throw error("unexpected end of pattern", at);
            }
            int c = src[at++];
            switch (c) {
                case ':' -> prefix = "(?:";
                case 'P' -> {
                    if (match('<')) {
                        String name = groupName('>', "missing >, unterminated name");
                        index = openGroup(name, at - name.length() - 1);
                        prefix = "(";
                    } else if (match('=')) {
                        int nameAt = at;
                        String name = groupName(')', "missing ), unterminated name");
                        Integer ref = names.get(name);
                        if (ref == null) {
                            throw error("unknown group name '" + name + "'", nameAt);
                        }
                        return reference(ref, nameAt);
                    } else {
                        if (at >= src.length) {
                            throw error("unexpected end of pattern", at);
                        }
                        throw error("unknown extension ?P" + new String(src, at, 1), start + 1);
                    }
                }
                case '#' -> {
                    while (at < src.length && src[at] != ')') {
                        at++;
                    }
                    if (at >= src.length) {
                        throw error("missing ), unterminated comment", start);
                    }
                    at++;
                    return null;
                }
                case '=', '!' -> prefix = c == '=' ? "(?=" : "(?!";
                case '<' -> {
                    if (at >= src.length) {
                        throw error("unexpected end of pattern", at);
                    }
                    int d = src[at++];
                    if (d != '=' && d != '!') {
                        throw error("unknown extension ?<" + new String(src, at - 1, 1), start + 1);
                    }
                    prefix = d == '=' ? "(?<=" : "(?<!";
                    lookbehind = true;
                }
                case '>' -> prefix = "(?>";
                case '(' -> throw conditional();
                default -> {
                    if (!isFlag(c) && c != '-') {
                        throw error("unknown extension ?" + new String(src, at - 1, 1), start + 1);
                    }
                    at--;
                    javaFlags = inlineFlags(start, depth, first);
                    if (javaFlags == null) {
                        // Global flags: they apply from here on and take no place.
                        return null;
                    }
                    prefix = javaFlags;
                }
            }
        } else {
            index = openGroup(null, -1);
            prefix = "(";
        }
        int outerLookbehind = lookbehindGroups;
        if (lookbehind && lookbehindGroups < 0) {
            lookbehindGroups = groups;
        }
        Piece body = alternatives(depth + 1);
        lookbehindGroups = outerLookbehind;
        flags = saved;
        if (!match(')')) {
            throw error("missing ), unterminated subpattern", start);
        }
        if (index > 0) {
            open.remove(index);
            closed.add(index);
        }
        if (lookbehind && body.min != body.max) {
            throw error("look-behind requires fixed-width pattern", -1);
        }
        if (prefix.equals("(?:") && body.members != null) {
            return new Piece("[" + body.members + "]", 1, 1, Kind.ATOM, body.members);
        }
        boolean assertion = prefix.startsWith("(?=") || prefix.startsWith("(?!") || lookbehind;
        return new Piece(prefix + body.java + ")", assertion ? 0 : body.min, assertion ? 0 : body.max, Kind.OTHER);
    }

    /** After "(?(": the group it tests is checked as sre checks it, then the construct is refused. */
    private RuntimeException conditional() {
        int nameAt = at;
        while (at < src.length && src[at] != ')') {
            at++;
        }
        if (at >= src.length) {
            return error("missing ), unterminated name", nameAt);
        }
        String name = new String(src, nameAt, at - nameAt);
        if (name.isEmpty()) {
            return error("missing group name", nameAt);
        }
        if (name.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
            int group = name.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(name);
            if (group == 0 || group > groups) {
                return error("invalid group reference " + name, nameAt);
            }
        } else if (!names.containsKey(name)) {
            return error("unknown group name '" + name + "'", nameAt);
        }
        return new Unsupported("conditional patterns (?(group)yes|no) in re");
    }

    private int openGroup(String name, int nameAt) {
        groups++;
        if (name != null) {
            Integer was = names.get(name);
            if (was != null) {
                throw error("redefinition of group name '" + name + "' as group " + groups + "; was group " + was, nameAt);
            }
            names.put(name, groups);
        }
        open.add(groups);
        return groups;
    }

    /** Reads a group name up to {@code end}, with sre_parse's checks. */
    private String groupName(int end, String unterminated) {
        int nameAt = at;
        while (at < src.length && src[at] != end) {
            at++;
        }
        if (at >= src.length) {
            throw error(unterminated, nameAt);
        }
        String name = new String(src, nameAt, at - nameAt);
        at++;
        if (name.isEmpty()) {
            throw error("missing group name", nameAt);
        }
        if (!isIdentifier(name)) {
            throw error("bad character in group name '" + name + "'", nameAt);
        }
        return name;
    }

    private boolean isIdentifier(String name) {
        int first = name.codePointAt(0);
        if (!text && name.chars().anyMatch(ch -> ch > 127)) {
            return false;
        }
        if (!(first == '_' || Character.isUnicodeIdentifierStart(first))) {
            return false;
        }
        return name.codePoints().skip(1).allMatch(ch -> ch == '_' || Character.isUnicodeIdentifierPart(ch) && !Character.isIdentifierIgnorable(ch));
    }

    private Piece reference(int group, int errorAt) {
        if (open.contains(group)) {
            throw error("cannot refer to an open group", errorAt);
        }
        if (lookbehindGroups >= 0) {
            throw error(group > lookbehindGroups ? "cannot refer to group defined in the same lookbehind subpattern"
                    : "cannot refer to an open group", errorAt);
        }
        return new Piece("(?:\\" + group + ")", 0, INFINITE, Kind.OTHER);
    }

    private static boolean isFlag(int c) {
        return c == 'a' || c == 'i' || c == 'L' || c == 'm' || c == 's' || c == 'u' || c == 'x';
    }

    private static int flagBit(int c) {
        return switch (c) {
            case 'a' -> ASCII;
            case 'i' -> IGNORECASE;
            case 'L' -> LOCALE;
            case 'm' -> MULTILINE;
            case 's' -> DOTALL;
            case 'u' -> UNICODE;
            default -> VERBOSE;
        };
    }

    /**
     * After "(?": flags, then ')' (global: applied to the whole pattern, null returned) or
     * '-flags:' / ':' (scoped: the Java group's opening returned, this.flags set for its body).
     */
    private String inlineFlags(int start, int depth, boolean first) {
        int on = 0;
        int off = 0;
        while (at < src.length && isFlag(src[at])) {
            int c = src[at++];
            checkFlag(c, on | flags);
            on |= flagBit(c);
        }
        if (at >= src.length) {
            throw error("missing -, : or )", at);
        }
        if (src[at] == ')') {
            at++;
            if (depth > 0 || !first) {
                throw error("global flags not at the start of the expression", start);
            }
            if ((on & (ASCII | UNICODE)) == (ASCII | UNICODE) || (on & ASCII) != 0 && (flags & UNICODE) != 0) {
                throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
            }
            flags |= on;
            return null;
        }
        if (match('-')) {
            if (at >= src.length) {
                throw error("missing flag", at);
            }
            while (at < src.length && isFlag(src[at])) {
                int c = src[at++];
                if (c == 'a' || c == 'u' || c == 'L') {
                    throw error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", at);
                }
                off |= flagBit(c);
            }
            if (off == 0) {
                throw error("missing flag", at);
            }
            if ((on & off) != 0) {
                throw error("bad inline flags: flag turned on and off", at);
            }
        }
        if (at >= src.length) {
            throw error("missing :", at);
        }
        if (src[at] != ':') {
            throw error(off != 0 || src[at] == ')' ? "missing :" : "unknown flag", at);
        }
        at++;
        int before = flags;
        flags = (flags | on) & ~off;
        if ((on & ASCII) != 0) {
            flags &= ~UNICODE;
        }
        StringBuilder javaOn = new StringBuilder();
        StringBuilder javaOff = new StringBuilder();
        javaSwitch(before, flags, IGNORECASE, 'i', javaOn, javaOff);
        javaSwitch(before, flags, DOTALL, 's', javaOn, javaOff);
        if (text && (on & ASCII) != 0 && (before & ASCII) == 0) {
            javaOff.append('u');
        }
        if (text && (on & UNICODE) != 0) {
            javaOn.append('u');
        }
        if (javaOn.isEmpty() && javaOff.isEmpty()) {
            return "(?:";
        }
        return "(?" + javaOn + (javaOff.isEmpty() ? "" : "-" + javaOff) + ":";
    }

    private static void javaSwitch(int before, int after, int bit, char letter, StringBuilder on, StringBuilder off) {
        if ((before & bit) == 0 && (after & bit) != 0) {
            on.append(letter);
        } else if ((before & bit) != 0 && (after & bit) == 0) {
            off.append(letter);
        }
    }

    private void checkFlag(int c, int have) {
        if (!text && c == 'u') {
            throw error("bad inline flags: cannot use 'u' flag with a bytes pattern", at);
        }
        if (text && c == 'L') {
            throw error("bad inline flags: cannot use 'L' flag with a str pattern", at);
        }
        if ((c == 'a' && (have & (UNICODE | LOCALE)) != 0) || (c == 'u' && (have & (ASCII | LOCALE)) != 0)
                || (c == 'L' && (have & (ASCII | UNICODE)) != 0)) {
            throw error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", at);
        }
    }

    // ---------------------------------------------------------------- escapes

    /** After a backslash outside a class. */
    private Piece escape() {
        int start = at - 1;
        if (at >= src.length) {
            throw error("bad escape (end of pattern)", start);
        }
        int c = src[at++];
        switch (c) {
            case 'A':
                return new Piece("\\A", 0, 0, Kind.ANCHOR);
            case 'Z':
                return new Piece("\\z", 0, 0, Kind.ANCHOR);
            case 'b':
                return new Piece(boundary(true), 0, 0, Kind.ANCHOR);
            case 'B':
                return new Piece(boundary(false), 0, 0, Kind.ANCHOR);
            case 'd', 'D', 's', 'S', 'w', 'W':
                return new Piece(category(c, false), 1, 1, Kind.ATOM, category(c, true));
            default:
                break;
        }
        if (c >= '1' && c <= '9') {
            int first = c;
            if (at < src.length && isDigit(src[at])) {
                int second = src[at++];
                if (isOctal(first) && isOctal(second) && at < src.length && isOctal(src[at])) {
                    int third = src[at++];
                    int value = (first - '0') * 64 + (second - '0') * 8 + (third - '0');
                    if (value > 0377) {
                        throw error("octal escape value \\" + (char) first + (char) second + (char) third
                                + " outside of range 0-0o377", start);
                    }
                    return literal(value);
                }
                int group = (first - '0') * 10 + (second - '0');
                return groupReference(group, start);
            }
            return groupReference(first - '0', start);
        }
        return literal(escapedLiteral(c, start));
    }

    private Piece groupReference(int group, int start) {
        if (group <= groups) {
            return reference(group, start);
        }
        throw error("invalid group reference " + group, start + 1);
    }

    /**
     * The character an escape that is no class, anchor or reference stands for ({@code \n},
     * {@code \x41}, {@code \0}, {@code \.}…), {@code at} just past its letter.
     */
    private int escapedLiteral(int c, int start) {
        switch (c) {
            case 'a':
                return 7;
            case 'b':
                return 8;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case '\\':
                return '\\';
            case 'x':
                return hex(2, start, "x");
            case 'u':
                if (text) {
                    return hex(4, start, "u");
                }
                break;
            case 'U':
                if (text) {
                    int v = hex(8, start, "U");
                    if (v > 0x10FFFF) {
                        throw error("bad escape " + new String(src, start, at - start), start);
                    }
                    return v;
                }
                break;
            case 'N':
                if (text) {
                    return namedCharacter(start);
                }
                break;
            case '0': {
                int v = 0;
                for (int n = 0; n < 2 && at < src.length && isOctal(src[at]); n++) {
                    v = v * 8 + src[at++] - '0';
                }
                return v;
            }
            default:
                break;
        }
        if (isOctal(c)) {
            // Only inside a class: a digit starts an octal escape.
            int v = c - '0';
            for (int n = 0; n < 2 && at < src.length && isOctal(src[at]); n++) {
                v = v * 8 + src[at++] - '0';
            }
            if (v > 0377) {
                throw error("octal escape value " + new String(src, start, at - start) + " outside of range 0-0o377", start);
            }
            return v;
        }
        if (c < 128 && (Character.isLetter(c) || isDigit(c))) {
            throw error("bad escape \\" + (char) c, start);
        }
        return c;
    }

    private int hex(int digits, int start, String letter) {
        int v = 0;
        int n = 0;
        while (n < digits && at < src.length && Character.digit(src[at], 16) >= 0 && src[at] < 128) {
            v = v * 16 + Character.digit(src[at++], 16);
            n++;
        }
        if (n < digits) {
            throw error("incomplete escape " + new String(src, start, at - start), start);
        }
        return v;
    }

    private int namedCharacter(int start) {
        if (!match('{')) {
            throw error("missing {", at);
        }
        int nameAt = at;
        while (at < src.length && src[at] != '}') {
            at++;
        }
        if (at >= src.length || at == nameAt) {
            throw error("missing character name", nameAt);
        }
        String name = new String(src, nameAt, at - nameAt);
        at++;
        try {
            return Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            throw error("undefined character name '" + name + "'", start);
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isOctal(int c) {
        return c >= '0' && c <= '7';
    }

    // ---------------------------------------------------------------- character classes

    private Piece characterClass() {
        int start = at - 1;
        StringBuilder java = new StringBuilder("[");
        if (match('^')) {
            java.append('^');
        }
        boolean firstItem = true;
        while (true) {
            if (at >= src.length) {
                throw error("unterminated character set", start);
            }
            int c = src[at];
            if (c == ']' && !firstItem) {
                at++;
                break;
            }
            firstItem = false;
            int itemAt = at;
            at++;
            String category = null;
            int lo;
            if (c == '\\') {
                category = classEscape();
                lo = category == null ? lastLiteral : -1;
            } else {
                lo = c;
            }
            if (at + 1 < src.length && src[at] == '-' && src[at + 1] != ']') {
                at++;
                int hiAt = at;
                int d = src[at++];
                String hiCategory = null;
                int hi;
                if (d == '\\') {
                    hiCategory = classEscape();
                    hi = hiCategory == null ? lastLiteral : -1;
                } else {
                    hi = d;
                }
                if (category != null || hiCategory != null) {
                    throw error("bad character range " + new String(src, itemAt, at - itemAt), itemAt);
                }
                if (hi < lo) {
                    throw error("bad character range " + new String(src, itemAt, at - itemAt), itemAt);
                }
                java.append(classLiteral(lo)).append('-').append(classLiteral(hi));
                continue;
            }
            java.append(category != null ? category : classLiteral(lo));
        }
        java.append(']');
        return new Piece(java.toString(), 1, 1, Kind.ATOM, java.toString());
    }

    private int lastLiteral;

    /** After a backslash inside a class: a category's class text, or null with the literal in {@link #lastLiteral}. */
    private String classEscape() {
        int start = at - 1;
        if (at >= src.length) {
            throw error("unterminated character set", start);
        }
        int c = src[at++];
        if (c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W') {
            return category(c, true);
        }
        if (c >= '1' && c <= '9' && !isOctal(c)) {
            throw error("bad escape \\" + (char) c, start);
        }
        lastLiteral = escapedLiteral(c, start);
        return null;
    }

    /** \d \s \w and their negations as Python reads them under the flags in force, for inside a class or alone. */
    private String category(int c, boolean inClass) {
        boolean unicode = text && (flags & (ASCII | LOCALE)) == 0;
        String members = switch (Character.toLowerCase(c)) {
            case 'd' -> unicode ? "\\p{Nd}" : "0-9";
            case 's' -> unicode ? "\\t\\n\\x0B\\f\\r\\x1C-\\x20\\x{85}\\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}"
                    : "\\t\\n\\x0B\\f\\r\\x20";
            default -> unicode ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
        };
        if (Character.isUpperCase(c)) {
            return "[^" + members + "]";
        }
        return inClass ? members : "[" + members + "]";
    }

    private String boundary(boolean at) {
        String w = category('w', false);
        if (at) {
            return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))";
        }
        // 3.11's \B does not match in an empty string.
        return "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + ")(?!\\A\\z))";
    }

    // ---------------------------------------------------------------- literals and helpers

    private Piece literal(int c) {
        return new Piece(classLiteral(c), 1, 1, Kind.ATOM, classLiteral(c));
    }

    private static String classLiteral(int c) {
        if (c < 128 && Character.isLetterOrDigit(c)) {
            return String.valueOf((char) c);
        }
        return "\\x{" + Integer.toHexString(c) + "}";
    }

    private static boolean isVerboseSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    private int peek() {
        return at < src.length ? src[at] : -1;
    }

    private boolean match(int c) {
        if (at < src.length && src[at] == c) {
            at++;
            return true;
        }
        return false;
    }

    private static long add(long a, long b) {
        return Math.min(a + b, INFINITE);
    }

    private static long mul(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a >= INFINITE / b ? INFINITE : a * b;
    }

    private PatternError error(String msg, int pos) {
        return new PatternError(msg, pos);
    }
}
