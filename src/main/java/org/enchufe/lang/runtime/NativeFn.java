package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * A builtin implemented in Java. {@code self} is the bound object for methods, null for plain
 * functions; the last {@code kwnames.length} of {@code args} are keyword arguments.
 */
@FunctionalInterface
public interface NativeFn {
    PyObject call(Interpreter in, PyObject self, PyObject[] args, String[] kwnames);
}
