package org.enchufe.lang.runtime;

/** {@code @staticmethod}: a function that does not bind. */
public final class PyStaticMethod extends PyObject {

    private final PyObject function;

    public PyStaticMethod(PyObject function) {
        this.function = function;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return PyType.STATICMETHOD;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyStaticMethod(fork.copy(function)));
    }

    static {
        PyType.STATICMETHOD.withConstructor((in, type, args, kw) -> new PyStaticMethod(Args.one("staticmethod", args, kw)));
    }
}
