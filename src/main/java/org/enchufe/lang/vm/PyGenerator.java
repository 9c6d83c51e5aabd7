package org.enchufe.lang.vm;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyType;

/**
 * A generator: a suspended frame. A for loop resumes it inside the run loop (so it may block,
 * {@link #enter}); builtins that consume it resume it in a nested run ({@link #resume}).
 */
public final class PyGenerator extends PyObject {

    Frame frame;
    boolean started;
    boolean running;
    boolean exhausted;
    /** Where the for loop that resumed it continues when it finishes. */
    int loopExit;
    /** What its return statement returned, for the StopIteration that ends next() or send(). */
    PyObject returnValue;

    /** The StopIteration that ends this generator, carrying its return value. */
    public PyRaise stopIteration() {
        PyObject value = returnValue;
        returnValue = null;
        PyException e = value == null || value == PyNone.NONE
                ? PyException.withArgs(ExceptionTypes.STOP_ITERATION)
                : PyException.withArgs(ExceptionTypes.STOP_ITERATION, value);
        return new PyRaise(e);
    }

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
    }

    /** Runs this generator to its next value in a nested loop (next(), send()); null when it is exhausted. */
    PyObject resume(Interpreter in, PyObject sent) {
        if (exhausted) {
            return null;
        }
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        if (started) {
            frame.stack[frame.sp++] = sent;
        }
        return run(in, null);
    }

    /**
     * generator.close(): raises GeneratorExit where the generator is paused, so its finally
     * blocks and with statements run; a generator that yields again is a RuntimeError.
     */
    void close(Interpreter in) {
        if (exhausted) {
            return;
        }
        if (!started) {
            exhausted = true;
            return;
        }
        if (running) {
            throw PyErrors.valueError("generator already executing");
        }
        PyObject yielded;
        try {
            yielded = run(in, new PyRaise(PyException.withArgs(ExceptionTypes.GENERATOR_EXIT)));
        } catch (PyRaise e) {
            PyType type = e.exception().type();
            if (type.isSubtypeOf(ExceptionTypes.GENERATOR_EXIT) || type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                return;
            }
            throw e;
        }
        if (yielded != null) {
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
    }

    /**
     * Runs the frame in a nested loop, from where it paused (raising {@code pending} there first,
     * if given), to its next value; null when it returns.
     */
    private PyObject run(Interpreter in, PyRaise pending) {
        started = true;
        running = true;
        frame.back = null;
        ThreadState nested = new ThreadState(frame);
        nested.nested = true;
        nested.pending = pending;
        return in.runNested(nested, frame);
    }

    /**
     * A for loop resumes this generator as a frame of its own thread ({@code ts}), above
     * {@code caller}, so it may block: the frame the loop goes on in.
     */
    Frame enter(ThreadState ts, Frame caller, PyObject sent) {
        if (started) {
            frame.stack[frame.sp++] = sent;
        }
        started = true;
        running = true;
        frame.back = caller;
        ts.depth++;
        return frame;
    }

    @Override
    public PyType type() {
        return PyType.GENERATOR;
    }

    @Override
    public PyObject iter(Interpreter in) {
        return this;
    }

    @Override
    public PyObject next(Interpreter in) {
        return resume(in, PyNone.NONE);
    }

    @Override
    public String repr(Interpreter in) {
        return "<generator object " + frame.code.qualname + " at " + in.addressOf(this) + ">";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyGenerator copy = fork.remember(this, new PyGenerator(new Frame(frame.code, null, null, Frame.slotsFor(frame.code), null)));
        copy.frame = frame.forkCopy(fork);
        copy.frame.generator = copy;
        copy.started = started;
        copy.running = running;
        copy.exhausted = exhausted;
        copy.loopExit = loopExit;
        return copy;
    }

    static {
        PyType t = PyType.GENERATOR;
        t.method("send", (in, self, a, k) -> {
            PyObject value = Args.one("send", a, k);
            PyGenerator g = (PyGenerator) self;
            if (!g.started && value != PyNone.NONE) {
                throw PyErrors.typeError("can't send non-None value to a just-started generator");
            }
            PyObject r = g.resume(in, value);
            if (r == null) {
                throw g.stopIteration();
            }
            return r;
        });
        t.method("close", (in, self, a, k) -> {
            ((PyGenerator) self).close(in);
            return PyNone.NONE;
        });
        t.method("__next__", (in, self, a, k) -> {
            PyObject r = ((PyGenerator) self).resume(in, PyNone.NONE);
            if (r == null) {
                throw ((PyGenerator) self).stopIteration();
            }
            return r;
        });
    }
}
