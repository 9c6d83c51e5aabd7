package org.enchufe.lessons;

/** A text a student or an instructor reads, in Spanish and in English. */
public record Text(String es, String en) {

    /** The text in {@code language} ("es" or "en"); Spanish for any other. */
    public String in(String language) {
        return "en".equals(language) ? en : es;
    }

    public static Text of(String es, String en) {
        return new Text(es, en);
    }
}
