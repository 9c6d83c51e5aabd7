package org.enchufe.lang.runtime;

import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/** An instance of a class the program defined. */
public final class PyInstance extends PyObject {

    private PyType type;
    private final NamespaceMap attrs = new NamespaceMap(new PyDict());

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
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
        if (type.hooks().getattribute()) {
            return in.call(type.lookup("__getattribute__"), new PyObject[] {this, PyStr.of(name)}, PyBuiltin.NO_KEYWORDS);
        }
        return Attributes.required(in, this, name);
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        if (type.hooks().setattr()) {
            in.call(type.lookup("__setattr__"), new PyObject[] {this, PyStr.of(name), value}, PyBuiltin.NO_KEYWORDS);
            return;
        }
        setOwn(in, name, value);
    }

    /** object.__setattr__: properties first, then the instance's own attributes. */
    public void setOwn(Interpreter in, String name, PyObject value) {
        if (name.equals("__class__") && value instanceof PyType t) {
            type = t;
            return;
        }
        if (!type.hooks().properties() || !Attributes.setViaDescriptor(in, this, name, value)) {
            attrs.put(name, value);
        }
    }

    /** Whether {@code method} is object's own (object.__setattr__ …), which needs no call to run. */
    public static boolean isObjects(PyObject method) {
        return method instanceof PyBuiltin b && b.owner() == PyType.OBJECT;
    }

    @Override
    public void delAttr(Interpreter in, String name) {
        if (type.hooks().delattr()) {
            in.call(type.lookup("__delattr__"), new PyObject[] {this, PyStr.of(name)}, PyBuiltin.NO_KEYWORDS);
            return;
        }
        delOwn(in, name);
    }

    /** object.__delattr__: through a property, else removes an attribute of the instance's own. */
    public void delOwn(Interpreter in, String name) {
        if (type.hooks().properties() && Attributes.deleteViaDescriptor(in, this, name)) {
            return;
        }
        if (attrs.remove(name) == null) {
            throw Attributes.missing(in, this, name);
        }
    }

    @Override
    public String repr(Interpreter in) {
        String module = type.module();
        return "<" + (module.equals("builtins") ? "" : module + ".") + type.qualname() + " object at " + in.addressOf(this) + ">";
    }

    @Override
    public long hash(Interpreter in) {
        return System.identityHashCode(this) >>> 4;
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        PyObject method = type.lookup("__call__");
        if (method == null) {
            return super.call(in, args, kwnames);
        }
        PyObject[] withSelf = new PyObject[args.length + 1];
        withSelf[0] = this;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return in.call(method, withSelf, kwnames);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyInstance copy = fork.remember(this, new PyInstance(fork.copy(type)));
        attrs.forEach((k, v) -> copy.attrs.put(k, fork.copy(v)));
        return copy;
    }
}
