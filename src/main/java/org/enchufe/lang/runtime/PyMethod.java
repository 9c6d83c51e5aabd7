package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** A function bound to an object: {@code s.bind} or {@code obj.method}. */
public final class PyMethod extends PyObject {

    private final PyObject self;
    private final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    public PyObject self() {
        return self;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return function instanceof PyBuiltin ? PyType.BUILTIN_FUNCTION : PyType.METHOD;
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        if (function instanceof PyBuiltin builtin) {
            return builtin.callBound(in, self, args, kwnames);
        }
        PyObject[] withSelf = new PyObject[args.length + 1];
        withSelf[0] = self;
        System.arraycopy(args, 0, withSelf, 1, args.length);
        return in.call(function, withSelf, kwnames);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "__self__" -> self;
            case "__func__" -> function;
            case "__name__" -> function.getAttr(in, "__name__");
            default -> super.getAttr(in, name);
        };
    }

    @Override
    public String repr(Interpreter in) {
        if (function instanceof PyBuiltin builtin) {
            return "<built-in method " + builtin.name() + " of " + self.type().name() + " object at " + in.addressOf(self) + ">";
        }
        String qualname = function instanceof PyFunction f ? f.qualname() : "?";
        return "<bound method " + qualname + " of " + Ops.repr(in, self) + ">";
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return other instanceof PyMethod m && m.self == self && m.function == function;
    }

    @Override
    public long hash(Interpreter in) {
        return System.identityHashCode(self) * 31L + System.identityHashCode(function);
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PyMethod(fork.copy(self), fork.copy(function)));
    }
}
