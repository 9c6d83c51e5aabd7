package org.enchufe.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each builtin type's behaviour, checked by the repr CPython gives for an expression. */
class BuiltinTypesTest {

    private static String repr(String expression) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new Script("t.py", "print(repr((" + expression + ")))\n").run(new String[0],
                new BufferedReader(new StringReader("")), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).stripTrailing();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "2 ** 100 // 3 % 1000 => 125",
            "-7 // 2, -7 % 2, divmod(-7, 2) => (-4, 1, (-4, 1))",
            "(255).to_bytes(2, 'big'), (5).bit_length() => (b'\\x00\\xff', 3)",
            "int('0b101', 0), int('z', 36) => (5, 35)",
            "True + 1, True & False, ~True => (2, False, -2)"})
    void ints(String expression, String expected) {
        assertThat(repr(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "0.1 + 0.2 => 0.30000000000000004",
            "1e16, 1e-5, 5e-324, -0.0 => (1e+16, 1e-05, 5e-324, -0.0)",
            "round(2.675, 2), round(0.5), 7.5 // 2 => (2.67, 0, 3.0)",
            "float('inf'), float('-nan') != 0 => (inf, True)",
            "(0.5).is_integer(), hash(0.5) => (False, 1152921504606846976)"})
    void floats(String expression, String expected) {
        assertThat(repr(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "'ñandú'[::-1], len('ñandú') => ('údnañ', 5)",
            "`\"it's\"` => `\"it's\"`",
            "'a,b,,c'.split(','), ' x '.strip() => (['a', 'b', '', 'c'], 'x')",
            "'{:>6.2f}|{:^5}'.format(3.14159, 'x') => '  3.14|  x  '",
            "'%05.1f %s' % (2.25, None) => '002.2 None'"})
    void strings(String expression, String expected) {
        assertThat(repr(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "b'\\x00ab' + bytes([255]) => b'\\x00ab\\xff'",
            "bytearray(b'ab') * 2 => bytearray(b'abab')",
            "b'caf\\xc3\\xa9'.decode(), 'é'.encode() => ('café', b'\\xc3\\xa9')",
            "bytes.fromhex('1388').hex(':') => '13:88'",
            "list(b'AB'), b'a' in b'cat' => ([65, 66], True)"})
    void bytesAndByteArrays(String expression, String expected) {
        assertThat(repr(expression)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
            "[3, 1, 2][::-1] + [0] * 2 => [2, 1, 3, 0, 0]",
            "(1,), tuple('ab'), () == tuple() => ((1,), ('a', 'b'), True)",
            "{'b': 1, 'a': 2} | {'c': 3} => {'b': 1, 'a': 2, 'c': 3}",
            "{3, 1, 2, 1000, -1} => {1, 2, 3, 1000, -1}",
            "range(0, 10, 3)[1:], list(range(3)) => (range(3, 12, 3), [0, 1, 2])"})
    void containers(String expression, String expected) {
        assertThat(repr(expression)).isEqualTo(expected);
    }
}
