package org.enchufe.lang.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The rules of argument-rules.txt refuse what CPython 3.11 refuses, in its words, for the cases
 * the generated wrong-argument programs do not reach (a keyword given twice, too many keywords,
 * keyword-only parameters); each expected text was printed by python3.
 */
class ArgumentRulesTest {

    private static final PyObject X = PyInt.of(1);

    private static String refusal(String key, PyObject[] args, String... kwnames) {
        ArgumentRule rule = ArgumentRules.of(key);
        assertThat(rule).as("rule of %s", key).isNotNull();
        try {
            rule.check(args, kwnames);
        } catch (PyRaise e) {
            return e.exception().messageForJava();
        }
        return null;
    }

    @Test
    void clinicKeywordsAreCheckedAsUnpackKeywordsChecksThem() {
        assertThat(refusal("int.to_bytes", new PyObject[] {X, X}, "length"))
                .isEqualTo("argument for to_bytes() given by name ('length') and position (1)");
        assertThat(refusal("int.to_bytes", new PyObject[] {X, X, X}))
                .isEqualTo("to_bytes() takes at most 2 positional arguments (3 given)");
        assertThat(refusal("int.from_bytes", new PyObject[] {X}, "signed"))
                .isEqualTo("from_bytes() missing required argument 'bytes' (pos 1)");
        assertThat(refusal("str.split", new PyObject[] {X, X, X}, "maxsplit", "sep", "x"))
                .isEqualTo("split() takes at most 2 keyword arguments (3 given)");
        assertThat(refusal("builtins.sum", new PyObject[] {X}, "iterable"))
                .isEqualTo("sum() takes at least 1 positional argument (0 given)");
        assertThat(refusal("bytes.hex", new PyObject[] {X, X, X}, "sep", "bytes_per_sep", "x"))
                .isEqualTo("hex() takes at most 2 keyword arguments (3 given)");
    }

    @Test
    void keywordsThatFillTheirPlacesBecomePositional() {
        ArgumentRule.Call call = ArgumentRules.of("int.to_bytes").check(new PyObject[] {PyInt.of(2), PyStr.of("big")},
                new String[] {"byteorder"});
        assertThat(call.args()).containsExactly(PyInt.of(2), PyStr.of("big"));
        assertThat(call.kwnames()).isEmpty();
        // A keyword-only argument stays a keyword for the Java code.
        assertThat(ArgumentRules.of("int.to_bytes").check(new PyObject[] {X, PyBool.TRUE}, new String[] {"signed"})
                .kwnames()).containsExactly("signed");
    }

    @Test
    void functionsCPythonWritesInPythonSpeakAsPythonFunctions() {
        assertThat(refusal("socket.socket.makefile", new PyObject[] {X, X, X}))
                .isEqualTo("socket.makefile() takes from 1 to 3 positional arguments but 4 were given");
        assertThat(refusal("socket.socket.makefile", new PyObject[] {X, X}, "mode", "x"))
                .isEqualTo("socket.makefile() got an unexpected keyword argument 'x'");
        assertThat(refusal("socket.socket.makefile", new PyObject[] {X, X}, "mode"))
                .isEqualTo("socket.makefile() got multiple values for argument 'mode'");
        assertThat(refusal("socket.fromfd", new PyObject[] {X}))
                .isEqualTo("fromfd() missing 2 required positional arguments: 'family' and 'type'");
    }

    @Test
    void handWrittenCountsKeepTheirWording() {
        assertThat(refusal("socket.socket.sendto", new PyObject[] {X})).isEqualTo("sendto() takes 2 or 3 arguments (1 given)");
        assertThat(refusal("socket.socket.sendto", new PyObject[] {X, X, X, X}))
                .isEqualTo("sendto() takes 2 or 3 arguments (4 given)");
    }

    @Test
    void anUnknownKindIsRefusedWhenTheTableIsRead() {
        assertThatThrownBy(() -> ArgumentRules.parse(new String[] {"x.y", "sometimes", "y"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
