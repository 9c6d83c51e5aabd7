package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** True and False: ints that print as words. */
public final class PyBool extends PyInt {

    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long value) {
        super(value, null);
    }

    public static PyBool of(boolean value) {
        return value ? TRUE : FALSE;
    }

    @Override
    public PyType type() {
        return PyType.BOOL;
    }

    @Override
    public String repr(Interpreter in) {
        return value != 0 ? "True" : "False";
    }
}
