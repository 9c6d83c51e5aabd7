package org.enchufe.lang.vm;

import java.util.Arrays;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyCell;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFunction;
import org.enchufe.lang.runtime.PyInstance;
import org.enchufe.lang.runtime.PyMethod;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;

import static org.enchufe.lang.Opcode.CALL_KW;

/**
 * Calls: the frame a call of Python code runs in — built straight on the caller's value stack
 * for the common call ({@link #simpleCall}), with CPython's argument binding for the rest — for
 * both tiers to continue in, and a call from Java ({@link #call}), which runs Python code in a
 * nested loop of the interpreter. One per interpreter.
 */
final class Calls {

    private final Interpreter in;
    /** The recursion limit, read on every call. */
    private final int maxDepth;

    Calls(Interpreter in, int maxDepth) {
        this.in = in;
        this.maxDepth = maxDepth;
    }

    /**
     * The frame for the most common call — a Python function or bound method given exactly its
     * positional parameters — built straight from the value stack; null for any other call.
     */
    Frame simpleCall(ThreadState ts, PyObject callable, PyObject self, PyObject[] stack, int from, int count) {
        PyFunction fn;
        if (callable instanceof PyFunction f) {
            fn = f;
        } else if (self == null && callable instanceof PyMethod m && m.function() instanceof PyFunction f) {
            fn = f;
            self = m.self();
        } else {
            return null;
        }
        Code code = fn.code();
        int given = self == null ? count : count + 1;
        if (!code.plainArguments || given != code.argcount) {
            return null;
        }
        if (ts.depth >= maxDepth) {
            throw PyErrors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        ts.depth++;
        PyCell[] cells = fn.closure() == null ? null : cellsFor(code, fn.closure());
        // The callee's locals start at its first argument, where the caller pushed it (CPython's
        // layout): no array and no copy while the caller's array has room above.
        int base = self == null ? from : from - 1;
        if (base + code.frameSize > stack.length) {
            return frameInChunk(ts, fn, self, stack, from, count, cells);
        }
        if (self != null) {
            stack[base] = self;
        }
        if (given < code.varnames.length) {
            Arrays.fill(stack, base + given, base + code.varnames.length, null);
        }
        return new Frame(code, fn.globals(), null, stack, base, cells);
    }

    /**
     * simpleCall's frame when the caller's array has no room: at the start of the thread's spare
     * chunk, or a new one. (Apart, so that simpleCall stays small enough for the JIT to inline.)
     */
    private static Frame frameInChunk(ThreadState ts, PyFunction fn, PyObject self, PyObject[] stack, int from, int count,
            PyCell[] cells) {
        Code code = fn.code();
        int given = self == null ? count : count + 1;
        PyObject[] chunk = ts.spareChunk;
        if (chunk != null && chunk.length >= code.frameSize) {
            ts.spareChunk = null;
            Arrays.fill(chunk, given, code.varnames.length, null);
        } else {
            chunk = new PyObject[Math.max(ThreadState.CHUNK, code.frameSize)];
        }
        if (self != null) {
            chunk[0] = self;
        }
        System.arraycopy(stack, from, chunk, given - count, count);
        return new Frame(code, fn.globals(), null, chunk, 0, cells);
    }

    /**
     * simpleCall's frame for a call of a plain class whose __init__ is a Python function taking
     * exactly these arguments: the new instance is its self and what the call evaluates to.
     */
    Frame initFrame(ThreadState ts, PyObject callable, PyObject[] stack, int from, int count) {
        if (callable instanceof PyType t && plainClass(t) && t.lookup("__init__") instanceof PyFunction init) {
            PyInstance instance = new PyInstance(t);
            Frame frame = simpleCall(ts, init, instance, stack, from, count);
            if (frame != null) {
                frame.instance = instance;
            }
            return frame;
        }
        return null;
    }

    /** A class defined in Python whose instances are plain objects: calling it makes one and runs its __init__. */
    private static boolean plainClass(PyType t) {
        return !t.isBuiltin() && !t.isException() && t.solidBase() == PyType.OBJECT && t.lookup("__new__") == null;
    }

    /** Whether a call of {@code callable} runs Python code in a frame of its own (a builtin, or a generator function, does not). */
    static boolean runsAsFrame(PyObject callable) {
        PyObject function = callable instanceof PyMethod m ? m.function() : callable;
        return function instanceof PyFunction fn && !fn.code().generator || callable instanceof PyType t && !t.isBuiltin();
    }

    /**
     * The frame a call runs in when the callee is Python code (so the run loop continues in it
     * and it can block), or null when the callee is a builtin to call directly.
     */
    Frame frameForCall(ThreadState ts, PyObject callable, PyObject[] args, String[] kwnames) {
        PyFunction fn = null;
        PyObject self = null;
        PyObject instance = null;
        if (callable instanceof PyFunction f) {
            fn = f;
        } else if (callable instanceof PyMethod m && m.function() instanceof PyFunction f) {
            fn = f;
            self = m.self();
        } else if (callable instanceof PyType t && plainClass(t)) {
            PyObject init = t.lookup("__init__");
            instance = new PyInstance(t);
            if (init instanceof PyFunction f) {
                fn = f;
                self = instance;
            } else {
                return null;
            }
        }
        if (fn == null || fn.code().generator) {
            return null;
        }
        if (ts.depth >= maxDepth) {
            throw PyErrors.raise(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        if (self != null) {
            PyObject[] withSelf = new PyObject[args.length + 1];
            withSelf[0] = self;
            System.arraycopy(args, 0, withSelf, 1, args.length);
            args = withSelf;
        }
        Frame frame = functionFrame(fn, args, kwnames, instance);
        ts.depth++;
        return frame;
    }

    /** A frame for calling {@code fn} with the arguments bound to its parameters, as CPython binds them. */
    Frame functionFrame(PyFunction fn, PyObject[] args, String[] kwnames, PyObject instance) {
        Code code = fn.code();
        PyObject[] fast = ArgumentBinder.bind(in, fn, args, kwnames);
        PyCell[] cells = cellsFor(code, fn.closure());
        if (cells != null) {
            for (int i = 0; i < code.cellvars.length; i++) {
                if (code.cellArgs[i] >= 0) {
                    cells[i].value = fast[code.cellArgs[i]];
                }
            }
        }
        Frame frame = new Frame(code, fn.globals(), null, fast, cells);
        frame.instance = instance;
        return frame;
    }

    static PyCell[] cellsFor(Code code, PyCell[] closure) {
        int cellCount = code.cellvars.length;
        int freeCount = code.freevars.length;
        if (cellCount + freeCount == 0) {
            return null;
        }
        PyCell[] cells = new PyCell[cellCount + freeCount];
        for (int i = 0; i < cellCount; i++) {
            cells[i] = new PyCell(null);
        }
        for (int i = 0; i < freeCount; i++) {
            cells[cellCount + i] = closure[i];
        }
        return cells;
    }

    /** The arguments of a CALL_KW or CALL_EX, and the stack index where its operands start (the callable is below). */
    record CallArguments(PyObject[] args, String[] kwnames, int start) {
    }

    /**
     * Takes the operands of CALL_KW (the values, then the tuple of keyword names) or CALL_EX (a
     * tuple, and with {@code arg} 1 a dict) that end at {@code stack[sp - 1]}.
     */
    static CallArguments callArguments(int op, int arg, PyObject[] stack, int sp) {
        String[] kwnames;
        PyObject[] args;
        if (op == CALL_KW) {
            PyTuple names = (PyTuple) stack[--sp];
            kwnames = new String[names.size()];
            for (int i = 0; i < kwnames.length; i++) {
                kwnames[i] = ((PyStr) names.get(i)).value();
            }
            args = Arrays.copyOfRange(stack, sp - arg, sp);
            sp -= arg;
        } else {
            PyDict kwargs = arg == 1 ? (PyDict) stack[--sp] : null;
            PyTuple positional = (PyTuple) stack[--sp];
            kwnames = kwargs == null ? PyBuiltin.NO_KEYWORDS : keywordNames(kwargs);
            args = Arrays.copyOf(positional.items(), positional.size() + kwnames.length);
            if (kwargs != null) {
                int i = positional.size();
                for (PyObject v : kwargs.map().values()) {
                    args[i++] = v;
                }
            }
        }
        return new CallArguments(args, kwnames, sp);
    }

    private static String[] keywordNames(PyDict kwargs) {
        String[] names = new String[kwargs.size()];
        int i = 0;
        for (PyObject k : kwargs.map().keySet()) {
            if (!(k instanceof PyStr s)) {
                throw PyErrors.typeError("keywords must be strings");
            }
            names[i++] = s.value();
        }
        return names;
    }

    /** Calls any callable from Java and returns its result; Python code runs in a nested loop. */
    PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        if (callable instanceof PyFunction fn) {
            if (fn.code().generator) {
                return new PyGenerator(functionFrame(fn, args, kwnames, null));
            }
            return in.runNested(functionFrame(fn, args, kwnames, null));
        }
        if (callable instanceof PyMethod m && m.function() instanceof PyFunction) {
            return m.call(in, args, kwnames);
        }
        try {
            return callable.call(in, args, kwnames);
        } catch (BlockSignal block) {
            return in.waitUnder(block);
        }
    }

    /** Runs a class body with a fresh namespace: the first half of {@code class X: …}. */
    PyObject runClassBody(PyFunction body, PyDict namespace) {
        Code code = body.code();
        Frame frame = new Frame(code, body.globals(), namespace, Frame.slotsFor(code), cellsFor(code, body.closure()));
        return in.runNested(frame);
    }

    /** super() without arguments: the class whose method is running, and its first argument. */
    PyObject[] zeroArgumentSuper() {
        Frame f = in.callingFrame;
        if (f == null || f.code.argcount == 0) {
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): no arguments");
        }
        int classCell = java.util.Arrays.asList(f.code.freevars).indexOf("__class__");
        if (classCell < 0 || f.cells[f.code.cellvars.length + classCell].value == null) {
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        PyObject first = f.stack[f.base];
        int firstCell = java.util.Arrays.asList(f.code.cellvars).indexOf(f.code.varnames[0]);
        if (firstCell >= 0) {
            first = f.cells[firstCell].value;
        }
        return new PyObject[] {f.cells[f.code.cellvars.length + classCell].value, first};
    }
}
