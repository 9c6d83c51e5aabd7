package org.enchufe.lang.runtime;

/** {@code @classmethod}: a function that binds to the class. */
public final class PyClassMethod extends PyObject {

    private final PyObject function;

    public PyClassMethod(PyObject function) {
        this.function = function;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return PyType.CLASSMETHOD;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyClassMethod(fork.copy(function)));
    }

    static {
        PyType.CLASSMETHOD.withConstructor((in, type, args, kw) -> new PyClassMethod(Args.one("classmethod", args, kw)));
    }
}
