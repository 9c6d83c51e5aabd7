package org.enchufe.lang.runtime;

/**
 * Argument checking for builtins, with CPython's messages: "upper() takes no arguments (1 given)",
 * "split() takes at most 2 arguments (3 given)", "len() takes exactly one argument (2 given)".
 */
public final class Args {

    private Args() {
    }

    public static void noKeywords(String name, String[] kwnames) {
        if (kwnames.length > 0) {
            throw PyErrors.typeError(name + "() takes no keyword arguments");
        }
    }

    public static void none(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 0) {
            throw PyErrors.typeError(name + "() takes no arguments (" + args.length + " given)");
        }
    }

    public static PyObject one(String name, PyObject[] args, String[] kwnames) {
        noKeywords(name, kwnames);
        if (args.length != 1) {
            throw PyErrors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
        }
        return args[0];
    }

    public static void range(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min) {
            if (min == max) {
                throw PyErrors.typeError(name + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
            }
            throw PyErrors.typeError(name + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + args.length);
        }
        if (args.length > max) {
            if (min == max) {
                throw PyErrors.typeError(name + " expected " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
            }
            throw PyErrors.typeError(name + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + args.length);
        }
    }

    /** For methods: "split() takes at most 2 arguments (3 given)". */
    public static void atMost(String name, PyObject[] args, String[] kwnames, int max) {
        noKeywords(name, kwnames);
        if (args.length > max) {
            throw PyErrors.typeError(name + "() takes at most " + max + " argument" + (max == 1 ? "" : "s")
                    + " (" + args.length + " given)");
        }
    }

    public static void between(String name, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(name, kwnames);
        if (args.length < min) {
            throw PyErrors.typeError(name + "() takes at least " + min + " argument" + (min == 1 ? "" : "s")
                    + " (" + args.length + " given)");
        }
        atMost(name, args, kwnames, max);
    }

    /**
     * Binds positional and keyword arguments to parameter names; missing optional ones are null.
     * "name() got an unexpected keyword argument 'x'" and friends as CPython says them.
     */
    public static PyObject[] bind(String name, PyObject[] args, String[] kwnames, int required, String... params) {
        int positional = args.length - kwnames.length;
        if (positional > params.length) {
            throw PyErrors.typeError(name + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s")
                    + " (" + args.length + " given)");
        }
        PyObject[] bound = new PyObject[params.length];
        System.arraycopy(args, 0, bound, 0, positional);
        for (int k = 0; k < kwnames.length; k++) {
            int index = indexOf(params, kwnames[k]);
            if (index < 0) {
                throw PyErrors.typeError("'" + kwnames[k] + "' is an invalid keyword argument for " + name + "()");
            }
            if (bound[index] != null) {
                throw PyErrors.typeError("argument for " + name + "() given by name ('" + kwnames[k]
                        + "') and position (" + (index + 1) + ")");
            }
            bound[index] = args[positional + k];
        }
        for (int i = 0; i < required; i++) {
            if (bound[i] == null) {
                throw PyErrors.typeError(name + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return bound;
    }

    /**
     * Binds the arguments of a function CPython writes in Python (socket.py's create_connection,
     * socket.__init__): refused with a Python function's messages under {@code qualname}, {@code
     * self} counted for a method; the first {@code required} parameters have no default.
     */
    public static PyObject[] bindDef(String qualname, boolean method, PyObject[] args, String[] kwnames, int required,
                                     String... params) {
        java.util.List<Boolean> mandatory = new java.util.ArrayList<>();
        for (int i = 0; i < params.length; i++) {
            mandatory.add(i < required);
        }
        new ArgumentRule.Python(qualname, method, 0, java.util.List.of(params), mandatory).check(args, kwnames);
        return bind(qualname, args, kwnames, required, params);
    }

    private static int indexOf(String[] params, String name) {
        for (int i = 0; i < params.length; i++) {
            if (params[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** A str argument of an Argument Clinic function: "decode() argument 'encoding' must be str, not float". */
    public static String str(String function, String param, PyObject value) {
        if (!(value instanceof PyStr s)) {
            throw PyErrors.typeError(function + "() argument '" + param + "' must be str, not " + value.type().name());
        }
        return s.value();
    }

    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        return kwnames.length == 0 ? args : java.util.Arrays.copyOf(args, args.length - kwnames.length);
    }
}
