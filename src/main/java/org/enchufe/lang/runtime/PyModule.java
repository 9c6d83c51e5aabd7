package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** A module: a name and a namespace. */
public final class PyModule extends PyObject {

    private final String name;
    private final PyDict dict;

    public PyModule(String name, PyDict dict) {
        this.name = name;
        this.dict = dict;
        dict.putStr("__name__", PyStr.of(name));
    }

    /** A module written in Java: top-level, so its package is '' as CPython's built-in and top-level modules say. */
    public PyModule(String name) {
        this(name, new PyDict());
        dict.putStr("__package__", PyStr.of(""));
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    public PyModule add(String attr, PyObject value) {
        dict.putStr(attr, value);
        return this;
    }

    public PyModule function(String attr, NativeFn fn) {
        dict.putStr(attr, PyBuiltin.function(name, attr, fn));
        return this;
    }

    @Override
    public PyType type() {
        return PyType.MODULE;
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        PyObject value = dict.getStr(attr);
        if (value != null) {
            return value;
        }
        if (attr.equals("__dict__")) {
            return dict;
        }
        throw Attributes.missing(in, this, attr);
    }

    @Override
    public void setAttr(Interpreter in, String attr, PyObject value) {
        dict.putStr(attr, value);
    }

    @Override
    public void delAttr(Interpreter in, String attr) {
        if (dict.map().remove(PyStr.of(attr)) == null) {
            throw Attributes.missing(in, this, attr);
        }
    }

    @Override
    public String repr(Interpreter in) {
        // A module CPython writes in Python says where its file is (ModuleDunders gives it one).
        PyObject file = dict.getStr("__file__");
        return "<module '" + name + "' " + (file instanceof PyStr f ? "from " + PyStr.repr(f.value()) : "(built-in)") + ">";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyModule copy = fork.remember(this, new PyModule(name, new PyDict()));
        copy.dict.map().clear();
        dict.map().forEach((k, v) -> copy.dict.map().put(fork.copy(k), fork.copy(v)));
        return copy;
    }
}
