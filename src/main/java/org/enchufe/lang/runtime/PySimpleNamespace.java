package org.enchufe.lang.runtime;

import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/**
 * {@code types.SimpleNamespace}: an object that is only its attributes, made from keywords —
 * {@code namespace(host='localhost', port=8000)} — compared by them and never hashed; also what
 * builtin modules hand out ({@code sys.implementation}, {@code time.get_clock_info()}).
 */
public final class PySimpleNamespace extends PyObject {

    public static final PyType TYPE = PyType.builtin("types", "SimpleNamespace");
    /** CPython's name for the type in its messages. */
    private static final String TP_NAME = "types.SimpleNamespace";

    private final NamespaceMap attrs = new NamespaceMap(new PyDict());

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Sets one attribute; for the namespaces builtin modules hand out ({@code sys.implementation}). */
    public PySimpleNamespace put(String name, PyObject value) {
        attrs.put(name, value);
        return this;
    }

    public Map<String, PyObject> attrs() {
        return attrs;
    }

    /** The live {@code __dict__}. */
    public PyDict dict() {
        return attrs.dict();
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        PyObject own = attrs.get(name);
        if (own != null) {
            return own;
        }
        if (name.equals("__dict__")) {
            return attrs.dict();
        }
        PyObject found = Attributes.generic(in, this, name);
        if (found == null) {
            throw PyErrors.attributeError("'" + TP_NAME + "' object has no attribute '" + name + "'");
        }
        return found;
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        attrs.put(name, value);
    }

    @Override
    public void delAttr(Interpreter in, String name) {
        if (attrs.remove(name) == null) {
            throw PyErrors.attributeError("'" + TP_NAME + "' object has no attribute '" + name + "'");
        }
    }

    @Override
    public String repr(Interpreter in) {
        return in.guardRecursion(this, "namespace(...)", () -> {
            StringBuilder out = new StringBuilder("namespace(");
            boolean first = true;
            for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append('=').append(Ops.repr(in, e.getValue()));
                first = false;
            }
            return out.append(')').toString();
        });
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PySimpleNamespace o && Ops.eq(in, attrs.dict(), o.attrs.dict());
    }

    @Override
    public long hash(Interpreter in) {
        throw PyErrors.typeError("unhashable type: '" + TP_NAME + "'");
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PySimpleNamespace copy = fork.remember(this, new PySimpleNamespace());
        attrs.forEach((k, v) -> copy.attrs.put(k, fork.copy(v)));
        return copy;
    }

    static {
        TYPE.withConstructor((in, type, a, k) -> {
            if (a.length > k.length) {
                throw PyErrors.typeError("no positional arguments expected");
            }
            PySimpleNamespace made = new PySimpleNamespace();
            for (int i = 0; i < k.length; i++) {
                made.attrs.put(k[i], a[a.length - k.length + i]);
            }
            return made;
        });
    }
}
