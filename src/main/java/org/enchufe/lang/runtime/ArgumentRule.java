package org.enchufe.lang.runtime;

import java.util.List;

/**
 * How CPython checks the number and names of a native callable's arguments before its C code
 * runs, one kind per calling convention, each with the exact wording CPython 3.11 uses. The rules
 * themselves are recorded from CPython in {@code argument-rules.txt} ({@link ArgumentRules}).
 */
public sealed interface ArgumentRule {

    /**
     * Refuses the call as CPython would, or returns the arguments for the Java code: as given, or
     * (for {@link Keywords}) with keyword arguments moved into their positions when that leaves no gap.
     */
    Call check(PyObject[] args, String[] kwnames);

    /** Arguments after the check: positional ones first, then one per keyword name. */
    record Call(PyObject[] args, String[] kwnames) {
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    private static void refuseKeywords(String name, String[] kwnames) {
        if (kwnames.length > 0) {
            throw PyErrors.typeError(name + "() takes no keyword arguments");
        }
    }

    /** METH_VARARGS counted by hand, as sendto: "sendto() takes 2 or 3 arguments (1 given)". */
    record Either(String name, int min, int max, String qualified) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(qualified, kwnames);
            if (args.length < min || args.length > max) {
                throw PyErrors.typeError(name + "() takes " + min + " or " + max + " arguments (" + args.length + " given)");
            }
            return new Call(args, kwnames);
        }
    }

    /** Any number of positional arguments, no keywords (set.union, struct.pack). */
    record NoKeywords(String name) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(name, kwnames);
            return new Call(args, kwnames);
        }
    }

    /** METH_NOARGS; {@code name} is qualified as CPython shows it ("socket.fileno"). */
    record NoArgs(String name) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(name, kwnames);
            if (args.length != 0) {
                throw PyErrors.typeError(name + "() takes no arguments (" + args.length + " given)");
            }
            return new Call(args, kwnames);
        }
    }

    /** METH_O: exactly one positional argument. */
    record One(String name) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(name, kwnames);
            if (args.length != 1) {
                throw PyErrors.typeError(name + "() takes exactly one argument (" + args.length + " given)");
            }
            return new Call(args, kwnames);
        }
    }

    /**
     * METH_VARARGS parsed by PyArg_ParseTuple with a ":name" format; keywords are refused under the
     * function's own name {@code qualified}, which may differ from the format's.
     */
    record Tuple(String name, int min, int max, String qualified) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(qualified, kwnames);
            int n = args.length;
            if (n < min || n > max) {
                String bound = min == max ? "exactly" : n < min ? "at least" : "at most";
                int count = n < min ? min : max;
                throw PyErrors.typeError(name + "() takes " + bound + " " + count + " argument" + plural(count)
                        + " (" + n + " given)");
            }
            return new Call(args, kwnames);
        }
    }

    /**
     * Argument Clinic with positional-only parameters (_PyArg_CheckPositional); keywords are refused
     * under {@code qualified}, the name vectorcall shows ("bytes.center").
     */
    record Positional(String name, int min, int max, String qualified) implements ArgumentRule {
        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            refuseKeywords(qualified, kwnames);
            int n = args.length;
            if (n < min) {
                throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                        + plural(min) + ", got " + n);
            }
            if (n > max) {
                throw PyErrors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                        + plural(max) + ", got " + n);
            }
            return new Call(args, kwnames);
        }
    }

    /**
     * Argument Clinic with keywords (_PyArg_UnpackKeywords): {@code positionalOnly} leading
     * parameters, then ones that may be named, then {@code keywordOnly} trailing ones; {@code required}
     * leading ones must be given.
     */
    record Keywords(String name, int required, int positionalOnly, int keywordOnly, List<String> params)
            implements ArgumentRule {

        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            int nkw = kwnames.length;
            int nargs = args.length - nkw;
            int maxargs = params.size();
            int maxpos = maxargs - keywordOnly;
            if (nkw == 0 && required <= nargs && nargs <= maxpos) {
                return new Call(args, kwnames);
            }
            if (nargs + nkw > maxargs) {
                throw PyErrors.typeError(name + "() takes at most " + maxargs + " " + (nargs == 0 ? "keyword " : "")
                        + "argument" + plural(maxargs) + " (" + (nargs + nkw) + " given)");
            }
            if (nargs > maxpos) {
                throw PyErrors.typeError(maxpos == 0 ? name + "() takes no positional arguments"
                        : name + "() takes " + (required < maxpos ? "at most" : "exactly") + " " + maxpos
                                + " positional argument" + plural(maxpos) + " (" + nargs + " given)");
            }
            int minPositionalOnly = Math.min(positionalOnly, required);
            if (nargs < minPositionalOnly) {
                throw PyErrors.typeError(name + "() takes " + (minPositionalOnly < maxpos ? "at least" : "exactly") + " "
                        + minPositionalOnly + " positional argument" + plural(minPositionalOnly) + " (" + nargs + " given)");
            }
            PyObject[] bound = new PyObject[maxargs];
            System.arraycopy(args, 0, bound, 0, nargs);
            int unused = nkw;
            for (int i = Math.max(nargs, positionalOnly); i < maxargs; i++) {
                int k = nkw > 0 ? indexOf(kwnames, params.get(i)) : -1;
                if (k >= 0) {
                    bound[i] = args[nargs + k];
                    unused--;
                } else if (i < required) {
                    throw PyErrors.typeError(name + "() missing required argument '" + params.get(i) + "' (pos " + (i + 1) + ")");
                } else if (unused == 0 && i >= required) {
                    break;
                }
            }
            if (unused > 0) {
                for (int i = positionalOnly; i < nargs; i++) {
                    if (indexOf(kwnames, params.get(i)) >= 0) {
                        throw PyErrors.typeError("argument for " + name + "() given by name ('" + params.get(i)
                                + "') and position (" + (i + 1) + ")");
                    }
                }
                for (String kw : kwnames) {
                    int at = params.indexOf(kw);
                    if (at < positionalOnly) {
                        throw PyErrors.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
                    }
                }
            }
            return positionally(bound, maxpos, args, kwnames);
        }

        /** The bound arguments as positional ones when they have no gap and none is keyword-only. */
        static Call positionally(PyObject[] bound, int maxpos, PyObject[] args, String[] kwnames) {
            int count = 0;
            while (count < bound.length && bound[count] != null) {
                count++;
            }
            for (int i = count; i < bound.length; i++) {
                if (bound[i] != null) {
                    return new Call(args, kwnames);
                }
            }
            if (count > maxpos) {
                return new Call(args, kwnames);
            }
            return new Call(java.util.Arrays.copyOf(bound, count), PyBuiltin.NO_KEYWORDS);
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

    /**
     * A function CPython writes in Python (socket.py's {@code makefile}, os.py's {@code fsencode}):
     * refused with a Python function's messages under its qualname, {@code self} counted for a method.
     * {@code params} are the positional-or-keyword ones, then {@code keywordOnly} keyword-only ones;
     * {@code required[i]} says whether parameter i has no default.
     */
    record Python(String qualname, boolean method, int keywordOnly, List<String> params, List<Boolean> required)
            implements ArgumentRule {

        @Override
        public Call check(PyObject[] args, String[] kwnames) {
            int nkw = kwnames.length;
            int nargs = args.length - nkw;
            int argcount = params.size() - keywordOnly;
            int self = method ? 1 : 0;
            if (nargs > argcount) {
                int min = 0;
                for (int i = 0; i < argcount; i++) {
                    min += required.get(i) ? 1 : 0;
                }
                int max = argcount + self;
                min += self;
                String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
                int given = nargs + self;
                throw PyErrors.typeError(qualname + "() takes " + takes + " positional argument" + (min == max && max == 1 ? "" : "s")
                        + " but " + given + " " + (given == 1 ? "was" : "were") + " given");
            }
            PyObject[] bound = new PyObject[params.size()];
            System.arraycopy(args, 0, bound, 0, nargs);
            for (int k = 0; k < nkw; k++) {
                int index = params.indexOf(kwnames[k]);
                if (index < 0) {
                    throw PyErrors.typeError(qualname + "() got an unexpected keyword argument '" + kwnames[k] + "'");
                }
                if (bound[index] != null) {
                    throw PyErrors.typeError(qualname + "() got multiple values for argument '" + kwnames[k] + "'");
                }
                bound[index] = args[nargs + k];
            }
            missing(bound, 0, argcount, "positional");
            missing(bound, argcount, params.size(), "keyword-only");
            return Keywords.positionally(bound, argcount, args, kwnames);
        }

        private void missing(PyObject[] bound, int from, int to, String kind) {
            List<String> names = new java.util.ArrayList<>();
            for (int i = from; i < to; i++) {
                if (bound[i] == null && required.get(i)) {
                    names.add("'" + params.get(i) + "'");
                }
            }
            if (names.isEmpty()) {
                return;
            }
            String list = names.size() == 1 ? names.get(0)
                    : names.size() == 2 ? names.get(0) + " and " + names.get(1)
                    : String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
            throw PyErrors.typeError(qualname + "() missing " + names.size() + " required " + kind + " argument"
                    + (names.size() == 1 ? "" : "s") + ": " + list);
        }
    }
}
