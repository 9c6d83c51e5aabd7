package org.enchufe.lang.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/**
 * {@code types.SimpleNamespace}, as the builtin modules hand it out ({@code sys.implementation},
 * {@code time.get_clock_info()}): attributes in the order given, {@code namespace(a=1, b=2)}.
 */
public final class PyNamespace extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "SimpleNamespace");

    private final Map<String, PyObject> attrs = new LinkedHashMap<>();

    public PyNamespace put(String name, PyObject value) {
        attrs.put(name, value);
        return this;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        PyObject value = attrs.get(name);
        if (value != null) {
            return value;
        }
        if (name.equals("__dict__")) {
            PyDict d = new PyDict();
            attrs.forEach((k, v) -> d.put(PyStr.of(k), v));
            return d;
        }
        return Attributes.required(in, this, name);
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        attrs.put(name, value);
    }

    @Override
    public void delAttr(Interpreter in, String name) {
        if (attrs.remove(name) == null) {
            throw Attributes.missing(in, this, name);
        }
    }

    @Override
    public String repr(Interpreter in) {
        return in.guardRecursion(this, "namespace(...)", () -> {
            StringBuilder out = new StringBuilder("namespace(");
            attrs.forEach((k, v) -> out.append(out.length() == 10 ? "" : ", ").append(k).append('=').append(Ops.repr(in, v)));
            return out.append(')').toString();
        });
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        if (!(other instanceof PyNamespace n) || !n.attrs.keySet().equals(attrs.keySet())) {
            return false;
        }
        for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
            if (!Ops.eq(in, e.getValue(), n.attrs.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyNamespace copy = fork.remember(this, new PyNamespace());
        attrs.forEach((k, v) -> copy.attrs.put(k, fork.copy(v)));
        return copy;
    }
}
