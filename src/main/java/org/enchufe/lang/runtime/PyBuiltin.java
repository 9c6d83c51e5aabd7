package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * A function or method written in Java: {@code len}, {@code str.upper}, {@code socket.bind}…
 * As a class attribute it binds to the instance like a Python function does.
 */
public final class PyBuiltin extends PyObject {

    public static final String[] NO_KEYWORDS = new String[0];

    private final String name;
    private final PyType owner;
    private final NativeFn fn;
    private final boolean isStatic;
    /** CPython's checks of the arguments' number and names ({@link ArgumentRules}), or null. */
    private final ArgumentRule rule;

    public PyBuiltin(String name, PyType owner, NativeFn fn) {
        this(name, owner, fn, false);
    }

    public PyBuiltin(String name, PyType owner, NativeFn fn, boolean isStatic) {
        this(name, owner, fn, isStatic, owner == null ? null : ArgumentRules.of(owner.key() + "." + name));
    }

    private PyBuiltin(String name, PyType owner, NativeFn fn, boolean isStatic, ArgumentRule rule) {
        this.name = name;
        this.owner = owner;
        this.fn = fn;
        this.isStatic = isStatic;
        this.rule = rule;
    }

    /** A builtin function ({@code len}); its argument rule is {@code builtins.NAME}'s. */
    public static PyBuiltin function(String name, NativeFn fn) {
        return function("builtins", name, fn);
    }

    /** A module's function ({@code os.dup}); its argument rule is {@code MODULE.NAME}'s. */
    public static PyBuiltin function(String module, String name, NativeFn fn) {
        return new PyBuiltin(name, null, fn, false, ArgumentRules.of(module + "." + name));
    }

    public String name() {
        return name;
    }

    public boolean isMethod() {
        return owner != null && !isStatic;
    }

    public PyType owner() {
        return owner;
    }

    public NativeFn fn() {
        return fn;
    }

    @Override
    public PyType type() {
        return owner != null && !isStatic ? PyType.METHOD_DESCRIPTOR : PyType.BUILTIN_FUNCTION;
    }

    @Override
    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        if (isMethod()) {
            if (args.length == 0) {
                throw PyErrors.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
            }
            PyObject self = args[0];
            if (!self.type().isSubtypeOf(owner)) {
                throw PyErrors.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                        + self.type().name() + "' object");
            }
            PyObject[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            return callBound(in, self, rest, kwnames);
        }
        return callBound(in, null, args, kwnames);
    }

    /** Calls the Java code with {@code self} bound (null for a function), after CPython's argument checks. */
    public PyObject callBound(Interpreter in, PyObject self, PyObject[] args, String[] kwnames) {
        if (rule != null) {
            ArgumentRule.Call checked = rule.check(args, kwnames);
            return fn.call(in, self, checked.args(), checked.kwnames());
        }
        return fn.call(in, self, args, kwnames);
    }

    @Override
    public PyObject getAttr(Interpreter in, String attr) {
        return switch (attr) {
            case "__name__" -> PyStr.of(name);
            case "__qualname__" -> PyStr.of(owner != null ? owner.name() + "." + name : name);
            default -> super.getAttr(in, attr);
        };
    }

    @Override
    public String repr(Interpreter in) {
        if (isMethod()) {
            return "<method '" + name + "' of '" + owner.name() + "' objects>";
        }
        return "<built-in function " + name + ">";
    }
}
