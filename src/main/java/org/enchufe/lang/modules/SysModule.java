package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/** The sys module, as a Linux CPython 3.11 shows it to a script. */
public final class SysModule {

    private SysModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("sys");
        m.add("argv", new PyList(in.argv().clone()));
        m.add("stdin", new TextStream("stdin", 0));
        m.add("stdout", new TextStream("stdout", 1));
        m.add("stderr", new TextStream("stderr", 2));
        m.add("platform", PyStr.of("linux"));
        m.add("byteorder", PyStr.of("little"));
        m.add("maxsize", PyInt.of(Long.MAX_VALUE));
        m.add("version", PyStr.of("3.11.7 (Enchufe) [Java]"));
        m.add("version_info", PyTuple.of(PyInt.of(3), PyInt.of(11), PyInt.of(7), PyStr.of("final"), PyInt.of(0)));
        m.add("executable", PyStr.of("/usr/bin/python3"));
        m.add("path", new PyList());
        m.add("modules", new PyDict());
        m.function("exit", (i, s, a, k) -> {
            Args.range("exit", a, k, 0, 1);
            throw new PyRaise(PyException.withArgs(ExceptionTypes.SYSTEM_EXIT, a));
        });
        m.function("getrecursionlimit", (i, s, a, k) -> PyInt.of(i.limits().maxDepth()));
        m.function("setrecursionlimit", (i, s, a, k) -> {
            PyObject limit = Args.one("setrecursionlimit", a, k);
            if (!(limit instanceof PyInt)) {
                throw PyErrors.typeError("'" + limit.type().name() + "' object cannot be interpreted as an integer");
            }
            return PyNone.NONE;
        });
        m.function("getsizeof", (i, s, a, k) -> PyInt.of(64));
        m.function("intern", (i, s, a, k) -> Args.one("intern", a, k));
        return m;
    }
}
