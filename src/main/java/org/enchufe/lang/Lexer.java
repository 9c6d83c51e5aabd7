package org.enchufe.lang;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Python 3's tokenizer: indentation into INDENT/DEDENT, implicit joining inside brackets and
 * explicit joining with a backslash, every string and bytes literal form, and numbers. Errors
 * are the SyntaxErrors CPython 3.11 reports, at the same positions.
 */
public final class Lexer {

    static final Set<String> KEYWORDS = Set.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield");

    private static final String[] OPERATORS = {
            "**=", "//=", ">>=", "<<=", "...", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//",
            "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|=",
            "%", "&", "(", ")", "*", "+", ",", "-", ".", "/", ":", ";", "<", "=", ">", "@", "[",
            "]", "^", "{", "|", "}", "~"};

    private static final int TAB_SIZE = 8;
    /** CPython's tokenizer limits (MAXLEVEL, MAXINDENT): past them the source is refused, not parsed. */
    static final int MAX_BRACKETS = 200;
    static final int MAX_INDENTS = 100;

    /** An imaginary literal: lexed so the compiler can say complex numbers are not supported. */
    public record Imaginary(String text) {
    }

    private final String src;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<int[]> indents = new ArrayDeque<>();   // {column, column with tabs as 1}
    private final Deque<Token> brackets = new ArrayDeque<>();
    private int pos;
    private int line = 1;
    private int lineStart;

    private Lexer(String source) {
        // Line endings are normalised first, as CPython's reader does.
        this.src = source.replace("\r\n", "\n").replace('\r', '\n');
        indents.push(new int[] {0, 0});
    }

    public static List<Token> tokenize(String source) {
        Lexer lexer = new Lexer(source);
        lexer.scanAll();
        return lexer.tokens;
    }

    private void scanAll() {
        if (src.startsWith("\uFEFF")) {
            pos = 1;
            lineStart = 1;
        }
        boolean atLineStart = true;
        while (true) {
            if (atLineStart && brackets.isEmpty()) {
                if (!indentation()) {
                    break;
                }
                atLineStart = false;
            }
            if (isAtEnd()) {
                break;
            }
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                skipComment();
            } else if (c == '\\') {
                continuation();
            } else if (c == '\n') {
                pos++;
                if (brackets.isEmpty()) {
                    add(TokenType.NEWLINE, "\n", null, line, pos - 1 - lineStart, line, pos - lineStart);
                    atLineStart = true;
                }
                newLine();
            } else {
                token();
            }
        }
        finish();
    }

    // We are at the first character of a logical line: measure its indentation and emit
    // INDENT/DEDENT. Blank and comment-only lines are skipped. Returns false at the end of input.
    private boolean indentation() {
        while (true) {
            int col = 0;
            int altCol = 0;
            while (!isAtEnd()) {
                char c = peek();
                if (c == ' ') {
                    col++;
                    altCol++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altCol++;
                } else if (c == '\f') {
                    col = 0;
                    altCol = 0;
                } else {
                    break;
                }
                pos++;
            }
            if (isAtEnd()) {
                return false;
            }
            char c = peek();
            if (c == '#') {
                skipComment();
                continue;
            }
            if (c == '\n') {
                pos++;
                newLine();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
                // A backslash continuation on an otherwise blank line joins with the next one.
                pos += 2;
                newLine();
                continue;
            }
            adjustIndentation(col, altCol);
            return true;
        }
    }

    private void adjustIndentation(int col, int altCol) {
        int[] top = indents.peek();
        if (col == top[0]) {
            if (altCol != top[1]) {
                throw tabError();
            }
        } else if (col > top[0]) {
            if (altCol <= top[1]) {
                throw tabError();
            }
            if (indents.size() >= MAX_INDENTS) {
                // CPython names the line and draws no caret.
                throw new PySyntaxError("IndentationError", "too many levels of indentation", line, 0, 0);
            }
            indents.push(new int[] {col, altCol});
            add(TokenType.INDENT, "", null, line, 0, line, col);
        } else {
            while (indents.size() > 1 && col < indents.peek()[0]) {
                indents.pop();
                add(TokenType.DEDENT, "", null, line, col, line, col);
            }
            if (col != indents.peek()[0]) {
                // CPython points just past the end of the offending line.
                throw new PySyntaxError("IndentationError", "unindent does not match any outer indentation level",
                        line, lineLength() + 1, 0);
            }
            if (altCol != indents.peek()[1]) {
                throw tabError();
            }
        }
    }

    private PySyntaxError tabError() {
        // CPython reports no column for a TabError, so no caret is drawn.
        return new PySyntaxError("TabError", "inconsistent use of tabs and spaces in indentation", line, 0, 0);
    }

    private void finish() {
        if (!brackets.isEmpty()) {
            // CPython names the innermost bracket still open.
            Token open = brackets.peek();
            throw new PySyntaxError("'" + open.text() + "' was never closed", open.line(), open.col() + 1);
        }
        if (!tokens.isEmpty() && tokens.getLast().type() != TokenType.NEWLINE
                && tokens.getLast().type() != TokenType.DEDENT) {
            add(TokenType.NEWLINE, "", null, line, pos - lineStart, line, pos - lineStart + 1);
        }
        // CPython puts the end of the file on its last line, at no column: an error found there
        // names that line and draws no caret.
        int last = lastLine();
        while (indents.size() > 1) {
            indents.pop();
            add(TokenType.DEDENT, "", null, last, -1, last, -1);
        }
        add(TokenType.ENDMARKER, "", null, last, -1, last, -1);
    }

    /** The number of the file's last line (a final newline does not begin another). */
    private int lastLine() {
        return line > 1 && !src.isEmpty() && src.charAt(src.length() - 1) == '\n' ? line - 1 : line;
    }

    private int lineLength() {
        int end = src.indexOf('\n', lineStart);
        return (end < 0 ? src.length() : end) - lineStart;
    }

    private void skipComment() {
        while (!isAtEnd() && peek() != '\n') {
            pos++;
        }
    }

    private void continuation() {
        if (pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos += 2;
            newLine();
            if (isAtEnd()) {
                throw new PySyntaxError("unexpected EOF while parsing", line, 0);
            }
            return;
        }
        pos++;
        throw new PySyntaxError("unexpected character after line continuation character", line, pos - lineStart + 1);
    }

    private void token() {
        int start = pos;
        int startCol = pos - lineStart;
        char c = peek();
        if (isIdentifierStart(c)) {
            String prefix = stringPrefix();
            if (prefix != null) {
                string(prefix, start);
                return;
            }
            while (!isAtEnd() && isIdentifierPart(peek())) {
                pos += Character.charCount(src.codePointAt(pos));
            }
            String name = src.substring(start, pos);
            add(KEYWORDS.contains(name) ? TokenType.KEYWORD : TokenType.NAME, name, null, line, startCol, line, pos - lineStart);
            return;
        }
        if (c == '\'' || c == '"') {
            string("", start);
            return;
        }
        if (isDigit(c) || (c == '.' && pos + 1 < src.length() && isDigit(src.charAt(pos + 1)))) {
            number();
            return;
        }
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                Token token = add(TokenType.OP, op, null, line, startCol, line, pos - lineStart);
                trackBracket(token);
                return;
            }
        }
        int cp = src.codePointAt(pos);
        if (cp == '!' || cp == '$' || cp == '?' || cp == '`') {
            throw new PySyntaxError("invalid syntax", line, startCol + 1);
        }
        throw new PySyntaxError(String.format("invalid character '%s' (U+%04X)", Character.toString(cp), cp),
                line, startCol + 1);
    }

    private void trackBracket(Token token) {
        switch (token.text()) {
            case "(", "[", "{" -> {
                if (brackets.size() >= MAX_BRACKETS) {
                    throw new PySyntaxError("too many nested parentheses", token.line(), token.col() + 1);
                }
                brackets.push(token);
            }
            case ")", "]", "}" -> {
                if (brackets.isEmpty()) {
                    throw new PySyntaxError("unmatched '" + token.text() + "'", token.line(), token.col() + 1);
                }
                Token open = brackets.pop();
                String expected = switch (open.text()) {
                    case "(" -> ")";
                    case "[" -> "]";
                    default -> "}";
                };
                if (!expected.equals(token.text())) {
                    String message = "closing parenthesis '" + token.text() + "' does not match opening parenthesis '"
                            + open.text() + "'" + (open.line() != token.line() ? " on line " + open.line() : "");
                    throw new PySyntaxError(message, token.line(), token.col() + 1);
                }
            }
            default -> {
            }
        }
    }

    // Letters right before a quote may be a string prefix (r, b, f, u and their pairs).
    private String stringPrefix() {
        int end = pos;
        while (end < src.length() && end - pos < 3 && Character.isLetter(src.charAt(end))) {
            end++;
        }
        if (end >= src.length() || (src.charAt(end) != '\'' && src.charAt(end) != '"')) {
            return null;
        }
        String prefix = src.substring(pos, end).toLowerCase();
        return switch (prefix) {
            case "r", "u", "b", "br", "rb", "f", "fr", "rf" -> {
                pos = end;
                yield prefix;
            }
            default -> null;
        };
    }

    private void string(String prefix, int start) {
        int startLine = line;
        int startCol = start - lineStart;
        char quote = peek();
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        int quoteLength = triple ? 3 : 1;
        pos += quoteLength;
        int bodyStart = pos;
        int bodyLine = line;
        int bodyCol = pos - lineStart;
        while (true) {
            if (isAtEnd()) {
                if (triple) {
                    throw new PySyntaxError("unterminated triple-quoted string literal (detected at line " + lastLine() + ")",
                            startLine, startCol + 1);
                }
                throw new PySyntaxError("unterminated string literal (detected at line " + line + ")", startLine, startCol + 1);
            }
            char c = peek();
            if (c == '\\') {
                pos++;
                if (!isAtEnd()) {
                    if (peek() == '\n') {
                        newLineAt(pos + 1);
                    }
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw new PySyntaxError("unterminated string literal (detected at line " + line + ")", startLine, startCol + 1);
                }
                pos++;
                newLine();
                continue;
            }
            if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
                break;
            }
            pos++;
        }
        String body = src.substring(bodyStart, pos);
        pos += quoteLength;
        boolean raw = prefix.contains("r");
        StringLiteral literal;
        if (prefix.contains("f")) {
            literal = new StringLiteral(StringLiteral.Kind.FSTRING, body, null, raw, bodyLine, bodyCol);
        } else if (prefix.contains("b")) {
            for (int i = 0; i < body.length(); i++) {
                if (body.charAt(i) > 127) {
                    int tokenBytes = src.substring(start, pos).getBytes(
                            java.nio.charset.StandardCharsets.UTF_8).length;
                    throw new PySyntaxError("SyntaxError", "bytes can only contain ASCII literal characters", startLine,
                            startCol + 1, startCol + 1 + tokenBytes);
                }
            }
            literal = new StringLiteral(StringLiteral.Kind.BYTES, null, raw ? latin1(body) : decodeBytes(body), raw, bodyLine, bodyCol);
        } else {
            literal = new StringLiteral(StringLiteral.Kind.STR, raw ? body : decodeStr(body, startLine, startCol), null, raw,
                    bodyLine, bodyCol);
        }
        add(TokenType.STRING, src.substring(start, pos), literal, startLine, startCol, line, pos - lineStart);
    }

    private static byte[] latin1(String body) {
        byte[] bytes = new byte[body.length()];
        for (int i = 0; i < body.length(); i++) {
            bytes[i] = (byte) body.charAt(i);
        }
        return bytes;
    }

    /** Decodes the escapes of a non-raw str literal body. */
    public static String decodeStr(String body, int line, int col) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    out.appendCodePoint(value);
                }
                case 'x' -> i = hexEscape(body, i, 2, out, line, col, "\\xXX");
                case 'u' -> i = hexEscape(body, i, 4, out, line, col, "\\uXXXX");
                case 'U' -> i = hexEscape(body, i, 8, out, line, col, "\\UXXXXXXXX");
                case 'N' -> i = namedEscape(body, i, out, line, col);
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private static int hexEscape(String body, int i, int digits, StringBuilder out, int line, int col, String form) {
        if (i + digits > body.length() || !isHex(body.substring(i, i + digits))) {
            int startIndex = i - 2;
            int endIndex = i;
            while (endIndex < body.length() && endIndex - i < digits && Character.digit(body.charAt(endIndex), 16) >= 0) {
                endIndex++;
            }
            throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + startIndex
                    + "-" + (endIndex - 1) + ": truncated " + form + " escape", line, col + 1);
        }
        int cp = (int) Long.parseLong(body.substring(i, i + digits), 16);
        if (cp > 0x10FFFF) {
            throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2)
                    + "-" + (i + digits - 1) + ": illegal Unicode character", line, col + 1);
        }
        out.appendCodePoint(cp);
        return i + digits;
    }

    private static int namedEscape(String body, int i, StringBuilder out, int line, int col) {
        int close = body.indexOf('}', i);
        if (i >= body.length() || body.charAt(i) != '{' || close < 0) {
            throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2)
                    + "-" + (i - 1) + ": malformed \\N character escape", line, col + 1);
        }
        String name = body.substring(i + 1, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException unknown) {
            throw new PySyntaxError("(unicode error) 'unicodeescape' codec can't decode bytes in position " + (i - 2)
                    + "-" + close + ": unknown Unicode character name", line, col + 1);
        }
        out.appendCodePoint(cp);
        return close + 1;
    }

    private static boolean isHex(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] decodeBytes(String body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i++);
            if (c != '\\' || i >= body.length()) {
                out.write(c);
                continue;
            }
            char e = body.charAt(i++);
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.write('\\');
                case '\'' -> out.write('\'');
                case '"' -> out.write('"');
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write('\n');
                case 'r' -> out.write('\r');
                case 't' -> out.write('\t');
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = e - '0';
                    for (int k = 0; k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7'; k++) {
                        value = value * 8 + (body.charAt(i++) - '0');
                    }
                    out.write(value & 0xFF);
                }
                case 'x' -> {
                    if (i + 2 > body.length() || !isHex(body.substring(i, i + 2))) {
                        throw new PySyntaxError("(value error) invalid \\x escape at position " + (i - 2), 0, 0);
                    }
                    out.write(Integer.parseInt(body.substring(i, i + 2), 16));
                    i += 2;
                }
                default -> {
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return out.toByteArray();
    }

    private void number() {
        int start = pos;
        int startCol = pos - lineStart;
        boolean isFloat = false;
        if (peek() == '0' && pos + 1 < src.length() && "xXoObB".indexOf(src.charAt(pos + 1)) >= 0) {
            char base = Character.toLowerCase(src.charAt(pos + 1));
            pos += 2;
            int radix = base == 'x' ? 16 : base == 'o' ? 8 : 2;
            digits(radix, true);
            String text = src.substring(start, pos);
            checkNumberEnd(startCol, radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary");
            add(TokenType.NUMBER, text, new java.math.BigInteger(text.substring(2).replace("_", ""), radix),
                    line, startCol, line, pos - lineStart);
            return;
        }
        digits(10, false);
        if (!isAtEnd() && peek() == '.') {
            pos++;
            isFloat = true;
            digits(10, false);
        }
        if (!isAtEnd() && (peek() == 'e' || peek() == 'E')) {
            int save = pos;
            pos++;
            if (!isAtEnd() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (!isAtEnd() && isDigit(peek())) {
                digits(10, false);
                isFloat = true;
            } else {
                pos = save;
            }
        }
        String text = src.substring(start, pos);
        if (!isAtEnd() && (peek() == 'j' || peek() == 'J')) {
            pos++;
            add(TokenType.NUMBER, src.substring(start, pos), new Imaginary(src.substring(start, pos)), line, startCol, line,
                    pos - lineStart);
            return;
        }
        checkNumberEnd(startCol, "decimal");
        String clean = text.replace("_", "");
        Object value;
        if (isFloat) {
            value = Double.parseDouble(clean);
        } else {
            if (clean.length() > 1 && clean.startsWith("0") && !clean.chars().allMatch(ch -> ch == '0')) {
                int zeros = 0;
                while (zeros < text.length() && (text.charAt(zeros) == '0' || text.charAt(zeros) == '_')) {
                    zeros++;
                }
                throw new PySyntaxError("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                        + "use an 0o prefix for octal integers", line, startCol + 1, zeros > 1 ? startCol + 1 + zeros : 0);
            }
            value = new java.math.BigInteger(clean);
        }
        add(TokenType.NUMBER, text, value, line, startCol, line, pos - lineStart);
    }

    private void digits(int radix, boolean afterPrefix) {
        boolean lastUnderscore = afterPrefix;
        int count = 0;
        while (!isAtEnd()) {
            char c = peek();
            if (c == '_' && !lastUnderscore && count > 0 || c == '_' && afterPrefix && count == 0) {
                lastUnderscore = true;
                pos++;
                continue;
            }
            if (Character.digit(c, radix) >= 0 && c < 128) {
                lastUnderscore = false;
                count++;
                pos++;
                continue;
            }
            break;
        }
        if (lastUnderscore && count > 0) {
            throw new PySyntaxError("invalid decimal literal", line, pos - lineStart);
        }
        if (afterPrefix && count == 0) {
            String kind = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
            throw new PySyntaxError("invalid " + kind + " literal", line, pos - lineStart);
        }
    }

    // A number glued to letters or digits of another base is an error CPython names by the base.
    private void checkNumberEnd(int startCol, String kind) {
        if (!isAtEnd() && isIdentifierPart(peek())) {
            throw new PySyntaxError("invalid " + kind + " literal", line, kind.equals("decimal") ? startCol + 1 : pos - lineStart);
        }
    }

    private Token add(TokenType type, String text, Object value, int line, int col, int endLine, int endCol) {
        Token token = new Token(type, text, value, line, col, endLine, endCol);
        tokens.add(token);
        return token;
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void newLineAt(int start) {
        line++;
        lineStart = start;
    }

    private boolean isAtEnd() {
        return pos >= src.length();
    }

    private char peek() {
        return src.charAt(pos);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || Character.isLetter(c) || Character.isUnicodeIdentifierStart(c) || Character.isHighSurrogate(c);
    }

    private static boolean isIdentifierPart(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c)
                || Character.isHighSurrogate(c);
    }
}
