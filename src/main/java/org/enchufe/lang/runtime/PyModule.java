package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** A module: a name and a namespace. */
public final class PyModule extends PyObject {

    private final String name;
    private final PyDict dict;
    /** Whether it came from no loader (types.ModuleType(…)): CPython then prints no origin. */
    private boolean made;

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

    /** {@code types.ModuleType(name, doc)}: an empty module a program makes itself. */
    public static PyModule made(String name, PyObject doc) {
        PyModule m = new PyModule(name, new PyDict());
        m.dict.putStr("__doc__", doc);
        m.dict.putStr("__package__", PyNone.NONE);
        m.made = true;
        return m;
    }

    public String name() {
        return name;
    }

    public PyDict dict() {
        return dict;
    }

    public PyModule add(String attr, PyObject value) {
        dict.put(attributeName(attr), value);
        return this;
    }

    public PyModule function(String attr, NativeFn fn) {
        dict.put(attributeName(attr), PyBuiltin.function(name, attr, fn));
        return this;
    }

    /**
     * The names Java modules give their attributes, one string object each for every process of
     * every sandbox: the socket module alone has ≈360, and each process imports its own module.
     * Strings are immutable and hash the same everywhere; the table is bounded by the Java code's
     * names (a cap keeps an unexpected caller from growing it).
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, PyStr> ATTRIBUTE_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static PyStr attributeName(String attr) {
        PyStr shared = ATTRIBUTE_NAMES.get(attr);
        if (shared != null) {
            return shared;
        }
        PyStr fresh = PyStr.of(attr);
        return ATTRIBUTE_NAMES.size() < 20_000 ? ATTRIBUTE_NAMES.computeIfAbsent(attr, a -> fresh) : fresh;
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
        // A module CPython writes in Python says where its file is (ModuleDunders gives it one); one
        // a program made with types.ModuleType says neither.
        PyObject file = dict.getStr("__file__");
        if (file instanceof PyStr f) {
            return "<module '" + name + "' from " + PyStr.repr(f.value()) + ">";
        }
        return made ? "<module '" + name + "'>" : "<module '" + name + "' (built-in)>";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyModule copy = fork.remember(this, new PyModule(name, new PyDict()));
        copy.made = made;
        copy.dict.map().clear();
        dict.map().forEach((k, v) -> copy.dict.map().put(fork.copy(k), fork.copy(v)));
        return copy;
    }
}
