package org.enchufe.lang.modules;

import java.util.function.Consumer;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.NativeFn;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Tracebacks;

/**
 * The hooks a program may replace in sys — displayhook, excepthook — with their originals kept as
 * {@code __displayhook__} and {@code __excepthook__}, and the process's limit on int↔str digits.
 */
public final class SysHooks {

    /** sys.excepthook as CPython's: the traceback to sys.stderr. */
    private static final NativeFn EXCEPTHOOK = (in, self, a, k) -> {
        Args.noKeywords("excepthook", k);
        if (a.length != 3) {
            throw PyErrors.typeError("excepthook expected 3 arguments, got " + a.length);
        }
        if (a[1] instanceof PyException e) {
            write(in, "stderr", Tracebacks.format(in, e));
        } else {
            write(in, "stderr", "TypeError: print_exception(): Exception expected for value, " + a[1].type().name() + " found\n");
        }
        return PyNone.NONE;
    };

    private SysHooks() {
    }

    static void add(PyModule m) {
        PyBuiltin displayhook = PyBuiltin.function("sys", "displayhook", (in, self, a, k) -> {
            PyObject value = Args.one("sys.displayhook", a, k);
            if (value == PyNone.NONE) {
                return PyNone.NONE;
            }
            in.builtins().putStr("_", PyNone.NONE);
            write(in, "stdout", Ops.repr(in, value) + "\n");
            in.builtins().putStr("_", value);
            return PyNone.NONE;
        });
        m.add("displayhook", displayhook);
        m.add("__displayhook__", displayhook);
        PyBuiltin excepthook = PyBuiltin.function("sys", "excepthook", EXCEPTHOOK);
        m.add("excepthook", excepthook);
        m.add("__excepthook__", excepthook);
        m.function("get_int_max_str_digits", (in, self, a, k) -> {
            Args.noKeywords("sys.get_int_max_str_digits", k);
            if (a.length > 0) {
                throw PyErrors.typeError("sys.get_int_max_str_digits() takes no arguments (" + a.length + " given)");
            }
            return PyInt.of(in.intMaxStrDigits());
        });
        m.function("set_int_max_str_digits", (in, self, a, k) -> {
            PyObject[] bound = Args.bind("set_int_max_str_digits", a, k, 1, "maxdigits");
            int digits = Ops.index(in, bound[0]);
            if (digits != 0 && digits < 640) {
                throw PyErrors.valueError("maxdigits must be 0 or larger than 640");
            }
            in.setIntMaxStrDigits(digits);
            return PyNone.NONE;
        });
    }

    /**
     * What a program that ended with {@code uncaught} (not SystemExit) prints, as CPython's
     * PyErr_Print: the traceback, or whatever the program's own sys.excepthook does instead; a hook
     * that fails is reported, then the original traceback.
     */
    public static void reportUncaught(Interpreter in, PyException uncaught, Consumer<String> stderr) {
        PyModule sys = in.modules().get("sys");
        if (sys == null) {
            stderr.accept(Tracebacks.format(in, uncaught));
            return;
        }
        PyObject hook = sys.dict().getStr("excepthook");
        if (hook == null) {
            stderr.accept("sys.excepthook is missing\n" + Tracebacks.format(in, uncaught));
            return;
        }
        if (hook instanceof PyBuiltin b && b.fn() == EXCEPTHOOK) {
            stderr.accept(Tracebacks.format(in, uncaught));
            return;
        }
        try {
            in.call(hook, new PyObject[] {uncaught.type(), uncaught, uncaught.getAttr(in, "__traceback__")},
                    PyBuiltin.NO_KEYWORDS);
            in.flush();
        } catch (PyRaise failed) {
            in.flush();
            stderr.accept("Error in sys.excepthook:\n" + Tracebacks.format(in, failed.exception())
                    + "\nOriginal exception was:\n" + Tracebacks.format(in, uncaught));
        }
    }

    /** Text to the program's sys.stdout or sys.stderr, whatever it now is. */
    private static void write(Interpreter in, String name, String text) {
        PyModule sys = in.modules().get("sys");
        PyObject stream = sys == null ? null : sys.dict().getStr(name);
        if (stream == null) {
            throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.RUNTIME_ERROR, "lost sys." + name);
        }
        in.call(stream.getAttr(in, "write"), new PyObject[] {PyStr.of(text)}, PyBuiltin.NO_KEYWORDS);
    }
}
