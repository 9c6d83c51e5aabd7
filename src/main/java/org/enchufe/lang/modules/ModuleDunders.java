package org.enchufe.lang.modules;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/**
 * The names a module CPython writes in Python has of its own ({@code struct}, {@code re}): where
 * its file would be on a Linux CPython 3.11 installed in /usr (where sys.executable says it is),
 * its {@code __builtins__}, and its {@code __all__}.
 */
public final class ModuleDunders {

    /** Where CPython 3.11's standard library lives on Linux, beside sys.executable's /usr/bin/python3. */
    public static final String LIBRARY = "/usr/lib/python3.11/";

    private ModuleDunders() {
    }

    /**
     * Gives {@code m} the dunders of a module in {@code file} (under {@link #LIBRARY}) and CPython's
     * {@code __all__}; a name Enchufe does not have yet is left out of it, so that {@code from m
     * import *} works. Call it once the module has all its names.
     */
    public static void pythonSource(PyModule m, Interpreter in, String file, String... all) {
        m.add("__file__", PyStr.of(LIBRARY + file));
        if (file.endsWith("/__init__.py")) {
            m.add("__package__", PyStr.of(m.name()));
        }
        m.add("__builtins__", in.builtins());
        List<PyObject> present = new ArrayList<>();
        for (String name : all) {
            if (m.dict().getStr(name) != null) {
                present.add(PyStr.of(name));
            }
        }
        m.add("__all__", new PyList(present.toArray(new PyObject[0])));
    }
}
