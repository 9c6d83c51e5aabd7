package org.enchufe.lang.vm;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;

/** One thread of Python execution: its frames, the exceptions it is handling, why it waits. */
public final class ThreadState {

    public enum Status { RUNNABLE, BLOCKED, FINISHED }

    /** Slots in the array a chain of Python calls runs in, when it needs a new one (Calls.simpleCall). */
    static final int CHUNK = 512;

    Frame top;
    /** An array of {@link #CHUNK} slots whose frames have all returned, for the next chain of calls. */
    PyObject[] spareChunk;
    /** The interpreter's instruction count when {@link #renewArrays} last ran. */
    long renewedAt;
    final List<PyException> handled = new ArrayList<>();
    int depth;
    Status status = Status.RUNNABLE;
    Suspension suspension;
    PyRaise pending;
    PyObject result;
    PyException uncaught;
    /** The instruction budget left, while compiled code runs (the run loop keeps it in a local). */
    long budget;
    /** A nested run's (a builtin calling Python code): it does not pay the slice's debt, the thread's own run does. */
    boolean nested;
    /** Why compiled code handed the thread back to the run loop (see {@link Compiled}). */
    int jitExit;
    /** With {@code jitExit == Compiled.RAISED}: the exception to unwind from {@link #top}. */
    PyException jitRaised;
    /** Compiled code returned a generator's yielded value (not its return value). */
    boolean jitYielded;
    /**
     * While this thread waits in a call made under a builtin: the nested run that blocked
     * (its innermost), and the continuation holding the builtins' Java frames ({@link Parking}).
     * What the host asks of the thread — its suspension, resume, a signal frame — goes to it.
     */
    /** CPU time this thread's slices used (time.thread_time), and when its running slice began (-1: none). */
    long cpuNanos;
    long sliceCpuStart = -1;
    ThreadState parked;
    Object continuation;
    /** The nested runs (builtins calling Python code) this thread is inside now, outermost first: the memory meter's roots too. */
    final List<ThreadState> nestedRuns = new ArrayList<>(0);
    /** Instructions other threads ran while this one was parked, which its nested runs must not count as theirs. */
    long othersRan;
    /** What a slice run in a continuation returned to {@link Interpreter#run}. */
    Object sliceOutcome;

    ThreadState(Frame top) {
        this.top = top;
        this.depth = 1;
    }

    public Status status() {
        return status;
    }

    public Suspension suspension() {
        return innermost().suspension;
    }

    /** The thread's own state, or the nested run it is parked in: where a resume or a signal goes. */
    ThreadState innermost() {
        return parked != null ? parked : this;
    }

    public PyException uncaught() {
        return uncaught;
    }

    public PyObject result() {
        return result;
    }

    public Frame top() {
        return top;
    }

    /** The line of the next instruction, for step mode and for "sleeping in accept()" views. */
    public int line() {
        Frame f = innermostFrame();
        return f == null ? 0 : f.code.line(f.pc);
    }

    /** The frame the thread is at: a parked nested run's, else (waiting in a builtin a builtin called) the nearest one out. */
    Frame innermostFrame() {
        if (parked != null && parked.top != null) {
            return parked.top;
        }
        for (int i = nestedRuns.size() - 1; i >= 0; i--) {
            if (nestedRuns.get(i).top != null) {
                return nestedRuns.get(i).top;
            }
        }
        return top;
    }

    /** The line of the call in progress (a builtin being called, or the call the thread waits in). */
    public int callLine() {
        Frame f = innermostFrame();
        return f == null ? 0 : f.code.line(Math.max(0, f.pc - 1));
    }

    /** Completes the blocked call with its result. */
    public void resume(PyObject value) {
        ThreadState t = innermost();
        if (t.top == null) {
            // A builtin's call to a builtin, waiting without a frame (Interpreter.waitUnderBuiltin).
            t.result = value;
        } else {
            t.top.stack[t.top.sp++] = value;
        }
        t.suspension = null;
        t.status = Status.RUNNABLE;
        status = Status.RUNNABLE;
    }

    /** Completes the blocked call by raising in the program. */
    public void resumeWithError(PyException error) {
        ThreadState t = innermost();
        t.pending = new PyRaise(error);
        t.suspension = null;
        t.status = Status.RUNNABLE;
        status = Status.RUNNABLE;
    }

    /** Raises in a runnable or blocked thread at its next step: Ctrl-C's KeyboardInterrupt. */
    public void interrupt(PyException error) {
        resumeWithError(error);
    }

    /**
     * Moves every frame's slots to new arrays, keeping frames that shared an array sharing its
     * copy. A new array is in the young generation, and G1 (JDK 25) makes every reference store
     * into an old-generation object pay a memory fence; the value stack takes a store per
     * instruction, and an array a long-running frame has kept for a few collections gets promoted
     * (calls ran 35–50 % slower then). Runs between slices only: the loop holds no array.
     */
    void renewArrays() {
        java.util.IdentityHashMap<PyObject[], PyObject[]> copies = new java.util.IdentityHashMap<>();
        for (Frame f = top; f != null; f = f.back) {
            PyObject[] copy = copies.computeIfAbsent(f.stack, old -> new PyObject[old.length]);
            System.arraycopy(f.stack, f.base, copy, f.base, f.sp - f.base);
            f.stack = copy;
        }
        spareChunk = null;
    }

    /** The copy os.fork() makes: same frames, same objects, independent from here on. */
    public ThreadState forkCopy(Forker fork) {
        ThreadState copy = new ThreadState(top == null ? null : top.forkCopy(fork));
        for (PyException e : handled) {
            copy.handled.add(fork.copy(e));
        }
        copy.depth = depth;
        copy.status = status;
        copy.suspension = suspension;
        return copy;
    }
}
