package org.enchufe.lang.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;

/** Binds call arguments to a Python function's parameters, with CPython 3.11's error messages. */
final class ArgumentBinder {

    private ArgumentBinder() {
    }

    static PyObject[] bind(Interpreter in, PyFunction fn, PyObject[] args, String[] kwnames) {
        Code code = fn.code();
        if (kwnames.length == 0 && args.length == code.argcount && !code.varargs && !code.varkw && code.kwonlycount == 0) {
            // The common call: exactly the positional arguments the function declares.
            PyObject[] fast = Frame.slotsFor(code);
            System.arraycopy(args, 0, fast, 0, args.length);
            return fast;
        }
        PyObject[] fast = Frame.slotsFor(code);
        int positional = args.length - kwnames.length;
        int argcount = code.argcount;
        String name = fn.qualname();

        int copied = Math.min(positional, argcount);
        System.arraycopy(args, 0, fast, 0, copied);
        int next = argcount + code.kwonlycount;
        if (code.varargs) {
            fast[next++] = positional > argcount ? PyTuple.of(Arrays.copyOfRange(args, argcount, positional)) : PyTuple.EMPTY;
        } else if (positional > argcount) {
            throw tooManyPositional(fn, positional, kwnames, args);
        }
        PyDict extra = null;
        if (code.varkw) {
            extra = new PyDict();
            fast[next] = extra;
        }
        List<String> posonlyAsKeyword = new ArrayList<>();
        for (int k = 0; k < kwnames.length; k++) {
            String kw = kwnames[k];
            PyObject value = args[positional + k];
            int index = -1;
            for (int i = code.posonlycount; i < argcount + code.kwonlycount; i++) {
                if (code.varnames[i].equals(kw)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                if (extra != null) {
                    extra.putStr(kw, value);
                    continue;
                }
                for (int i = 0; i < code.posonlycount; i++) {
                    if (code.varnames[i].equals(kw)) {
                        posonlyAsKeyword.add(kw);
                    }
                }
                if (!posonlyAsKeyword.isEmpty()) {
                    continue;
                }
                throw PyErrors.typeError(name + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (fast[index] != null) {
                throw PyErrors.typeError(name + "() got multiple values for argument '" + kw + "'");
            }
            fast[index] = value;
        }
        if (!posonlyAsKeyword.isEmpty()) {
            throw PyErrors.typeError(name + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKeyword) + "'");
        }
        PyObject[] defaults = fn.defaults();
        int defaultCount = defaults == null ? 0 : defaults.length;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < argcount; i++) {
            if (fast[i] == null) {
                int d = i - (argcount - defaultCount);
                if (d >= 0) {
                    fast[i] = defaults[d];
                } else {
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(name, missing, "positional");
        }
        for (int i = argcount; i < argcount + code.kwonlycount; i++) {
            if (fast[i] == null) {
                PyObject d = fn.kwDefaults() == null ? null : fn.kwDefaults().get(PyStr.of(code.varnames[i]));
                if (d != null) {
                    fast[i] = d;
                } else {
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw missing(name, missing, "keyword-only");
        }
        return fast;
    }

    private static RuntimeException missing(String name, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() > 2 ? ", " : " ");
                if (i == names.size() - 1) {
                    list.append("and ");
                }
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return PyErrors.typeError(name + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    private static RuntimeException tooManyPositional(PyFunction fn, int given, String[] kwnames, PyObject[] args) {
        Code code = fn.code();
        int defaults = fn.defaults() == null ? 0 : fn.defaults().length;
        int max = code.argcount;
        int min = max - defaults;
        String takes = min == max ? String.valueOf(max) : "from " + min + " to " + max;
        int kwonlyGiven = 0;
        for (String kw : kwnames) {
            for (int i = code.argcount; i < code.argcount + code.kwonlycount; i++) {
                if (code.varnames[i].equals(kw)) {
                    kwonlyGiven++;
                }
            }
        }
        String plural = (min == max && max == 1) ? "" : "s";
        String given2 = String.valueOf(given);
        if (kwonlyGiven > 0) {
            given2 += " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ")";
        }
        return PyErrors.typeError(fn.qualname() + "() takes " + takes + " positional argument" + plural + " but " + given2 + " "
                + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }
}
