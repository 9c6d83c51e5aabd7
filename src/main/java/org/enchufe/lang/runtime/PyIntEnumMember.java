package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * A member of an IntEnum a module defines, such as {@code socket.AF_INET}: an int everywhere
 * (arithmetic, comparison, hashing, {@code str} and {@code print} give the number, as in CPython
 * 3.11), whose {@code repr} and {@code .name} say what it is: {@code <AddressFamily.AF_INET: 2>}.
 */
public final class PyIntEnumMember extends PyInt {

    private final PyType enumType;
    private final String name;

    public PyIntEnumMember(PyType enumType, String name, long value) {
        super(value, null);
        this.enumType = enumType;
        this.name = name;
    }

    /** An IntEnum class of a module, e.g. {@code socket.AddressFamily}. */
    public static PyType enumType(String module, String name) {
        return PyType.builtin(module, name, PyType.INT);
    }

    public String name() {
        return name;
    }

    @Override
    public PyType type() {
        return enumType;
    }

    @Override
    public String repr(Interpreter in) {
        return "<" + enumType.name() + "." + name + ": " + value + ">";
    }

    @Override
    public String str(Interpreter in) {
        return Long.toString(value);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        return switch (attr) {
            case "name", "_name_" -> PyStr.of(name);
            case "value", "_value_" -> PyInt.of(value);
            default -> super.getAttr(in, attr);
        };
    }
}
