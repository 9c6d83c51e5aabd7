package org.enchufe.lang.vm;

import java.util.Arrays;

import org.enchufe.lang.runtime.Builtins;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyInstance;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStaticMethod;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;

/**
 * Calling a class the program defined, as CPython's {@code type.__call__} does: an exception
 * (its args, and an OSError subclass's errno), a subclass of a builtin type, or a plain object
 * made by {@code __new__} and set up by {@code __init__}. The run loop makes a plain class's
 * instance itself when its {@code __init__} is a Python function ({@link Calls#initFrame}).
 */
final class Instantiation {

    private Instantiation() {
    }

    /** Creates an instance of a class the program defined and runs its __init__. */
    static PyObject instantiate(Interpreter in, PyType cls, PyObject[] args, String[] kwnames) {
        if (cls.isException()) {
            PyObject init = cls.lookup("__init__");
            // An OSError class with an __init__ of its own gets errno and args from what that
            // __init__ passes to OSError's (CPython parses them there, not in __new__).
            boolean ownInit = init instanceof PyFunction && cls.isSubtypeOf(ExceptionTypes.OS_ERROR);
            PyException exc = new PyException(PyException.osErrorSubclass(cls, args), ownInit ? PyTuple.EMPTY
                    : PyTuple.of(Arrays.copyOf(args, args.length - kwnames.length)));
            exc.initialiseFromArgs(!ownInit);
            if (init instanceof PyFunction) {
                PyObject[] withSelf = prepend(exc, args);
                in.call(init, withSelf, kwnames);
            } else if (kwnames.length > 0) {
                throw PyErrors.typeError(cls.name() + "() takes no keyword arguments");
            }
            return exc;
        }
        PyType base = cls.solidBase();
        if (base != PyType.OBJECT) {
            return Builtins.instantiateBuiltinSubclass(in, cls, base, args, kwnames);
        }
        PyObject newMethod = cls.lookup("__new__");
        PyObject instance;
        if (newMethod != null) {
            PyObject fn = newMethod instanceof PyStaticMethod s ? s.function() : newMethod;
            instance = in.call(fn, prepend(cls, args), kwnames);
            if (!instance.type().isSubtypeOf(cls)) {
                return instance;
            }
        } else {
            instance = new PyInstance(cls);
        }
        PyObject init = cls.lookup("__init__");
        if (init != null) {
            PyObject r = in.call(init, prepend(instance, args), kwnames);
            if (r != PyNone.NONE) {
                throw PyErrors.typeError("__init__() should return None, not '" + r.type().name() + "'");
            }
        } else if (args.length > 0 && newMethod == null) {
            throw PyErrors.typeError(cls.name() + "() takes no arguments");
        }
        return instance;
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
