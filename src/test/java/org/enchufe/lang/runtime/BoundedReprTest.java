package org.enchufe.lang.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.Test;

/** A variables view's repr: CPython's where it is short, cut where it is not, never running Python code. */
class BoundedReprTest {

    private final Interpreter in = new Interpreter(text -> { }, text -> { }, Limits.cli());

    @Test
    void shortBuiltInValuesReadAsCPythonWritesThem() {
        PyObject[] values = {PyNone.NONE, PyBool.TRUE, PyInt.of(-42), PyFloat.of(0.1), PyStr.of("it's"),
            new PyBytes(new byte[] {'h', 0, (byte) 0xff}), PyTuple.of(PyInt.of(1)), new PyList(new PyObject[] {PyStr.of("a")}),
            new PyDict(Map.of(PyStr.of("k"), PyInt.of(1)))};
        for (PyObject value : values) {
            assertThat(BoundedRepr.of(value, 120)).isEqualTo(Ops.repr(in, value));
        }
    }

    @Test
    void longValuesAreCutWhereTheyStopFitting() {
        assertThat(BoundedRepr.of(PyStr.of("x".repeat(1000)), 20)).isEqualTo("'xxxxxxxxxxxxxxxxxx…").hasSize(20);
        assertThat(BoundedRepr.of(PyInt.of(BigInteger.TWO.pow(100_000)), 120)).isEqualTo("<int of 100001 bits>");
        PyObject[] many = new PyObject[1_000_000];
        java.util.Arrays.fill(many, PyInt.of(7));
        assertThat(BoundedRepr.of(new PyList(many), 120)).isEqualTo("[7, 7, 7, 7, 7, 7, 7, 7, …]");
        PyList inner = new PyList(new PyObject[] {PyInt.of(1)});
        assertThat(BoundedRepr.of(new PyList(new PyObject[] {new PyList(new PyObject[] {inner})}), 120)).isEqualTo("[[[…]]]");
    }

    @Test
    void anObjectsOwnReprIsNotCalledAndTheHostNamesItsOwnObjects() {
        PyType clase = PyType.builtin("__main__", "Clase");
        PyObject instance = new PyObject() {
            @Override
            public PyType type() {
                return clase;
            }
        };
        assertThat(BoundedRepr.of(instance, 120)).isEqualTo("<Clase object>");
        assertThat(BoundedRepr.of(new PyList(new PyObject[] {instance}), 120, o -> o == instance ? "socket fd 3" : null))
                .isEqualTo("[socket fd 3]");
    }
}
