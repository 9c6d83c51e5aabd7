package org.enchufe.lang.vm;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyCell;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyObject;

/**
 * One activation of a code object, entirely on the heap: locals, cells, the value stack, the
 * position and the block stack of active try/with blocks. Copying frames copies a thread.
 */
public final class Frame {

    private static final int[] NO_BLOCKS = new int[0];

    static final int BLOCK_TRY = 1;
    static final int BLOCK_HANDLER = 2;

    final Code code;
    final PyDict globals;
    final PyDict locals;
    final PyObject[] fast;
    final PyCell[] cells;
    PyObject[] stack;
    int sp;
    int pc;
    Frame back;
    /**
     * A signal handler's frame, run on top of whatever the thread was doing: its value is dropped
     * when it returns, and a call the thread was asleep in ({@code interrupted}) goes on sleeping,
     * as CPython retries a call a handled signal interrupted (PEP 475).
     */
    boolean signalFrame;
    Suspension interrupted;
    int[] blocks = NO_BLOCKS;
    int blockCount;
    /** For __init__ frames: what the call evaluates to instead of the return value. */
    PyObject instance;
    /** The generator this frame belongs to, if any. */
    PyGenerator generator;

    Frame(Code code, PyDict globals, PyDict locals, PyObject[] fast, PyCell[] cells) {
        this.code = code;
        this.globals = globals;
        this.locals = locals;
        this.fast = fast;
        this.cells = cells;
        this.stack = new PyObject[code.maxStack];
    }

    public Code code() {
        return code;
    }

    public int line() {
        return code.line(Math.max(0, pc - 1));
    }

    public Frame back() {
        return back;
    }

    void pushBlock(int kind, int handler, int depth) {
        if (blockCount * 3 + 3 > blocks.length) {
            blocks = java.util.Arrays.copyOf(blocks, Math.max(12, blocks.length * 2));
        }
        blocks[blockCount * 3] = kind;
        blocks[blockCount * 3 + 1] = handler;
        blocks[blockCount * 3 + 2] = depth;
        blockCount++;
    }

    /** A deep copy for fork; the Forker keeps objects shared between frames shared in the copy. */
    Frame forkCopy(Forker fork) {
        Frame done = fork.copied(this);
        if (done != null) {
            return done;
        }
        PyObject[] fastCopy = fork.copyAll(fast);
        PyCell[] cellCopy = null;
        if (cells != null) {
            cellCopy = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                cellCopy[i] = fork.copy(cells[i]);
            }
        }
        Frame copy = fork.remember(this, new Frame(code, fork.copy(globals), fork.copy(locals), fastCopy, cellCopy));
        copy.stack = new PyObject[stack.length];
        for (int i = 0; i < sp; i++) {
            copy.stack[i] = fork.copy(stack[i]);
        }
        copy.sp = sp;
        copy.pc = pc;
        copy.blocks = blocks.clone();
        copy.blockCount = blockCount;
        copy.instance = fork.copy(instance);
        copy.back = back == null ? null : back.forkCopy(fork);
        copy.generator = fork.copy(generator);
        copy.signalFrame = signalFrame;
        copy.interrupted = interrupted;
        return copy;
    }
}
