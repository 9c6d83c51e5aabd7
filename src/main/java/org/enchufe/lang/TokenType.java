package org.enchufe.lang;

/** The kinds of token Python's tokenizer produces, as far as the subset needs them. */
public enum TokenType {
    NAME, KEYWORD, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER
}
