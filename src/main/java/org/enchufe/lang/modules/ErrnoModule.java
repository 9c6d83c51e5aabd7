package org.enchufe.lang.modules;

import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/** The errno module: Linux's codes and {@code errorcode}. */
public final class ErrnoModule {

    private ErrnoModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("errno");
        PyDict errorcode = new PyDict();
        for (Errno e : Errno.values()) {
            m.add(e.name(), PyInt.of(e.number()));
            errorcode.put(PyInt.of(e.number()), PyStr.of(e.name()));
        }
        // Linux's aliases, as CPython's errno module has them.
        m.add("EWOULDBLOCK", PyInt.of(Errno.EAGAIN.number()));
        m.add("EDEADLK", PyInt.of(Errno.EDEADLOCK.number()));
        m.add("EOPNOTSUPP", PyInt.of(Errno.ENOTSUP.number()));
        m.add("errorcode", errorcode);
        return m;
    }
}
