package org.enchufe.lang;

/**
 * A decoded string literal. For f-strings {@code text} is the raw body between the quotes (the
 * parser splits it into literal parts and expressions); otherwise it is the decoded value.
 *
 * @param bodyLine the line where the body starts, and bodyCol its column, for f-string positions
 */
public record StringLiteral(Kind kind, String text, byte[] bytes, boolean raw, int bodyLine, int bodyCol) {

    public enum Kind { STR, BYTES, FSTRING }
}
