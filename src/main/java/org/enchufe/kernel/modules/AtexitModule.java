package org.enchufe.kernel.modules;

import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.ThreadState;
import org.enchufe.lang.vm.Tracebacks;

/**
 * {@code atexit}: functions a process calls when its program ends — returned, {@code sys.exit()}
 * or an uncaught exception, after its non-daemon threads — last registered first, as CPython's
 * Py_FinalizeEx does; {@code os._exit} and death by a signal skip them. They run as the process's
 * main thread (so they may block on sockets like any code); one that raises is reported as
 * CPython's unraisable hook reports it ("Exception ignored in atexit callback: …" and its
 * traceback) and the rest still run. A forked child inherits what its parent registered.
 */
public final class AtexitModule {

    /** The handlers, as (func, args, kwargs) tuples in registration order, kept in the module (fork copies them). */
    private static final String HANDLERS = "_handlers";
    private static final String RUNNER_FILE = "<frozen atexit>";
    private static final String RUNNER = """
            import sys

            def run(handlers, describe):
                while handlers:
                    func, args, kwargs = handlers.pop()
                    try:
                        func(*args, **kwargs)
                    except BaseException as exc:
                        sys.stderr.write(describe(func, exc))
            """;

    private AtexitModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("atexit");
        m.add(HANDLERS, new PyList());
        m.function("register", (i, s, a, k) -> {
            if (a.length == k.length) {
                throw PyErrors.typeError("register() takes at least 1 argument (0 given)");
            }
            PyObject func = a[0];
            if (!i.builtins().getStr("callable").call(i, new PyObject[] {func}, PyBuiltin.NO_KEYWORDS).truthy(i)) {
                throw PyErrors.typeError("the first argument must be callable");
            }
            int positional = a.length - k.length;
            PyDict kwargs = new PyDict();
            for (int n = 0; n < k.length; n++) {
                kwargs.putStr(k[n], a[positional + n]);
            }
            PyObject[] args = java.util.Arrays.copyOfRange(a, 1, positional);
            handlers(i).append(PyTuple.of(func, new PyTuple(args), kwargs));
            return func;
        });
        m.function("unregister", (i, s, a, k) -> {
            PyList handlers = handlers(i);
            PyObject[] all = handlers.toArray();
            PyList kept = new PyList();
            for (PyObject h : all) {
                if (!Ops.eq(i, ((PyTuple) h).get(0), a[0])) {
                    kept.append(h);
                }
            }
            clear(i, handlers);
            for (PyObject h : kept.toArray()) {
                handlers.append(h);
            }
            return PyNone.NONE;
        });
        m.function("_clear", (i, s, a, k) -> {
            clear(i, handlers(i));
            return PyNone.NONE;
        });
        m.function("_ncallbacks", (i, s, a, k) -> org.enchufe.lang.runtime.PyInt.of(handlers(i).size()));
        m.function("_run_exitfuncs", (i, s, a, k) -> {
            i.call(runner(i), new PyObject[] {handlers(i), describer()}, PyBuiltin.NO_KEYWORDS);
            return PyNone.NONE;
        });
        return m;
    }

    private static void clear(Interpreter in, PyList list) {
        in.call(list.getAttr(in, "clear"), new PyObject[0], PyBuiltin.NO_KEYWORDS);
    }

    private static PyList handlers(PyModule m) {
        return (PyList) m.dict().getStr(HANDLERS);
    }

    /**
     * The handlers of the process calling: its own copy of the module's, looked up at each call,
     * for the module's functions are shared with a forked child, whose registrations are its own.
     */
    private static PyList handlers(Interpreter in) {
        return handlers(in.modules().get("atexit"));
    }

    private static PyObject runner(Interpreter in) {
        PyModule helper = in.modules().get("_enchufe_atexit");
        if (helper == null) {
            helper = in.loadSourceModule("_enchufe_atexit", RUNNER_FILE, RUNNER);
        }
        return helper.dict().getStr("run");
    }

    /** What CPython's unraisable hook writes for a handler that raised, its traceback without the runner's frame. */
    private static PyObject describer() {
        return PyBuiltin.function("describe", (i, s, a, k) -> {
            PyException exc = (PyException) a[1];
            exc.traceback().removeIf(entry -> entry.filename().equals(RUNNER_FILE));
            return PyStr.of("Exception ignored in atexit callback: " + Ops.repr(i, a[0]) + "\n" + Tracebacks.format(i, exc));
        });
    }

    /**
     * The thread that runs the handlers at the end of the program, or null when there are none
     * (atexit never imported, or nothing registered).
     */
    public static ThreadState exitThread(Interpreter in) {
        PyModule m = in.modules().get("atexit");
        if (m == null || handlers(m).size() == 0) {
            return null;
        }
        return in.startThread(runner(in), new PyObject[] {handlers(m), describer()});
    }
}
