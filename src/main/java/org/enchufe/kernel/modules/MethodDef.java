package org.enchufe.kernel.modules;

import java.util.List;

import org.enchufe.lang.runtime.NativeFn;
import org.enchufe.lang.runtime.PyModule;

/**
 * One row of a module's or a class's method table, as CPython's {@code PyMethodDef}: the name
 * Python sees and the named Java method that answers it.
 */
record MethodDef(String name, NativeFn fn) {

    /** Adds each function of {@code table} to module {@code m}, in the table's order. */
    static void addFunctions(PyModule m, List<MethodDef> table) {
        for (MethodDef def : table) {
            m.function(def.name(), def.fn());
        }
    }
}
