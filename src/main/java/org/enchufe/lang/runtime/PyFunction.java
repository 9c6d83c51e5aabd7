package org.enchufe.lang.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.lang.Code;
import org.enchufe.lang.vm.Interpreter;

/** A function defined in Python: its code, globals, defaults and closure. */
public final class PyFunction extends PyObject {

    private final Code code;
    private PyDict globals;
    private String name;
    private String qualname;
    private PyObject[] defaults;
    private PyDict kwDefaults;
    private PyCell[] closure;
    private final Map<String, PyObject> attrs = new LinkedHashMap<>();

    public PyFunction(Code code, PyDict globals, PyObject[] defaults, PyDict kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.name = code.name;
        this.qualname = code.qualname;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    public Code code() {
        return code;
    }

    public PyDict globals() {
        return globals;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public PyObject[] defaults() {
        return defaults;
    }

    public PyDict kwDefaults() {
        return kwDefaults;
    }

    public PyCell[] closure() {
        return closure;
    }

    Map<String, PyObject> attrs() {
        return attrs;
    }

    @Override
    public PyType type() {
        return PyType.FUNCTION;
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        return in.call(this, args, kwnames);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(qualname);
            case "__module__" -> globals.getStr("__name__") != null ? globals.getStr("__name__") : PyNone.NONE;
            case "__doc__" -> code.consts.length > 0 ? code.consts[0] : PyNone.NONE;
            case "__defaults__" -> defaults == null ? PyNone.NONE : new PyTuple(defaults);
            case "__code__" -> code;
            case "__globals__" -> globals;
            case "__dict__" -> {
                PyDict d = new PyDict();
                attrs.forEach((k, v) -> d.putStr(k, v));
                yield d;
            }
            default -> super.getAttr(in, attr);
        };
    }

    @Override
    public void setAttr(Interpreter in, String attr, PyObject value) {
        switch (attr) {
            case "__name__" -> name = Ops.str(in, value);
            case "__qualname__" -> qualname = Ops.str(in, value);
            case "__defaults__" -> defaults = value == PyNone.NONE ? null : Ops.toArray(in, value);
            default -> attrs.put(attr, value);
        }
    }

    @Override
    public String repr(Interpreter in) {
        return "<function " + qualname + " at " + in.addressOf(this) + ">";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        // Remembered before its contents are copied: globals usually refer back to the function.
        PyFunction copy = fork.remember(this, new PyFunction(code, null, null, null, null));
        copy.name = name;
        copy.qualname = qualname;
        copy.globals = fork.copy(globals);
        copy.defaults = fork.copyAll(defaults);
        copy.kwDefaults = fork.copy(kwDefaults);
        if (closure != null) {
            copy.closure = new PyCell[closure.length];
            for (int i = 0; i < closure.length; i++) {
                copy.closure[i] = fork.copy(closure[i]);
            }
        }
        attrs.forEach((k, v) -> copy.attrs.put(k, fork.copy(v)));
        return copy;
    }
}
