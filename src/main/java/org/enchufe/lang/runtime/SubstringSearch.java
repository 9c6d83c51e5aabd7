package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * Where a substring occurs in a str, bytes or bytearray — for {@code in}, find, index, count,
 * replace, split, partition and their right-hand twins — in time linear in the text, as CPython's
 * {@code fastsearch.h} does. Java's {@code String.indexOf} compares the needle at every position
 * (n·m: 79 s for a needle of 100 000 characters in 2 000 000 'a's), so it is used only where that
 * is bounded — one-character needles (a plain scan), texts of up to {@value #SHORT_TEXT}
 * characters — and its vector code is the fastest there is; otherwise the two-way algorithm
 * (Crochemore and Perrin, 1991) compares at most 2n characters with no memory beyond the two
 * strings. Either way the work is charged to the budget as it goes ({@link Interpreter#work}),
 * so a long search is limited, throttled and stoppable.
 */
public final class SubstringSearch {

    /** Texts up to this long are searched by String.indexOf: at most this many times the needle's length in comparisons. */
    static final int SHORT_TEXT = 4096;
    /** Characters searched between two charges of the work done. */
    private static final int WINDOW = 1 << 16;

    private SubstringSearch() {
    }

    // ---------------------------------------------------------------- str

    /** The first {@code needle} in {@code hay[from, to)}, or -1. */
    public static int indexOf(Interpreter in, String hay, String needle, int from, int to) {
        int m = needle.length();
        from = Math.max(from, 0);
        to = Math.min(to, hay.length());
        if (m == 0) {
            return from <= to ? from : -1;
        }
        if (m == 1) {
            // One character: a linear vector scan, a window at a time.
            char c = needle.charAt(0);
            for (int start = from; start < to; start += WINDOW) {
                int end = (int) Math.min(to, (long) start + WINDOW);
                int at = hay.indexOf(c, start, end);
                charge(in, end - start);
                if (at >= 0) {
                    return at;
                }
            }
            return -1;
        }
        if (to - from < m) {
            // No room for the needle (a reversed range included): String.indexOf would throw on it.
            return -1;
        }
        if (to - from <= SHORT_TEXT) {
            // At most SHORT_TEXT × m comparisons: String.indexOf's vector code, worst case charged.
            int at = hay.indexOf(needle, from, to);
            in = chargeSearched(in, (long) (to - from) * m);
            return at;
        }
        return twoWay(in, new StrText(hay), new StrText(needle), from, to);
    }

    /** The last {@code needle} in {@code hay[from, to)}, or -1. */
    public static int lastIndexOf(Interpreter in, String hay, String needle, int from, int to) {
        int m = needle.length();
        from = Math.max(from, 0);
        to = Math.min(to, hay.length());
        if (m == 0) {
            return from <= to ? to : -1;
        }
        if (to - from < m) {
            return -1;
        }
        if (m == 1) {
            // One character: a linear scan already.
            int at = hay.lastIndexOf(needle.charAt(0), to - 1);
            charge(in, to - Math.max(at, from));
            return at >= from ? at : -1;
        }
        int at = twoWay(in, new Reversed(new StrText(hay)), new Reversed(new StrText(needle)),
                hay.length() - to, hay.length() - from);
        return at < 0 ? -1 : hay.length() - at - m;
    }

    // ---------------------------------------------------------------- bytes

    /** The first {@code needle} in {@code hay[from, to)} (to at most the bytes' size), or -1. */
    public static int indexOf(Interpreter in, byte[] hay, int to, byte[] needle, int from) {
        int m = needle.length;
        from = Math.max(from, 0);
        if (m == 0) {
            return from <= to ? from : -1;
        }
        if (m > 1 && to - from > SHORT_TEXT) {
            return twoWay(in, new BytesText(hay), new BytesText(needle), from, to);
        }
        // One byte (a linear scan), or a short text (at most SHORT_TEXT × m comparisons).
        byte first = needle[0];
        long scanned = 0;
        outer:
        for (int i = from; i <= to - m; i++) {
            if ((++scanned & (WINDOW - 1)) == 0) {
                charge(in, WINDOW);
            }
            if (hay[i] != first) {
                continue;
            }
            for (int j = 1; j < m; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            chargeSearched(in, scanned * m);
            return i;
        }
        chargeSearched(in, scanned * m);
        return -1;
    }

    /** The last {@code needle} in {@code hay[from, to)}, or -1. */
    public static int lastIndexOf(Interpreter in, byte[] hay, int to, byte[] needle, int from) {
        int m = needle.length;
        from = Math.max(from, 0);
        if (m == 0) {
            return from <= to ? to : -1;
        }
        int at = twoWay(in, new Reversed(new BytesText(hay, to)), new Reversed(new BytesText(needle)), 0, to - from);
        return at < 0 ? -1 : to - at - m;
    }

    // ---------------------------------------------------------------- two-way

    /** A string of characters or bytes as the two-way search reads it. */
    private interface Text {
        int length();

        int at(int i);
    }

    private record StrText(String s) implements Text {
        public int length() {
            return s.length();
        }

        public int at(int i) {
            return s.charAt(i);
        }
    }

    private record BytesText(byte[] b, int size) implements Text {
        BytesText(byte[] b) {
            this(b, b.length);
        }

        public int length() {
            return size;
        }

        public int at(int i) {
            return b[i];
        }
    }

    /** A text read from its end: a search for the last occurrence is a search for the first in it. */
    private record Reversed(Text t) implements Text {
        public int length() {
            return t.length();
        }

        public int at(int i) {
            return t.at(t.length() - 1 - i);
        }
    }

    /**
     * The first occurrence of {@code x} in {@code y[from, to)}, or -1, by the two-way algorithm
     * (as Charras and Lecroq give it): the needle is cut at a critical factorisation x = u·v,
     * v is matched left to right, then u right to left; a mismatch shifts by as much as was
     * matched, or by the period, so no character of the text is compared more than twice.
     */
    private static int twoWay(Interpreter in, Text y, Text x, int from, int to) {
        int m = x.length();
        if (to - from < m) {
            return -1;
        }
        int[] p = new int[1];
        int[] q = new int[1];
        int i = maximalSuffix(x, m, p, false);
        int j = maximalSuffix(x, m, q, true);
        int ell;
        int per;
        if (i > j) {
            ell = i;
            per = p[0];
        } else {
            ell = j;
            per = q[0];
        }
        chargeSearched(in, 2L * m);
        int n = to;
        long compared = 0;
        if (per + ell + 1 <= m && samePrefix(x, per, ell + 1)) {
            // The needle is periodic: remember how much of the period the last shift kept matched.
            int pos = from;
            int memory = -1;
            while (pos <= n - m) {
                i = Math.max(ell, memory) + 1;
                while (i < m && x.at(i) == y.at(i + pos)) {
                    i++;
                }
                compared += i;
                if (i >= m) {
                    i = ell;
                    while (i > memory && x.at(i) == y.at(i + pos)) {
                        i--;
                    }
                    if (i <= memory) {
                        chargeSearched(in, compared);
                        return pos;
                    }
                    pos += per;
                    memory = m - per - 1;
                } else {
                    pos += i - ell;
                    memory = -1;
                }
                if (compared > WINDOW) {
                    chargeSearched(in, compared);
                    compared = 0;
                }
            }
        } else {
            per = Math.max(ell + 1, m - ell - 1) + 1;
            int pos = from;
            while (pos <= n - m) {
                i = ell + 1;
                while (i < m && x.at(i) == y.at(i + pos)) {
                    i++;
                }
                compared += i - ell;
                if (i >= m) {
                    i = ell;
                    while (i >= 0 && x.at(i) == y.at(i + pos)) {
                        i--;
                    }
                    compared += ell - i;
                    if (i < 0) {
                        chargeSearched(in, compared);
                        return pos;
                    }
                    pos += per;
                } else {
                    pos += i - ell;
                }
                if (compared > WINDOW) {
                    chargeSearched(in, compared);
                    compared = 0;
                }
            }
        }
        chargeSearched(in, compared);
        return -1;
    }

    /** Start (minus one) of the maximal suffix of x for the order of characters, or its reverse; its period in {@code period[0]}. */
    private static int maximalSuffix(Text x, int m, int[] period, boolean reverse) {
        int ms = -1;
        int j = 0;
        int k = 1;
        int p = 1;
        while (j + k < m) {
            int a = x.at(j + k);
            int b = x.at(ms + k);
            if (reverse ? a > b : a < b) {
                j += k;
                k = 1;
                p = j - ms;
            } else if (a == b) {
                if (k != p) {
                    k++;
                } else {
                    j += p;
                    k = 1;
                }
            } else {
                ms = j;
                j = ms + 1;
                k = 1;
                p = 1;
            }
        }
        period[0] = p;
        return ms;
    }

    private static boolean samePrefix(Text x, int shift, int length) {
        for (int i = 0; i < length; i++) {
            if (x.at(i) != x.at(i + shift)) {
                return false;
            }
        }
        return true;
    }

    /** Characters scanned by vector code. */
    private static void charge(Interpreter in, long chars) {
        if (in != null) {
            in.work(Cost.chars(chars));
        }
    }

    /** Characters compared one by one. */
    private static Interpreter chargeSearched(Interpreter in, long compared) {
        if (in != null) {
            in.work(Cost.searched(compared));
        }
        return in;
    }
}
