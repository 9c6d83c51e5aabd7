package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.PyBool;
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
        SysInfo.add(m, in);
        SysHooks.add(m);
        m.add("executable", PyStr.of("/usr/bin/python3"));
        m.add("path", new PyList());
        m.add("modules", new PyDict());
        m.function("exit", (i, s, a, k) -> {
            Args.range("exit", a, k, 0, 1);
            throw new PyRaise(PyException.withArgs(ExceptionTypes.SYSTEM_EXIT, a));
        });
        m.function("exc_info", (i, s, a, k) -> {
            Args.none("exc_info", a, k);
            PyException e = i.handledException();
            return e == null ? PyTuple.of(PyNone.NONE, PyNone.NONE, PyNone.NONE)
                    : PyTuple.of(e.type(), e, e.getAttr(i, "__traceback__"));
        });
        m.function("exception", (i, s, a, k) -> {
            Args.none("exception", a, k);
            PyException e = i.handledException();
            return e == null ? PyNone.NONE : e;
        });
        // What CPython 3.11.7 on Linux answers; Enchufe's text is always UTF-8.
        m.function("getdefaultencoding", (i, s, a, k) -> { Args.none("getdefaultencoding", a, k); return PyStr.of("utf-8"); });
        m.function("getfilesystemencoding", (i, s, a, k) -> { Args.none("getfilesystemencoding", a, k); return PyStr.of("utf-8"); });
        m.function("getfilesystemencodeerrors", (i, s, a, k) -> {
            Args.none("getfilesystemencodeerrors", a, k);
            return PyStr.of("surrogateescape");
        });
        m.function("is_finalizing", (i, s, a, k) -> { Args.none("is_finalizing", a, k); return PyBool.FALSE; });
        m.add("maxunicode", PyInt.of(0x10FFFF));
        m.add("hexversion", PyInt.of(0x030B07F0));
        m.add("api_version", PyInt.of(1013));
        m.add("abiflags", PyStr.of(""));
        m.add("float_repr_style", PyStr.of("short"));
        m.add("platlibdir", PyStr.of("lib"));
        m.add("prefix", PyStr.of("/usr"));
        m.add("base_prefix", PyStr.of("/usr"));
        m.add("exec_prefix", PyStr.of("/usr"));
        m.add("base_exec_prefix", PyStr.of("/usr"));
        m.add("warnoptions", new PyList());
        PyObject[] argv = in.argv();
        PyObject[] orig = new PyObject[argv.length + 1];
        orig[0] = PyStr.of("python3");
        System.arraycopy(argv, 0, orig, 1, argv.length);
        m.add("orig_argv", new PyList(orig));
        m.add("copyright", PyStr.of("Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\n"
                + "Copyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."));
        m.add("__stdin__", m.dict().getStr("stdin"));
        m.add("__stdout__", m.dict().getStr("stdout"));
        m.add("__stderr__", m.dict().getStr("stderr"));
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
