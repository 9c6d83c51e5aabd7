package org.enchufe.lang.modules.re;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.lang.vm.Interpreter;

/**
 * A pattern translated and compiled by java.util.regex, with the search loop Python's {@code
 * sre} runs: {@code pos} and {@code endpos} (the text ends at endpos for every assertion, while
 * lookbehinds and {@code \b} still see what is before pos, and {@code ^} matches only at 0), and
 * the rule for what follows an empty match — the next match may start at the same place only if
 * it is not empty there. Immutable: shared by every sandbox through {@link #CACHE}.
 */
record Compiled(Translator.Translation translation, Pattern pattern, Pattern nonEmpty) {

    /** Patterns compiled before, by kind, flags and text; emptied when it reaches 512 (as CPython's _MAXCACHE). */
    private static final Map<Key, Compiled> CACHE = new ConcurrentHashMap<>();

    private record Key(boolean text, int flags, String source) {
    }

    static Compiled of(int[] source, boolean text, int flags) {
        Key key = source.length <= 1000 ? new Key(text, flags, new String(source, 0, source.length)) : null;
        Compiled cached = key == null ? null : CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        Translator.Translation t = Translator.translate(source, text, flags);
        Pattern p = Pattern.compile(t.java(), t.javaFlags());
        // (?!\G) after the pattern: fails where the match would end where it started (Matcher's \G is the region's start).
        Pattern nonEmpty = Pattern.compile("(?:" + t.java() + ")(?!\\G)", t.javaFlags());
        Compiled c = new Compiled(t, p, nonEmpty);
        if (key != null) {
            if (CACHE.size() >= 512) {
                CACHE.clear();
            }
            CACHE.put(key, c);
        }
        return c;
    }

    static void purge() {
        CACHE.clear();
    }

    /** How a match must sit in the text: anywhere from pos, starting at pos, or spanning pos to endpos. */
    enum Anchor { SEARCH, MATCH, FULL }

    /**
     * One match attempt over {@code subject} between Java indices {@code from} and {@code to},
     * or null. With {@code notEmptyAtStart}, a match may start at {@code from} only if it is not
     * empty; the search then goes on from {@code from + 1} as usual.
     */
    Matcher find(Interpreter in, Subject subject, int from, int to, Anchor anchor, boolean notEmptyAtStart) {
        ChargedText text = new ChargedText(subject.java(), to, in);
        if (notEmptyAtStart) {
            Matcher m = matcher(nonEmpty, text, from, to);
            if (m.lookingAt()) {
                return m;
            }
            if (anchor != Anchor.SEARCH || from >= to) {
                return null;
            }
            from = subject.java().offsetByCodePoints(from, 1);
        }
        Matcher m = matcher(pattern, text, from, to);
        boolean found = switch (anchor) {
            case SEARCH -> m.find();
            case MATCH -> m.lookingAt();
            case FULL -> m.matches();
        };
        return found ? m : null;
    }

    private static Matcher matcher(Pattern p, ChargedText text, int from, int to) {
        Matcher m = p.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(from, to);
        return m;
    }
}
