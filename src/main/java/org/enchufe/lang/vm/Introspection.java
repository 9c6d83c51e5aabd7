package org.enchufe.lang.vm;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyStr;

/**
 * What {@code globals()}, {@code locals()}, {@code vars()} and {@code dir()} without arguments see:
 * the namespaces of the frame that called the builtin ({@link Interpreter#callingFrame}, set by
 * both tiers before a builtin call; locals live in the frame's slots in both).
 */
public final class Introspection {

    private Introspection() {
    }

    /** The calling frame's module namespace, itself (changes to it are the module's). */
    public static PyDict globals(Interpreter in) {
        return caller(in, "globals").globals;
    }

    /**
     * The calling frame's local namespace: a module's or class body's own dict, or for a function
     * a new dict of its bound locals, then its cells and free variables, as CPython 3.11 makes it.
     */
    public static PyDict locals(Interpreter in) {
        Frame f = caller(in, "locals");
        if (f.locals != null) {
            return f.locals;
        }
        Code code = f.code;
        PyDict out = new PyDict();
        for (int i = 0; i < code.varnames.length; i++) {
            String name = code.varnames[i];
            int cell = indexOf(code.cellvars, name);
            org.enchufe.lang.runtime.PyObject value = cell >= 0 ? f.cells[cell].value : f.stack[f.base + i];
            if (value != null) {
                out.putStr(name, value);
            }
        }
        for (int c = 0; c < code.cellvars.length; c++) {
            if (indexOf(code.varnames, code.cellvars[c]) < 0 && f.cells[c].value != null) {
                out.putStr(code.cellvars[c], f.cells[c].value);
            }
        }
        for (int v = 0; v < code.freevars.length; v++) {
            org.enchufe.lang.runtime.PyObject value = f.cells[code.cellvars.length + v].value;
            if (value != null) {
                out.putStr(code.freevars[v], value);
            }
        }
        return out;
    }

    /** dir() without arguments: the sorted names of the caller's local namespace. */
    public static java.util.List<String> localNames(Interpreter in) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        locals(in).map().keySet().forEach(key -> names.add(((PyStr) key).value()));
        return java.util.List.copyOf(names);
    }

    private static Frame caller(Interpreter in, String builtin) {
        Frame f = in.callingFrame;
        if (f == null) {
            throw PyErrors.raise(ExceptionTypes.SYSTEM_ERROR, builtin + "(): no current frame");
        }
        return f;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
