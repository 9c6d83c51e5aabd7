package org.enchufe.kernel.modules;

import java.util.List;

import org.enchufe.kernel.Epoll;
import org.enchufe.kernel.EpollCalls;
import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyClassMethod;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * A {@code select.epoll} object: the program's handle on an epoll descriptor ({@link Epoll},
 * made and driven through {@link EpollCalls}), with CPython's argument checks and messages.
 * {@code poll} with nothing ready suspends the process until a watched descriptor is ready or
 * its timeout (seconds, as a float) passes.
 */
final class PyEpoll extends PyObject {

    static final PyType TYPE = PyType.builtin("select", "epoll");

    /** What CPython makes of maxevents=-1: FD_SETSIZE - 1. */
    private static final int DEFAULT_MAXEVENTS = 1023;

    private final int fd;
    private boolean closed;

    private PyEpoll(int fd) {
        this.fd = fd;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyEpoll copy = new PyEpoll(fd);
        copy.closed = closed;
        return copy;
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return name.equals("closed") ? PyBool.of(closed) : super.getAttr(in, name);
    }

    static {
        TYPE.dict().put("__module__", PyStr.of("select"));
        TYPE.withConstructor(PyEpoll::construct);
        TYPE.method("register", PyEpoll::register);
        TYPE.method("modify", PyEpoll::modify);
        TYPE.method("unregister", PyEpoll::unregister);
        TYPE.method("poll", PyEpoll::poll);
        TYPE.method("close", PyEpoll::close);
        TYPE.method("fileno", (in, self, a, k) -> {
            Args.none("fileno", a, k);
            return PyInt.of(open(self).fd);
        });
        TYPE.method("__enter__", (in, self, a, k) -> open(self));
        TYPE.method("__exit__", PyEpoll::close);
        TYPE.dict().put("fromfd", new PyClassMethod(new PyBuiltin("fromfd", null, (in, self, a, k) ->
                new PyEpoll(Ops.index(in, Args.one("epoll.fromfd", a, k))), true)));
        PyGetSet.define(TYPE, "closed");
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "select");
    }

    /** select.epoll(sizehint=-1, flags=0): checked as CPython checks them, before the call. */
    private static PyObject construct(Interpreter in, PyType type, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("epoll", a, k, 0, "sizehint", "flags");
        int sizehint = b[0] == null ? -1 : Ops.index(in, b[0]);
        int flags = b[1] == null ? 0 : Ops.index(in, b[1]);
        if (sizehint != -1 && sizehint <= 0) {
            throw PyErrors.valueError("negative sizehint");
        }
        if (flags != 0 && flags != Epoll.EPOLL_CLOEXEC) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "invalid flags");
        }
        return new PyEpoll(EpollCalls.create(process(in)));
    }

    private static PyEpoll open(PyObject self) {
        PyEpoll epoll = (PyEpoll) self;
        if (epoll.closed) {
            throw PyErrors.valueError("I/O operation on closed epoll object");
        }
        return epoll;
    }

    private static PyObject register(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("register", a, k, 1, "fd", "eventmask");
        PyEpoll epoll = open(self);
        int fd = SelectModule.fileno(in, b[0]);
        int mask = b[1] == null ? Epoll.EPOLLIN | Epoll.EPOLLPRI | Epoll.EPOLLOUT : eventmask(in, b[1]);
        EpollCalls.ctl(process(in), epoll.fd, EpollCalls.EPOLL_CTL_ADD, fd, mask);
        return PyNone.NONE;
    }

    private static PyObject modify(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("modify", a, k, 2, "fd", "eventmask");
        PyEpoll epoll = open(self);
        int fd = SelectModule.fileno(in, b[0]);
        EpollCalls.ctl(process(in), epoll.fd, EpollCalls.EPOLL_CTL_MOD, fd, eventmask(in, b[1]));
        return PyNone.NONE;
    }

    private static PyObject unregister(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("unregister", a, k, 1, "fd");
        PyEpoll epoll = open(self);
        int fd = SelectModule.fileno(in, b[0]);
        EpollCalls.ctl(process(in), epoll.fd, EpollCalls.EPOLL_CTL_DEL, fd, 0);
        return PyNone.NONE;
    }

    // An unsigned int, as Argument Clinic's "I" converter takes it (bits beyond 32 are dropped).
    private static int eventmask(Interpreter in, PyObject value) {
        if (!(value instanceof PyInt i) || value instanceof PyBool) {
            return Ops.index(in, value);
        }
        return i.isSmall() ? (int) i.asLong() : i.asBig().intValue();
    }

    /** close(): the descriptor closes (once; a closed epoll closes again quietly). */
    private static PyObject close(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyEpoll epoll = (PyEpoll) self;
        if (!epoll.closed) {
            epoll.closed = true;
            SocketCalls.close(process(in), epoll.fd);
        }
        return PyNone.NONE;
    }

    /** poll(timeout=None, maxevents=-1): a list of (fd, events). */
    private static PyObject poll(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("poll", a, k, 0, "timeout", "maxevents");
        PyEpoll epoll = open(self);
        int millis = timeoutMillis(b[0]);
        int maxevents = b[1] == null ? -1 : Ops.index(in, b[1]);
        if (maxevents == -1) {
            maxevents = DEFAULT_MAXEVENTS;
        } else if (maxevents < 1) {
            throw PyErrors.valueError("maxevents must be greater than 0, got " + maxevents);
        }
        Process p = process(in);
        int epfd = epoll.fd;
        int max = maxevents;
        KernelCall.Attempt attempt = () -> {
            List<Epoll.Event> ready = EpollCalls.look(p, epfd, max, millis);
            return ready == null ? null : list(ready);
        };
        KernelCall.Attempt timedOut = () -> {
            EpollCalls.timedOut(p, epfd, max, millis);
            return new PyList();
        };
        return SelectModule.readyOrWait(attempt, timedOut, millis,
                timeout -> new KernelCall.Io("epoll_wait", epfd, EpollCalls.waits(p, epfd), timeout, attempt, timedOut));
    }

    // CPython's timeout: seconds as a number, rounded up to whole milliseconds; None or negative waits.
    private static int timeoutMillis(PyObject value) {
        if (value == null || value == PyNone.NONE) {
            return -1;
        }
        if (!Numbers.isNumber(value)) {
            throw PyErrors.typeError("timeout must be an integer or None");
        }
        double seconds = Numbers.toDouble(value);
        if (seconds < 0) {
            return -1;
        }
        return (int) Math.min(Integer.MAX_VALUE, Math.ceil(seconds * 1000 - 1e-9));
    }

    private static PyObject list(List<Epoll.Event> ready) {
        PyList out = new PyList();
        for (Epoll.Event e : ready) {
            out.append(PyTuple.of(PyInt.of(e.fd()), PyInt.of(Integer.toUnsignedLong(e.events()))));
        }
        return out;
    }
}
