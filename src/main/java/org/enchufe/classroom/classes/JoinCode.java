package org.enchufe.classroom.classes;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Join codes: 8 characters from 31 that cannot be mistaken for one another (no 0/O, 1/I/L), shown
 * as {@code ABCD-EFGH}. 31⁸ ≈ 8.5 × 10¹¹ codes; with wrong codes rate-limited per client address,
 * guessing one is hopeless, while a student types it from the projector in seconds.
 */
public final class JoinCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCode() {
    }

    static String fresh() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed or linked ({@code abcd efgh}, {@code ABCD-EFGH}) in its stored form, if it can be one. */
    public static Optional<String> normalized(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    static String displayed(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }
}
