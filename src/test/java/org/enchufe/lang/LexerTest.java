package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<TokenType> types(String source) {
        return Lexer.tokenize(source).stream().map(Token::type).toList();
    }

    @Test
    void indentationBecomesIndentAndDedentTokens() {
        assertThat(types("if x:\n    y\nz\n")).containsExactly(TokenType.KEYWORD, TokenType.NAME, TokenType.OP,
                TokenType.NEWLINE, TokenType.INDENT, TokenType.NAME, TokenType.NEWLINE, TokenType.DEDENT, TokenType.NAME,
                TokenType.NEWLINE, TokenType.ENDMARKER);
    }

    @Test
    void newlinesInsideBracketsAndAfterBackslashesJoinLines() {
        assertThat(types("x = (1,\n  2)\ny = 1 + \\\n 2\n").stream().filter(t -> t == TokenType.NEWLINE).count()).isEqualTo(2);
    }

    @Test
    void numbersInEveryBase() {
        List<Token> tokens = Lexer.tokenize("0x1F 0o17 0b101 1_000 2.5 1e3 .5");
        assertThat(tokens.subList(0, 7)).extracting(Token::value).containsExactly(BigInteger.valueOf(31), BigInteger.valueOf(15),
                BigInteger.valueOf(5), BigInteger.valueOf(1000), 2.5, 1000.0, 0.5);
    }

    @Test
    void stringEscapesAndPrefixes() {
        List<Token> tokens = Lexer.tokenize("'a\\tb' r'a\\tb' b'\\x41' \"\"\"tri\nple\"\"\" '\\N{LATIN SMALL LETTER N WITH TILDE}'");
        assertThat(((StringLiteral) tokens.get(0).value()).text()).isEqualTo("a\tb");
        assertThat(((StringLiteral) tokens.get(1).value()).text()).isEqualTo("a\\tb");
        assertThat(((StringLiteral) tokens.get(2).value()).bytes()).containsExactly(0x41);
        assertThat(((StringLiteral) tokens.get(3).value()).text()).isEqualTo("tri\nple");
        assertThat(((StringLiteral) tokens.get(4).value()).text()).isEqualTo("ñ");
    }

    @Test
    void mistakesAreTheSyntaxErrorsCPythonReports() {
        assertThatThrownBy(() -> Lexer.tokenize("x = \"abc\n")).hasMessage("unterminated string literal (detected at line 1)");
        assertThatThrownBy(() -> Lexer.tokenize("print((1, 2)\n")).hasMessage("'(' was never closed");
        assertThatThrownBy(() -> Lexer.tokenize("x = )\n")).hasMessage("unmatched ')'");
        assertThatThrownBy(() -> Lexer.tokenize("012\n")).hasMessageStartingWith("leading zeros");
        assertThatThrownBy(() -> Lexer.tokenize("if 1:\n  x\n y\n")).hasMessage("unindent does not match any outer indentation level");
        assertThatThrownBy(() -> Lexer.tokenize("if 1:\n\tx\n        y\n")).hasMessage("inconsistent use of tabs and spaces in indentation");
    }
}
