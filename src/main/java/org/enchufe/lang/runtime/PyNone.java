package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** None, NotImplemented and Ellipsis: the singletons. */
public final class PyNone extends PyObject {

    public static final PyNone NONE = new PyNone(PyType.NONE_TYPE, "None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone(PyType.NOT_IMPLEMENTED_TYPE, "NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone(PyType.ELLIPSIS_TYPE, "Ellipsis");

    private final PyType type;
    private final String name;

    private PyNone(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String repr(Interpreter in) {
        return name;
    }

    @Override
    public boolean truthy(Interpreter in) {
        return this != NONE;
    }

    @Override
    public long hash(Interpreter in) {
        return name.hashCode();
    }
}
