package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** Python's float: an IEEE double, printed as CPython's shortest round-trip repr. */
public final class PyFloat extends PyObject {

    private final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double value) {
        return new PyFloat(value);
    }

    public double value() {
        return value;
    }

    @Override
    public PyType type() {
        return PyType.FLOAT;
    }

    @Override
    public String repr(Interpreter in) {
        return FloatRepr.repr(value);
    }

    @Override
    public boolean truthy(Interpreter in) {
        return value != 0.0;
    }

    @Override
    public long hash(Interpreter in) {
        return Numbers.hashFloat(value);
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return Numbers.numericEquals(this, other);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "real" -> this;
            case "imag" -> of(0.0);
            default -> super.getAttr(in, name);
        };
    }
}
