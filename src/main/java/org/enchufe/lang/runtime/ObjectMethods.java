package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * The special methods every type inherits from {@code object}, as attributes:
 * {@code object.__init__}, {@code x.__eq__(y)}, {@code super().__repr__()}, {@code dir(int)}.
 * Each does what CPython's {@code object} does when a class has no method of its own.
 *
 * <p>The operations never call these: {@link PyType#lookup} leaves {@code object} out, so a
 * class's hooks ({@link PyType.Hooks}) and the run loop's fast paths see only what a program
 * (or a builtin type) defines; {@code object}'s behaviour is what they do when they find nothing.
 */
final class ObjectMethods {

    private ObjectMethods() {
    }

    static {
        PyType o = PyType.OBJECT;
        PyGetSet.define(o, "__class__");
        o.method("__eq__", (in, self, a, k) -> self == Args.one("__eq__", a, k) ? PyBool.TRUE : PyNone.NOT_IMPLEMENTED);
        o.method("__ne__", ObjectMethods::notEqual);
        for (String order : new String[] {"__lt__", "__le__", "__gt__", "__ge__"}) {
            o.method(order, (in, self, a, k) -> {
                Args.one(order, a, k);
                return PyNone.NOT_IMPLEMENTED;
            });
        }
        o.method("__hash__", (in, self, a, k) -> {
            Args.none("__hash__", a, k);
            // The identity hash hash() gives an object whose class defines none.
            return PyInt.of(self instanceof PyInstance || self instanceof PyException ? self.hash(in) : System.identityHashCode(self));
        });
        o.method("__repr__", (in, self, a, k) -> {
            Args.none("__repr__", a, k);
            return PyStr.of(self instanceof PyInstance ? self.repr(in) : "<" + qualified(self.type()) + " object at "
                    + in.addressOf(self) + ">");
        });
        o.method("__str__", (in, self, a, k) -> {
            Args.none("__str__", a, k);
            return PyStr.of(Ops.repr(in, self));
        });
        o.method("__format__", ObjectMethods::format);
        o.method("__dir__", (in, self, a, k) -> {
            Args.none("__dir__", a, k);
            return in.call(in.builtins().getStr("dir"), new PyObject[] {self}, PyBuiltin.NO_KEYWORDS);
        });
        o.method("__getstate__", (in, self, a, k) -> {
            Args.none("__getstate__", a, k);
            return self instanceof PyInstance i && !i.attrs().isEmpty() ? i.dict() : PyNone.NONE;
        });
        o.method("__init__", ObjectMethods::init);
        o.staticMethod("__new__", ObjectMethods::create);
        o.dict().put("__init_subclass__", new PyClassMethod(new PyBuiltin("__init_subclass__", null, (in, self, a, k) -> {
            // Bound to the class, which arrives as self.
            PyType cls = (PyType) self;
            if (k.length > 0) {
                throw PyErrors.typeError(cls.name() + ".__init_subclass__() takes no keyword arguments");
            }
            if (a.length > 0) {
                throw PyErrors.typeError(cls.name() + ".__init_subclass__() takes no arguments (" + a.length + " given)");
            }
            return PyNone.NONE;
        }, true)));
        o.dict().put("__subclasshook__", new PyClassMethod(new PyBuiltin("__subclasshook__", null,
                (in, self, a, k) -> PyNone.NOT_IMPLEMENTED, true)));
    }

    /** object.__ne__: the inverse of the type's {@code __eq__}, NotImplemented passed on. */
    private static PyObject notEqual(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject other = Args.one("__ne__", a, k);
        PyObject eq = in.call(self.type().attribute("__eq__"), new PyObject[] {self, other}, PyBuiltin.NO_KEYWORDS);
        return eq == PyNone.NOT_IMPLEMENTED ? eq : PyBool.of(!Ops.truthy(in, eq));
    }

    private static PyObject format(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject spec = Args.one("__format__", a, k);
        if (!(spec instanceof PyStr s)) {
            throw PyErrors.typeError("__format__() argument must be str, not " + spec.type().name());
        }
        if (!s.value().isEmpty()) {
            throw PyErrors.typeError("unsupported format string passed to " + self.type().name() + ".__format__");
        }
        return PyStr.of(Ops.str(in, self));
    }

    /** object.__init__: nothing to do, and no arguments unless the class has a {@code __new__} of its own to take them. */
    private static PyObject init(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        if (a.length > 0) {
            PyType type = self.type();
            if (type.lookup("__init__") != null) {
                throw PyErrors.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.lookup("__new__") == null) {
                throw PyErrors.typeError(type.name() + ".__init__() takes exactly one argument (the instance to initialize)");
            }
        }
        return PyNone.NONE;
    }

    /** object.__new__(cls): a plain instance of a class the program defined. */
    private static PyObject create(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        if (a.length == 0) {
            throw PyErrors.typeError("object.__new__(): not enough arguments");
        }
        if (!(a[0] instanceof PyType cls)) {
            throw PyErrors.typeError("object.__new__(X): X is not a type object (" + a[0].type().name() + ")");
        }
        if (cls.solidBase() != PyType.OBJECT || cls.isException()) {
            // CPython names the nearest class whose __new__ is not a program's own.
            PyType safe = cls;
            while (!safe.isBuiltin() && safe.dict().containsKey("__new__")) {
                safe = safe.bases()[0];
            }
            throw PyErrors.typeError("object.__new__(" + cls.name() + ") is not safe, use " + safe.name() + ".__new__()");
        }
        if (a.length > 1) {
            if (cls.lookup("__new__") != null) {
                throw PyErrors.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (cls.lookup("__init__") == null) {
                throw PyErrors.typeError(cls.name() + "() takes no arguments");
            }
        }
        return new PyInstance(cls);
    }

    private static String qualified(PyType type) {
        return type.module().equals("builtins") ? type.qualname() : type.module() + "." + type.qualname();
    }
}
