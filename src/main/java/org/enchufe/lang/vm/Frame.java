package org.enchufe.lang.vm;

import org.enchufe.lang.Code;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyCell;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyObject;

/**
 * One activation of a code object, entirely on the heap: locals, cells, the value stack, the
 * position and the block stack of active try/with blocks. Copying frames copies a thread.
 *
 * <p>Locals and the value stack share one array, as in CPython: the locals first, the stack
 * above them ({@code sp} counts from the array's start). A call allocates one array, not two.
 */
public final class Frame {

    static final int BLOCK_TRY = 1;
    static final int BLOCK_HANDLER = 2;

    final Code code;
    /** code.quickened and code.consts, one load away for the loop when it switches frames. */
    final int[] ops;
    final PyObject[] consts;
    final PyDict globals;
    final PyDict locals;
    final PyCell[] cells;
    /**
     * The array this frame's slots live in, from {@link #base}: the locals
     * ({@code code.varnames.length} slots), then the value stack up to {@link #sp}. A Python
     * function's frame usually shares its caller's array, starting where the caller pushed the
     * arguments (see {@link Calls#simpleCall}); indexes are absolute. Replaced by a copy
     * between slices ({@link ThreadState#renewArrays}), never while the loop runs the frame.
     */
    PyObject[] stack;
    final int base;
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
    /** Three ints per active block (kind, handler, stack depth); null until the first. */
    int[] blocks;
    int blockCount;
    /** For __init__ frames: what the call evaluates to instead of the return value. */
    PyObject instance;
    /** The generator this frame belongs to, if any. */
    PyGenerator generator;

    /** A frame over {@code slots}, an array from {@link #slotsFor} with the arguments in its first slots. */
    Frame(Code code, PyDict globals, PyDict locals, PyObject[] slots, PyCell[] cells) {
        this(code, globals, locals, slots, 0, cells);
    }

    /** A frame whose locals start at {@code slots[base]}, the arguments first. */
    Frame(Code code, PyDict globals, PyDict locals, PyObject[] slots, int base, PyCell[] cells) {
        this.code = code;
        this.ops = code.quickened;
        this.consts = code.consts;
        this.globals = globals;
        this.locals = locals;
        this.stack = slots;
        this.base = base;
        this.sp = base + code.varnames.length;
        this.cells = cells;
    }

    /** The locals and value stack a frame of {@code code} needs, all empty. */
    static PyObject[] slotsFor(Code code) {
        return new PyObject[code.frameSize];
    }

    /** Where the value stack starts: after the locals. */
    int stackBase() {
        return base + code.varnames.length;
    }

    /** One past the last slot this frame may use. */
    int end() {
        return base + code.frameSize;
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
        if (blocks == null) {
            blocks = new int[12];
        } else if (blockCount * 3 + 3 > blocks.length) {
            blocks = java.util.Arrays.copyOf(blocks, blocks.length * 2);
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
        // Frames sharing an array share its copy; each copies its own slots into it.
        PyObject[] slotsCopy = fork.copied(stack);
        if (slotsCopy == null) {
            slotsCopy = fork.remember(stack, new PyObject[stack.length]);
        }
        for (int i = base; i < sp; i++) {
            slotsCopy[i] = fork.copy(stack[i]);
        }
        PyCell[] cellCopy = null;
        if (cells != null) {
            cellCopy = new PyCell[cells.length];
            for (int i = 0; i < cells.length; i++) {
                cellCopy[i] = fork.copy(cells[i]);
            }
        }
        Frame copy = fork.remember(this, new Frame(code, fork.copy(globals), fork.copy(locals), slotsCopy, base, cellCopy));
        copy.sp = sp;
        copy.pc = pc;
        copy.blocks = blocks == null ? null : blocks.clone();
        copy.blockCount = blockCount;
        copy.instance = fork.copy(instance);
        copy.back = back == null ? null : back.forkCopy(fork);
        copy.generator = fork.copy(generator);
        copy.signalFrame = signalFrame;
        copy.interrupted = interrupted;
        return copy;
    }
}
