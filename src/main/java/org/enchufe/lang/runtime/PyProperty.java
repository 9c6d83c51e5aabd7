package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** {@code @property}: a getter, and optionally a setter and a deleter. */
public final class PyProperty extends PyObject {

    private final PyObject getter;
    private final PyObject setter;
    private final PyObject deleter;
    /** The class attribute it was defined as (its __set_name__), for error messages; null if none. */
    private String name;

    public PyProperty(PyObject getter, PyObject setter, PyObject deleter) {
        this(getter, setter, deleter, null);
    }

    private PyProperty(PyObject getter, PyObject setter, PyObject deleter, String name) {
        this.getter = getter;
        this.setter = setter;
        this.deleter = deleter;
        this.name = name;
    }

    /** __set_name__: a class body defined it as {@code name}. */
    void named(String name) {
        this.name = name;
    }

    /** CPython's text: {@code property 'x' of 'A' object has no setter}. */
    private PyRaise lacks(PyObject self, String what) {
        return PyErrors.attributeError("property " + (name == null ? "" : "'" + name + "' ") + "of '" + self.type().name()
                + "' object has no " + what);
    }

    @Override
    public PyType type() {
        return PyType.PROPERTY;
    }

    PyObject get(Interpreter in, PyObject self) {
        if (getter == null || getter == PyNone.NONE) {
            throw lacks(self, "getter");
        }
        return in.call(getter, new PyObject[] {self}, PyBuiltin.NO_KEYWORDS);
    }

    void set(Interpreter in, PyObject self, PyObject value) {
        if (setter == null || setter == PyNone.NONE) {
            throw lacks(self, "setter");
        }
        in.call(setter, new PyObject[] {self, value}, PyBuiltin.NO_KEYWORDS);
    }

    void delete(Interpreter in, PyObject self) {
        if (deleter == null || deleter == PyNone.NONE) {
            throw lacks(self, "deleter");
        }
        in.call(deleter, new PyObject[] {self}, PyBuiltin.NO_KEYWORDS);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyProperty(fork.copy(getter), fork.copy(setter), fork.copy(deleter), name));
    }

    static {
        PyType t = PyType.PROPERTY;
        t.withConstructor((in, type, args, kw) -> {
            PyObject[] b = Args.bind("property", args, kw, 0, "fget", "fset", "fdel", "doc");
            return new PyProperty(b[0], b[1], b[2]);
        });
        t.method("setter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, Args.one("setter", a, k), p.deleter, p.name);
        });
        t.method("getter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(Args.one("getter", a, k), p.setter, p.deleter, p.name);
        });
        t.method("deleter", (in, self, a, k) -> {
            PyProperty p = (PyProperty) self;
            return new PyProperty(p.getter, p.setter, Args.one("deleter", a, k), p.name);
        });
    }
}
