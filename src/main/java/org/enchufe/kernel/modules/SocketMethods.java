package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketModule.awaitConnect;
import static org.enchufe.kernel.modules.SocketModule.blocking;
import static org.enchufe.kernel.modules.SocketModule.bytes;
import static org.enchufe.kernel.modules.SocketAddresses.inetAddress;
import static org.enchufe.kernel.modules.SocketModule.process;
import static org.enchufe.kernel.modules.SocketModule.throwType;
import static org.enchufe.kernel.modules.SocketModule.timeoutNanos;
import static org.enchufe.kernel.modules.SocketAddresses.unixAddress;

import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Supplier;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Readiness;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.UnixAddress;
import org.enchufe.kernel.UnixCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * The methods of a {@code socket.socket}, one named Java method each, registered from one table
 * as CPython's {@code socketmodule.c} registers its {@code sock_methods}: a stack trace names the
 * method, and a reader finds {@code recvfrom} by its name. Arguments are checked as CPython checks
 * them; a call that would block suspends the process ({@link SocketModule#blocking}).
 */
final class SocketMethods {

    /** The socket class's methods, Python name → Java method, in the order they are added to the class. */
    static final List<MethodDef> METHODS = List.of(
            new MethodDef("fileno", SocketMethods::fileno),
            new MethodDef("close", SocketMethods::close),
            new MethodDef("makefile", SocketMethods::makefile),
            new MethodDef("detach", SocketMethods::detach),
            new MethodDef("dup", SocketMethods::dup),
            new MethodDef("__enter__", SocketMethods::enter),
            new MethodDef("__exit__", SocketMethods::exit),
            new MethodDef("__del__", SocketMethods::del),
            new MethodDef("bind", SocketMethods::bind),
            new MethodDef("listen", SocketMethods::listen),
            new MethodDef("accept", SocketMethods::accept),
            new MethodDef("connect", SocketMethods::connect),
            new MethodDef("connect_ex", SocketMethods::connectEx),
            new MethodDef("shutdown", SocketMethods::shutdown),
            new MethodDef("getsockname", SocketMethods::getsockname),
            new MethodDef("getpeername", SocketMethods::getpeername),
            new MethodDef("setsockopt", SocketMethods::setsockopt),
            new MethodDef("getsockopt", SocketMethods::getsockopt),
            new MethodDef("settimeout", SocketMethods::settimeout),
            new MethodDef("gettimeout", SocketMethods::gettimeout),
            new MethodDef("setblocking", SocketMethods::setblocking),
            new MethodDef("getblocking", SocketMethods::getblocking));

    private SocketMethods() {
    }

    static void register(PyType t) {
        t.withConstructor(SocketMethods::construct);
        for (MethodDef def : METHODS) {
            t.method(def.name(), def.fn());
        }
        for (MethodDef def : SocketDataMethods.METHODS) {
            t.method(def.name(), def.fn());
        }
        for (MethodDef def : SocketMessageMethods.METHODS) {
            t.method(def.name(), def.fn());
        }
    }

    /** socket.socket(family, type, proto, fileno). */
    private static PyObject construct(Interpreter in, PyType type, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("socket.__init__", true, a, k, 0, "family", "type", "proto", "fileno");
        // socket.py passes family, type and proto on as C ints: None is a TypeError, -1 the default.
        int family = b[0] == null ? -1 : Ops.index(in, b[0]);
        int kind = b[1] == null ? -1 : Ops.index(in, b[1]);
        int proto = b[2] == null ? -1 : Ops.index(in, b[2]);
        if (b[3] != null && b[3] != PyNone.NONE) {
            // A socket object for a descriptor the process already has (no new socket, no dup).
            Process p = process(in);
            int fd = Ops.index(in, b[3]);
            if (fd < 0) {
                throw PyErrors.valueError("negative file descriptor");
            }
            // CPython asks the kernel what the caller did not say (getsockname, SO_TYPE, SO_PROTOCOL).
            org.enchufe.kernel.FilenoCalls.Described found = org.enchufe.kernel.FilenoCalls.describe(p, fd, kind, proto);
            return new PySocket(fd, family == -1 ? found.family() : family, found.type(), found.proto(), p.defaultSocketTimeout());
        }
        if (family == -1) {
            family = SocketCalls.AF_INET;
        }
        if (kind == -1) {
            kind = SocketCalls.SOCK_STREAM;
        }
        if (proto == -1) {
            proto = 0;
        }
        Process p = process(in);
        int fd = SocketCalls.socket(p, family, kind, proto);
        long timeout = (kind & SocketCalls.SOCK_NONBLOCK) != 0 ? 0 : p.defaultSocketTimeout();
        return new PySocket(fd, family, kind & ~(SocketCalls.SOCK_NONBLOCK | SocketCalls.SOCK_CLOEXEC), proto, timeout);
    }

    private static PyObject fileno(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("fileno", a, k);
        return PyInt.of(self(self).fd);
    }

    private static PyObject close(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("close", a, k);
        closeSocket(in, self(self));
        return PyNone.NONE;
    }

    private static PyObject makefile(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("socket.makefile", true, a, k, 0, "mode", "buffering", "encoding", "errors", "newline");
        // socket.py checks the mode as set(mode): anything not iterable is refused on that.
        String mode = b[0] == null ? "r" : b[0] instanceof PyStr m ? m.value()
                : throwType("'" + b[0].type().name() + "' object is not iterable");
        return SocketFile.open(in, self(self), mode, b[1], b[2], b[3], b[4]);
    }

    /** dup(): a new socket object on a copy of the descriptor, with this one's timeout (socket.py's dup). */
    private static PyObject dup(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("dup", a, k);
        PySocket s = self(self);
        int fd = SocketCalls.dup(process(in), s.fd);
        return new PySocket(fd, s.family, s.type, s.proto, s.timeoutNanos);
    }

    private static PyObject detach(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("detach", a, k);
        PySocket s = self(self);
        int fd = s.fd;
        s.fd = -1;
        s.closing = true;
        return PyInt.of(fd);
    }

    private static PyObject enter(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return self;
    }

    private static PyObject exit(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        closeSocket(in, self(self));
        return PyNone.NONE;
    }

    /** __del__(): the finalizer, which closes a descriptor still open whatever files hold it (fileno() is -1 after). */
    private static PyObject del(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("__del__", a, k);
        PySocket s = self(self);
        if (s.fd >= 0) {
            int fd = s.fd;
            s.fd = -1;
            SocketCalls.close(process(in), fd);
        }
        return PyNone.NONE;
    }

    private static PyObject bind(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject address = Args.one("bind", a, k);
        if (self(self).family == SocketCalls.AF_UNIX) {
            UnixCalls.bind(process(in), self(self).fd, unixAddress(address));
            return PyNone.NONE;
        }
        Sockaddr.Inet addr = inetAddress(in, "bind", address, self(self).family);
        SocketCalls.bind(process(in), self(self).fd, addr.host(), addr.port());
        return PyNone.NONE;
    }

    private static PyObject listen(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("listen", a, k, 0, 1);
        int backlog = a.length == 0 ? Math.min(SocketCalls.SOMAXCONN, 128) : Ops.index(in, a[0]);
        SocketCalls.listen(process(in), self(self).fd, Math.max(0, backlog));
        return PyNone.NONE;
    }

    private static PyObject accept(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("accept", a, k);
        PySocket s = self(self);
        Process p = process(in);
        return blocking(in, s, "accept", SelectionKey.OP_ACCEPT, () -> {
            SocketCalls.Accepted got = SocketCalls.accept(p, s.fd, s.nonBlocking());
            if (got == null) {
                return null;
            }
            PySocket conn = new PySocket(got.fd(), s.family, s.type, s.proto, p.defaultSocketTimeout());
            return PyTuple.of(conn, PySocket.address(got.peer()));
        });
    }

    private static PyObject connect(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return connectTo(in, self(self), Args.one("connect", a, k), false);
    }

    private static PyObject connectEx(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return connectTo(in, self(self), Args.one("connect_ex", a, k), true);
    }

    private static PyObject shutdown(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        int how = Ops.index(in, Args.one("shutdown", a, k));
        SocketCalls.shutdown(process(in), self(self).fd, how);
        return PyNone.NONE;
    }

    private static PyObject getsockname(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("getsockname", a, k);
        Sockaddr.Inet name = SocketCalls.getsockname(process(in), self(self).fd);
        return name == null ? PySocket.unixName(process(in), self(self).fd, true) : PySocket.address(name);
    }

    private static PyObject getpeername(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("getpeername", a, k);
        Sockaddr.Inet name = SocketCalls.getpeername(process(in), self(self).fd);
        return name == null ? PySocket.unixName(process(in), self(self).fd, false) : PySocket.address(name);
    }

    // setsockopt() parses its arguments as CPython does, three ways in turn — (level, option, int),
    // (level, option, None, optlen), (level, option, bytes-like) — and a failure of all three is the
    // last one's error.
    private static PyObject setsockopt(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.noKeywords("socket.setsockopt", k);
        Process p = process(in);
        int fd = self(self).fd;
        if (a.length == 3 && fitsCInt(in, a[0]) && fitsCInt(in, a[1]) && fitsCInt(in, a[2])) {
            SocketCalls.setsockopt(p, fd, cInt(in, a[0]), cInt(in, a[1]), cInt(in, a[2]));
            return PyNone.NONE;
        }
        if (a.length == 4 && a[2] == PyNone.NONE && fitsCInt(in, a[0]) && fitsCInt(in, a[1]) && fitsCInt(in, a[3])) {
            SocketCalls.setsockopt(p, fd, cInt(in, a[0]), cInt(in, a[1]), null, cInt(in, a[3]));
            return PyNone.NONE;
        }
        if (a.length != 3) {
            throw PyErrors.typeError("setsockopt() takes exactly 3 arguments (" + a.length + " given)");
        }
        int level = cInt(in, a[0]);
        int option = cInt(in, a[1]);
        if (!(a[2] instanceof PyBytesLike value)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + a[2].type().name() + "'");
        }
        byte[] bytes = value.bytesView().clone();
        SocketCalls.setsockopt(p, fd, level, option, bytes, bytes.length);
        return PyNone.NONE;
    }

    // getsockopt(level, option) gives an int; with a buffer length of 1 to 1024, the bytes Linux filled.
    private static PyObject getsockopt(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.noKeywords("socket.getsockopt", k);
        Args.between("getsockopt", a, k, 2, 3);
        int level = cInt(in, a[0]);
        int option = cInt(in, a[1]);
        int length = a.length == 3 ? cInt(in, a[2]) : 0;
        if (length == 0) {
            return PyInt.of(SocketCalls.getsockopt(process(in), self(self).fd, level, option));
        }
        if (length < 0 || length > 1024) {
            throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR, "getsockopt buflen out of range");
        }
        return new PyBytes(SocketCalls.getsockopt(process(in), self(self).fd, level, option, length));
    }

    /** A C int as PyArg_ParseTuple's "i" takes it, with its OverflowErrors. */
    private static int cInt(Interpreter in, PyObject o) {
        if (o instanceof PyInt i && !(i.isSmall() && i.asLong() == (int) i.asLong())) {
            throw PyErrors.overflow(i.signum() > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
        }
        return Ops.index(in, o);
    }

    private static boolean fitsCInt(Interpreter in, PyObject o) {
        try {
            cInt(in, o);
            return true;
        } catch (PyRaise e) {
            return false;
        }
    }

    private static PyObject settimeout(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        self(self).setTimeout(in, timeoutNanos(Args.one("settimeout", a, k)));
        return PyNone.NONE;
    }

    private static PyObject gettimeout(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("gettimeout", a, k);
        return self(self).timeout();
    }

    private static PyObject setblocking(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        // CPython reads the flag as a C long: a float or None is a TypeError, any int its truth.
        boolean blocking = Ops.index(in, Args.one("setblocking", a, k)) != 0;
        self(self).setTimeout(in, blocking ? -1 : 0);
        return PyNone.NONE;
    }

    private static PyObject getblocking(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("getblocking", a, k);
        return PyBool.of(self(self).timeoutNanos != 0);
    }

    // ---------------------------------------------------------------- helpers

    private static PySocket self(PyObject self) {
        return (PySocket) self;
    }

    /** close(): marks the socket closed; the descriptor goes once no makefile() file holds it, as in CPython. */
    private static void closeSocket(Interpreter in, PySocket s) {
        s.closing = true;
        s.closeIfUnused(process(in));
    }


    private static PyObject connectTo(Interpreter in, PySocket s, PyObject address, boolean ex) {
        boolean unix = s.family == SocketCalls.AF_UNIX;
        UnixAddress path = unix ? unixAddress(address) : null;
        Sockaddr.Inet addr = unix ? null : inetAddress(in, ex ? "connect_ex" : "connect", address, s.family);
        Process p = process(in);
        PyObject connected = ex ? PyInt.of(0) : PyNone.NONE;
        PyObject now = connectResult(ex, () -> (unix ? UnixCalls.connect(p, s.fd, path, s.nonBlocking())
                : SocketCalls.connect(p, s.fd, addr.host(), addr.port(), s.nonBlocking())) ? connected : null);
        if (now != null) {
            return now;
        }
        return awaitConnect(in, s, () -> connectResult(ex, () -> SocketCalls.finishConnect(p, s.fd) ? connected : null),
                () -> connectTimedOut(p, s, ex));
    }

    // The socket's timeout ran out first: strace shows CPython's connect() = EINPROGRESS and the poll
    // that ran out; connect() raises TimeoutError, connect_ex() answers EWOULDBLOCK. The attempt goes on.
    private static PyObject connectTimedOut(Process p, PySocket s, boolean ex) {
        SocketCalls.connectCutShort(p, s.fd);
        Readiness.reportPoll(p, java.util.List.of(new int[] {s.fd, Readiness.POLLOUT | Readiness.POLLERR}), java.util.List.of(),
                (int) (s.timeoutNanos / 1_000_000));
        if (ex) {
            return PyInt.of(Errno.EAGAIN.number());
        }
        throw PyErrors.raise(ExceptionTypes.TIMEOUT_ERROR, "timed out");
    }

    // connect_ex() answers with the errno connect() would raise.
    private static PyObject connectResult(boolean ex, Supplier<PyObject> attempt) {
        try {
            return attempt.get();
        } catch (PyRaise failed) {
            if (ex && failed.exception().attr("errno") instanceof PyInt errno) {
                return errno;
            }
            throw failed;
        }
    }
}
