package org.enchufe.lang.vm;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyType;

/**
 * A generator: a suspended frame. A for loop resumes it inside the run loop (so it may block);
 * builtins that consume it resume it in a nested run.
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
    public org.enchufe.lang.runtime.PyRaise stopIteration() {
        PyObject value = returnValue;
        returnValue = null;
        org.enchufe.lang.runtime.PyException e = value == null || value == PyNone.NONE
                ? org.enchufe.lang.runtime.PyException.withArgs(ExceptionTypes.STOP_ITERATION)
                : org.enchufe.lang.runtime.PyException.withArgs(ExceptionTypes.STOP_ITERATION, value);
        return new org.enchufe.lang.runtime.PyRaise(e);
    }

    PyGenerator(Frame frame) {
        this.frame = frame;
        frame.generator = this;
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
        return in.resumeGenerator(this, PyNone.NONE);
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
            PyObject r = in.resumeGenerator(g, value);
            if (r == null) {
                throw g.stopIteration();
            }
            return r;
        });
        t.method("close", (in, self, a, k) -> {
            in.closeGenerator((PyGenerator) self);
            return PyNone.NONE;
        });
        t.method("__next__", (in, self, a, k) -> {
            PyObject r = in.resumeGenerator((PyGenerator) self, PyNone.NONE);
            if (r == null) {
                throw ((PyGenerator) self).stopIteration();
            }
            return r;
        });
    }
}
