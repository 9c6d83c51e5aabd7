package org.enchufe.lang.vm;

import org.enchufe.lang.runtime.PyObject;

/**
 * A Python function in the second tier: JVM bytecode written by {@link JitEmitter} for one
 * {@link org.enchufe.lang.Code}, running the same instructions as the run loop but without
 * dispatching them one by one. It works on the same heap frame (locals and value stack in
 * {@code f.stack}), so at any instruction it can hand the frame back to the run loop, which goes
 * on where it stopped: that is how the thread still yields at its budget, blocks in a call,
 * raises, steps and forks exactly as in the first tier.
 *
 * <p>{@link #run} returns the function's result, or null when it handed the thread back; then
 * {@code ts.jitExit} says why and {@code ts.top} is the frame to go on with, every compiled frame
 * between it and {@code f} having stored its pc and stack depth.
 */
abstract class Compiled {

    /** The run loop goes on at {@code ts.top}'s pc: budget spent, or an instruction the tier leaves to it. */
    static final int CONTINUE = 0;
    /** A call blocked: {@code ts.top}, its status and suspension are set as the run loop sets them. */
    static final int BLOCKED = 1;
    /** {@code ts.jitRaised} is raised at {@code ts.top}, whose pc is past the instruction that raised it. */
    static final int RAISED = 2;

    /** The pcs the run loop may enter at: 0 and each loop's head (targets of backward jumps). */
    boolean[] entries;
    /** A RETURN_VALUE of the code: the run loop finishes a return through it. */
    int returnPc;

    /** Runs {@code f} from {@code f.pc} (an entry), with {@code ts.budget} instructions. */
    abstract PyObject run(Interpreter in, ThreadState ts, Frame f);

    boolean enters(int pc) {
        return pc < entries.length && entries[pc];
    }

    /**
     * Leaves {@code f}, whose compiled code returned {@code result}, at a RETURN_VALUE with the
     * result on its stack, for the run loop to finish the return as for any frame (a stop frame,
     * __init__'s None check, a generator's end); the instruction, charged here, is given back.
     */
    void returnThroughLoop(ThreadState ts, Frame f, PyObject result) {
        f.sp = f.stackBase();
        f.stack[f.sp++] = result;
        f.pc = returnPc;
        ts.budget++;
    }
}
