package org.enchufe.lang;

/**
 * One lexical token. {@code text} is the source text, except for strings, where {@code value}
 * holds the decoded literal ({@link StringLiteral}).
 *
 * @param line      1-based line of the first character
 * @param col       0-based column of the first character
 * @param endLine   line of the character after the token
 * @param endCol    column of the character after the token
 */
public record Token(TokenType type, String text, Object value, int line, int col, int endLine, int endCol) {

    public boolean is(TokenType type, String text) {
        return this.type == type && this.text.equals(text);
    }

    public boolean isOp(String op) {
        return type == TokenType.OP && text.equals(op);
    }

    public boolean isKeyword(String keyword) {
        return type == TokenType.KEYWORD && text.equals(keyword);
    }
}
