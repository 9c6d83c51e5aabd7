package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** {@code @property}: a getter, and optionally a setter and a deleter. */
public final class PyProperty extends PyObject {

    private final PyObject getter;
    private final PyObject setter;
    private final PyObject deleter;

    public PyProperty(PyObject getter, PyObject setter, PyObject deleter) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
    }

    @Override
    public PyType type() {
        return PyType.PROPERTY;
    }

    PyObject get(Interpreter in, PyObject self) {
        if (getter == null || getter == PyNone.NONE) {
            throw PyErrors.attributeError("unreadable attribute");
        }
        return in.call(getter, new PyObject[] {self}, PyBuiltin.NO_KEYWORDS);
    }

    void set(Interpreter in, PyObject self, PyObject value, String name) {
        if (setter == null || setter == PyNone.NONE) {
            throw PyErrors.attributeError("can't set attribute '" + name + "'");
        }
        in.call(setter, new PyObject[] {self, value}, PyBuiltin.NO_KEYWORDS);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyProperty(fork.copy(getter), fork.copy(setter), fork.copy(deleter)));
    }

    static {
        PyType t = PyType.PROPERTY;
        t.withConstructor((in, type, args, kw) -> {
            PyObject[] b = Args.bind("property", args, kw, 0, "fget", "fset", "fdel", "doc");
            return new PyProperty(b[0], b[1], b[2]);
        });
        t.method("setter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, Args.one("setter", a, k), p.deleter);
        });
        t.method("getter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(Args.one("getter", a, k), p.setter, p.deleter);
        });
        t.method("deleter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, p.setter, Args.one("deleter", a, k));
        });
    }
}
