package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/** {@code super()}: attribute lookup that starts after a class in the MRO of self's class. */
public final class PySuper extends PyObject {

    private final PyType start;
    private final PyObject self;

    private PySuper(PyType start, PyObject self) {
        this.start = start;
        this.self = self;
    }

    static PyObject make(Interpreter in, PyObject[] args) {
        if (args.length == 0) {
            PyObject[] implicit = in.zeroArgumentSuper();
            return new PySuper((PyType) implicit[0], implicit[1]);
        }
        if (args.length != 2 || !(args[0] instanceof PyType type)) {
            throw PyErrors.typeError("super() argument 1 must be a type, not " + args[0].type().name());
        }
        PyType selfType = args[1] instanceof PyType t ? t : args[1].type();
        if (!selfType.isSubtypeOf(type)) {
            throw PyErrors.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
        return new PySuper(type, args[1]);
    }

    @Override
    public PyType type() {
        return PyType.SUPER;
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        PyType selfType = self instanceof PyType t ? t : self.type();
        PyType[] mro = selfType.mro();
        int i = 0;
        while (i < mro.length && mro[i] != start) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject found = mro[i].dict().get(name);
            if (found != null) {
                if (self instanceof PyType cls) {
                    return Attributes.bindForClass(in, found, cls);
                }
                return Attributes.bind(in, found, self, selfType);
            }
        }
        throw PyErrors.attributeError("'super' object has no attribute '" + name + "'");
    }

    @Override
    public String repr(Interpreter in) {
        return "<super: <class '" + start.name() + "'>, <" + self.type().name() + " object>>";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        return fork.remember(this, new PySuper(fork.copy(start), fork.copy(self)));
    }
}
