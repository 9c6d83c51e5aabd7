package org.enchufe.lang.vm;

import java.util.Arrays;

import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;

/**
 * What second-tier code calls: one static method per instruction, doing what the run loop's case
 * does, on the frame's array. Most take (in, f, stack, base, sp, arg) — {@code sp} the stack's
 * depth before the instruction, as an index into {@code stack} — so that {@link JitEmitter}
 * emits every instruction the same way; the JVM inlines them into the compiled function.
 */
final class JitSupport {

    private JitSupport() {
    }

    // ---------------------------------------------------------------- budget and exits

    /** Takes a block's {@code n} instructions from the budget; false (taking none) when it has fewer. */
    static boolean charge(ThreadState ts, int n) {
        long budget = ts.budget;
        if (budget < n) {
            return false;
        }
        ts.budget = budget - n;
        return true;
    }

    /**
     * A backward jump: the slice's debt (work builtins charged) is paid here, where the run loop
     * pays it, so both tiers end a slice at the same instruction.
     */
    static void payDebt(Interpreter in, ThreadState ts) {
        if (in.sliceDebt != 0 && !ts.nested) {
            ts.budget = in.payDebt(ts.budget);
        }
    }

    /** Hands {@code f} to the run loop at {@code pc} with the stack at {@code sp}, giving back {@code refund} instructions. */
    static PyObject deopt(ThreadState ts, Frame f, int pc, int sp, int refund) {
        f.pc = pc;
        f.sp = sp;
        ts.top = f;
        ts.budget += refund;
        ts.jitExit = Compiled.CONTINUE;
        return null;
    }

    /**
     * Instruction {@code pc} of {@code f} threw {@code t}: the run loop unwinds it from there as it
     * would have (Interpreter.asPython, as its own catch clause), with the rest of the block's
     * instructions given back.
     */
    static PyObject raised(Throwable t, ThreadState ts, Frame f, int pc, int refund) {
        PyException exc = switch (t) {
            case Interpreter.NestedEscape e -> throw e;
            case RuntimeException e -> Interpreter.asPython(e);
            case StackOverflowError e -> Interpreter.asPython(e);
            case OutOfMemoryError e -> Interpreter.asPython(e);
            case Error e -> throw e;
            default -> throw new IllegalStateException(t);
        };
        f.pc = pc + 1;
        f.sp = f.stackBase();
        ts.top = f;
        ts.budget += refund;
        ts.jitExit = Compiled.RAISED;
        ts.jitRaised = exc;
        return null;
    }

    // ---------------------------------------------------------------- names

    static void loadFast(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject v = s[base + arg];
        if (v == null) {
            throw in.unboundLocal(f.code.varnames[arg]);
        }
        s[sp] = v;
    }

    static void loadGlobal(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp] = in.global(f, f.code, arg);
    }

    static void loadName(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp] = in.name(f, f.code, arg);
    }

    static void storeName(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        f.locals.put(f.code.nameKeys[arg], s[sp - 1]);
    }

    static void setupFinally(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        f.pushBlock(Frame.BLOCK_TRY, arg, sp);
    }

    static void popBlock(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        f.blockCount--;
    }

    static void storeGlobal(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        f.globals.put(f.code.nameKeys[arg], s[sp - 1]);
    }

    static void loadDeref(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject v = f.cells[arg].value;
        if (v == null) {
            throw in.unboundDeref(f.code, arg);
        }
        s[sp] = v;
    }

    static void storeDeref(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        f.cells[arg].value = s[sp - 1];
    }

    static void loadAttr(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 1] = in.attribute(s[sp - 1], f.code, arg);
    }

    static void storeAttr(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 1].setAttr(in, f.code.names[arg], s[sp - 2]);
    }

    static void loadMethod(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        in.loadMethod(f.code, arg, s, sp);
    }

    // ---------------------------------------------------------------- stack and operators

    static void rotTwo(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject t = s[sp - 1];
        s[sp - 1] = s[sp - 2];
        s[sp - 2] = t;
    }

    static void dupTop(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp] = s[sp - 1];
    }

    static void binaryOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject right = s[sp - 1];
        PyObject left = s[sp - 2];
        PyObject r = Numbers.smallIntBinary(arg, left, right);
        s[sp - 2] = r != null ? r : Ops.binary(in, Interpreter.OPERATORS[arg], left, right);
    }

    static void inplaceOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject right = s[sp - 1];
        PyObject left = s[sp - 2];
        PyObject r = Numbers.smallIntBinary(arg, left, right);
        s[sp - 2] = r != null ? r : Ops.inplace(in, Interpreter.OPERATORS[arg], left, right);
    }

    static void unaryOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 1] = Ops.unary(in, Interpreter.UNARY[arg], s[sp - 1]);
    }

    static void compareOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject right = s[sp - 1];
        PyObject left = s[sp - 2];
        PyObject r = Numbers.smallIntCompare(arg, left, right);
        s[sp - 2] = r != null ? r : Ops.compare(in, Interpreter.COMPARES[arg], left, right);
    }

    static void isOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 2] = PyBool.of((s[sp - 2] == s[sp - 1]) != (arg == 1));
    }

    static void containsOp(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 2] = PyBool.of(Ops.contains(in, s[sp - 1], s[sp - 2]) != (arg == 1));
    }

    static void binarySubscr(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 2] = Ops.getItem(in, s[sp - 2], s[sp - 1]);
    }

    static void storeSubscr(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        Ops.setItem(in, s[sp - 2], s[sp - 1], s[sp - 3]);
    }

    static void buildTuple(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - arg] = PyTuple.of(Arrays.copyOfRange(s, sp - arg, sp));
    }

    static void buildList(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - arg] = new PyList(Arrays.copyOfRange(s, sp - arg, sp));
    }

    static void listAppend(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        ((PyList) s[sp - 1 - arg]).append(s[sp - 1]);
        in.accountObjects(1);
    }

    static void unpackSequence(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        PyObject[] items = in.unpackItems(s[sp - 1], arg, -1);
        for (int k = 0; k < arg; k++) {
            s[sp - 1 + k] = items[arg - 1 - k];
        }
    }

    static void getIter(Interpreter in, Frame f, PyObject[] s, int base, int sp, int arg) {
        s[sp - 1] = Ops.iter(in, s[sp - 1]);
    }

    /** Any instruction the run loop leaves to {@link RareInstructions}; {@code pc} is the instruction's. */
    static void rare(Interpreter in, ThreadState ts, Frame f, int op, int arg, int sp, int pc) {
        f.pc = pc + 1;
        RareInstructions.execute(in, ts, f, op, arg, sp);
    }

    // ---------------------------------------------------------------- control

    /** POP_JUMP_IF_FALSE's and friends' test. */
    static boolean truthy(Interpreter in, PyObject v) {
        return v == PyBool.TRUE || v != PyBool.FALSE && Ops.truthy(in, v);
    }

    /**
     * FOR_ITER at {@code pc}, jumping to {@code target} when done: 0 when the next item was pushed,
     * 1 when the iterator is exhausted (and popped), 2 to leave the instruction to the run loop (a
     * generator that is not compiled), 3 when the thread was handed to the run loop inside the
     * generator. A compiled generator is resumed here, on the Java stack, as the run loop would.
     */
    static int forIter(Interpreter in, ThreadState ts, Frame f, PyObject[] s, int sp, int pc, int target) {
        PyObject it = s[sp - 1];
        if (it instanceof PyGenerator g) {
            return resume(in, ts, f, g, s, sp, pc, target);
        }
        PyObject next = Ops.next(in, it);
        if (next == null) {
            s[sp - 1] = null;
            return 1;
        }
        s[sp] = next;
        return 0;
    }

    private static int resume(Interpreter in, ThreadState ts, Frame f, PyGenerator g, PyObject[] s, int sp, int pc, int target) {
        if (g.exhausted) {
            s[sp - 1] = null;
            return 1;
        }
        if (g.running) {
            throw PyErrors.valueError("generator already executing");
        }
        Frame frame = g.frame;
        Compiled compiled = JitCompiler.compiledWhenHot(in, frame.code);
        if (compiled == null || !compiled.enters(frame.pc)) {
            return 2;
        }
        if (g.started) {
            frame.stack[frame.sp++] = PyNone.NONE;
        }
        g.started = true;
        g.running = true;
        g.loopExit = target;
        frame.back = f;
        f.pc = pc + 1;
        f.sp = sp;
        ts.depth++;
        PyObject result;
        try {
            result = compiled.run(in, ts, frame);
        } catch (Throwable t) {
            ts.depth--;
            throw t;
        }
        if (result == null) {
            return 3;
        }
        frame.back = null;
        g.running = false;
        ts.depth--;
        if (ts.jitYielded) {
            ts.jitYielded = false;
            s[sp] = result;
            return 0;
        }
        g.exhausted = true;
        g.returnValue = result;
        s[sp - 1] = null;
        return 1;
    }

    /** YIELD_VALUE at {@code pc}: the generator's frame is left to resume after it; its caller takes the value. */
    static PyObject yieldValue(ThreadState ts, Frame f, int pc, int sp) {
        f.pc = pc + 1;
        f.sp = sp - 1;
        ts.jitYielded = true;
        return f.stack[sp - 1];
    }

    /**
     * CALL or CALL_METHOD ({@code op}) with {@code argc} arguments, the instruction at {@code pc}:
     * leaves the result where the callable was and returns true, or returns false having handed
     * the thread to the run loop (the callee's frame to run there, a blocked call, an exception).
     * A compiled callee runs here, on the Java stack; Python code that is not runs in the loop.
     */
    static boolean call(Interpreter in, ThreadState ts, Frame f, PyObject[] s, int sp, int op, int argc, int pc) {
        boolean method = op == org.enchufe.lang.Opcode.CALL_METHOD;
        int callableAt = method ? sp - argc - 2 : sp - argc - 1;
        PyObject self = method ? s[sp - argc - 1] : null;
        PyObject callable = s[callableAt];
        Frame next = in.calls.simpleCall(ts, callable, self, s, sp - argc, argc);
        if (next == null && self == null) {
            next = in.calls.initFrame(ts, callable, s, sp - argc, argc);
        }
        if (next != null) {
            return enter(in, ts, f, next, s, callableAt, pc);
        }
        if (Calls.runsAsFrame(callable)) {
            // Defaults, *args, a class's __init__ with other arguments: the run loop makes the frame.
            deopt(ts, f, pc, sp, 1);
            return false;
        }
        PyObject[] args;
        PyObject boundSelf = null;
        if (self == null) {
            args = Arrays.copyOfRange(s, sp - argc, sp);
        } else if (callable instanceof PyBuiltin b && b.isMethod() && self.type() == b.owner()) {
            boundSelf = self;
            args = Arrays.copyOfRange(s, sp - argc, sp);
        } else {
            args = new PyObject[argc + 1];
            args[0] = self;
            System.arraycopy(s, sp - argc, args, 1, argc);
        }
        return callBuiltin(in, ts, f, callable, boundSelf, args, PyBuiltin.NO_KEYWORDS, s, callableAt, pc);
    }

    /** CALL_KW or CALL_EX ({@code op}) at {@code pc}: as {@link #call}, with keywords or unpacked arguments. */
    static boolean callGeneral(Interpreter in, ThreadState ts, Frame f, PyObject[] s, int sp, int op, int arg, int pc) {
        Calls.CallArguments call = Calls.callArguments(op, arg, s, sp);
        int callableAt = call.start() - 1;
        PyObject callable = s[callableAt];
        s[callableAt] = null;
        Frame next = in.calls.frameForCall(ts, callable, call.args(), call.kwnames());
        if (next != null) {
            return enter(in, ts, f, next, s, callableAt, pc);
        }
        return callBuiltin(in, ts, f, callable, null, call.args(), call.kwnames(), s, callableAt, pc);
    }

    /**
     * Runs {@code next}, the frame of a call at {@code pc} of {@code f} (its depth counted), and
     * leaves its result at {@code callableAt}: on the Java stack if its code is compiled (or now
     * hot enough to be), else by handing the thread to the run loop, which continues in it.
     */
    private static boolean enter(Interpreter in, ThreadState ts, Frame f, Frame next, PyObject[] s, int callableAt, int pc) {
        next.back = f;
        f.pc = pc + 1;
        f.sp = callableAt;
        Compiled compiled = JitCompiler.compiledWhenHot(in, next.code);
        if (compiled == null) {
            ts.top = next;
            ts.jitExit = Compiled.CONTINUE;
            return false;
        }
        PyObject result;
        try {
            result = compiled.run(in, ts, next);
        } catch (Throwable t) {
            ts.depth--;
            throw t;
        }
        if (result == null) {
            return false;
        }
        if (next.instance != null) {
            if (result != PyNone.NONE) {
                // The run loop's RETURN_VALUE raises the TypeError, as for any __init__.
                compiled.returnThroughLoop(ts, next, result);
                ts.top = next;
                ts.jitExit = Compiled.CONTINUE;
                return false;
            }
            result = next.instance;
        }
        ts.depth--;
        if (next.base == 0 && next.stack.length >= ThreadState.CHUNK) {
            ts.spareChunk = next.stack;
        }
        s[callableAt] = result;
        return true;
    }

    /**
     * Calls something that is not Python code (a builtin, a bound builtin method given its self
     * apart, a generator function) as the run loop does, and leaves the result at {@code callableAt};
     * false when the call blocked (the thread then waits in it, at {@code pc}'s end).
     */
    private static boolean callBuiltin(Interpreter in, ThreadState ts, Frame f, PyObject callable, PyObject boundSelf,
            PyObject[] args, String[] kwnames, PyObject[] s, int callableAt, int pc) {
        s[callableAt] = null;
        f.sp = callableAt;
        f.pc = pc + 1;
        in.callingFrame = f;
        PyObject result;
        try {
            result = boundSelf != null ? ((PyBuiltin) callable).callBound(in, boundSelf, args, kwnames)
                    : callable.call(in, args, kwnames);
        } catch (BlockSignal block) {
            ts.top = f;
            ts.status = ThreadState.Status.BLOCKED;
            ts.suspension = block.suspension();
            ts.jitExit = Compiled.BLOCKED;
            return false;
        }
        s[callableAt] = result;
        return true;
    }
}
