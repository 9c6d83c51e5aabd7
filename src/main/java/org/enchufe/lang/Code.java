package org.enchufe.lang;

import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;

/**
 * A compiled function, class body or module: instructions as (opcode, argument) pairs with a
 * source position each, and the tables the instructions index into.
 */
public final class Code extends PyObject {

    public final String name;
    public final String qualname;
    public final String filename;
    public final int[] ops;
    /** {@link #ops} with pairs fused into superinstructions: what the run loop executes. */
    public final int[] quickened;
    public final int[] lines;
    /** Per instruction: start column, end line, end column of its node (-1 when unknown). */
    public final int[] columns;
    public final PyObject[] consts;
    public final String[] names;
    /** The names as str objects, the keys LOAD_NAME and LOAD_GLOBAL look up without allocating. */
    public final PyStr[] nameKeys;
    /**
     * LOAD_GLOBAL's cache, one slot per name: what the name was found to be, and the versions of
     * the globals and builtins it was found in. Shared by every interpreter running this code
     * (a fork's, another thread's): a slot is replaced whole, never changed, so it is read whole.
     */
    public final CachedGlobal[] globalCache;
    /**
     * LOAD_METHOD's cache, one slot per name: the method last found on a builtin type (str, list,
     * dict…), whose methods a program cannot change, so a slot stays true for its type.
     */
    public final CachedMethod[] methodCache;
    /**
     * LOAD_ATTR's and LOAD_METHOD's cache for modules ({@code struct.pack}, {@code socket.AF_INET}),
     * one slot per name: what the name was in which module dict, at which version of it.
     */
    public final CachedAttribute[] moduleCache;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** For each cell, the index of the parameter it starts as, or -1. */
    public final int[] cellArgs;
    public final int argcount;
    public final int posonlycount;
    public final int kwonlycount;
    public final boolean varargs;
    public final boolean varkw;
    public final boolean generator;
    /** Whether a call may bind exactly argcount positional arguments straight into the locals: no generator, *args, **kwargs, keyword-only parameters or cells. */
    public final boolean plainArguments;
    public final int firstLine;
    public final int maxStack;
    /** Slots a frame needs: the locals, then the deepest value stack. */
    public final int frameSize;
    /**
     * The second tier's version of this code (a {@code lang.vm.Compiled}), or a marker that it
     * cannot have one; null until the code is hot. Shared by every interpreter running this code.
     */
    public volatile Object compiled;
    /** Calls and loop iterations the first tier ran, until the code is compiled (a heuristic: racy). */
    public int warmth;

    public Code(String name, String qualname, String filename, int[] ops, int[] lines, int[] columns, PyObject[] consts,
                String[] names,
                String[] varnames, String[] cellvars, String[] freevars, int[] cellArgs, int argcount, int posonlycount,
                int kwonlycount, boolean varargs, boolean varkw, boolean generator, int firstLine, int maxStack) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.ops = ops;
        this.quickened = Superinstructions.fuse(ops, lines);
        this.lines = lines;
        this.columns = columns;
        this.consts = consts;
        this.names = names;
        this.nameKeys = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            this.nameKeys[i] = PyStr.of(names[i]);
        }
        this.globalCache = new CachedGlobal[names.length];
        this.methodCache = new CachedMethod[names.length];
        this.moduleCache = new CachedAttribute[names.length];
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cellArgs = cellArgs;
        this.argcount = argcount;
        this.posonlycount = posonlycount;
        this.kwonlycount = kwonlycount;
        this.varargs = varargs;
        this.varkw = varkw;
        this.generator = generator;
        this.firstLine = firstLine;
        this.plainArguments = !generator && !varargs && !varkw && kwonlycount == 0 && cellvars.length == 0;
        this.maxStack = maxStack;
        this.frameSize = varnames.length + maxStack;
    }

    /** A global name's value as found in {@code globals} or {@code builtins} at their versions then. */
    public record CachedGlobal(PyDict globals, int globalsVersion, PyDict builtins, int builtinsVersion, PyObject value) {

        /** The value, if neither dict changed since; else null. */
        public PyObject valueIn(PyDict globalsNow, PyDict builtinsNow) {
            return globals == globalsNow && builtins == builtinsNow && globalsVersion == globalsNow.version()
                    && builtinsVersion == builtinsNow.version() ? value : null;
        }
    }

    /** What a name was in a module's dict, at a version of it. */
    public record CachedAttribute(PyDict dict, int version, PyObject value) {

        /** The value, if {@code dictNow} is the dict and has not changed since; else null. */
        public PyObject valueIn(PyDict dictNow) {
            return dict == dictNow && version == dictNow.version() ? value : null;
        }
    }

    /** The method a name found on a builtin type. */
    public record CachedMethod(PyType type, PyObject method) {
    }

    public int length() {
        return ops.length / 2;
    }

    public int opcode(int pc) {
        return ops[2 * pc];
    }

    public int arg(int pc) {
        return ops[2 * pc + 1];
    }

    /** {start column, end line, end column} of instruction {@code pc}, or -1s when unknown. */
    public int[] span(int pc) {
        if (pc < 0 || 3 * pc + 2 >= columns.length) {
            return new int[] {-1, -1, -1};
        }
        return new int[] {columns[3 * pc], columns[3 * pc + 1], columns[3 * pc + 2]};
    }

    public int line(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    @Override
    public PyType type() {
        return PyType.CODE;
    }
}
