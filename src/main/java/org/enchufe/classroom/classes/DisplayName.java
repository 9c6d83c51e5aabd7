package org.enchufe.classroom.classes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A student's display name as they type it: spaces trimmed and collapsed, 2 to 40 characters of
 * letters (any alphabet, with accents), digits, spaces and {@code . ' - _}, with at least one
 * letter. Two names are the same in a class when they differ only in case or accents
 * ({@link #key}): "María" and "maria" would be one person on the instructor's screen.
 */
public sealed interface DisplayName {

    int MIN = 2;
    int MAX = 40;

    /** An acceptable name, and its comparison key. */
    record Valid(String name, String key) implements DisplayName {
    }

    /** Not acceptable: {@code problem} is the message key saying why. */
    record Invalid(String problem) implements DisplayName {
    }

    static DisplayName of(String typed) {
        String name = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        if (name.codePointCount(0, name.length()) < MIN) {
            return new Invalid("join.name.short");
        }
        if (name.codePointCount(0, name.length()) > MAX) {
            return new Invalid("join.name.long");
        }
        if (!name.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == ' ' || ".'-_’".indexOf(c) >= 0)) {
            return new Invalid("join.name.characters");
        }
        if (name.codePoints().noneMatch(Character::isLetter)) {
            return new Invalid("join.name.letter");
        }
        return new Valid(name, key(name));
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
