package org.enchufe.kernel.modules;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * A {@code socket.socket} object: a descriptor number of its process plus what Python keeps
 * beside it (family, type, proto and the timeout). The socket itself lives in the kernel; after
 * fork() each process has its own object for the shared descriptor.
 */
final class PySocket extends PyObject {

    /** {@code _socket.socket}, the C class, which {@code socket.SocketType} names. */
    static final PyType BASE = PyType.builtin("_socket", "socket");
    static final PyType TYPE = PyType.builtin("socket", "socket", BASE);

    static {
        // socket.socket is a Python class in CPython, whose dict names its module.
        TYPE.dict().put("__module__", PyStr.of("socket"));
        // Named in the class for dir(); getAttr answers them.
        PyGetSet.members(BASE, "family", "type", "proto");
        PyGetSet.define(BASE, "timeout");
        // socket.py's __slots__ (a tuple here: the class is every sandbox's, a list could be changed
        // by one for all); no weak reference is ever taken, so __weakref__ reads None.
        TYPE.dict().put("__slots__", PyTuple.of(PyStr.of("__weakref__"), PyStr.of("_io_refs"), PyStr.of("_closed")));
        PyGetSet.define(TYPE, "__weakref__");
    }

    int fd;
    final int family;
    final int type;
    final int proto;
    /** The timeout in nanoseconds: negative blocks forever (None), 0 is non-blocking. */
    long timeoutNanos;
    /** Files makefile() made that are still open: the descriptor stays while there are any. */
    int ioRefs;
    /** close() was called (CPython's _closed), though open files may still hold the descriptor. */
    boolean closing;

    PySocket(int fd, int family, int type, int proto, long timeoutNanos) {
        this.fd = fd;
        this.family = family;
        this.type = type;
        this.proto = proto;
        this.timeoutNanos = timeoutNanos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean nonBlocking() {
        return timeoutNanos == 0;
    }

    /**
     * Gives the descriptor back once close() was called and no makefile() file holds it any more,
     * as CPython's _real_close does.
     */
    void closeIfUnused(Process p) {
        if (closing && ioRefs <= 0 && fd != -1) {
            int closed = fd;
            fd = -1;
            org.enchufe.kernel.SocketCalls.close(p, closed);
        }
    }

    PyObject timeout() {
        return timeoutNanos < 0 ? PyNone.NONE : PyFloat.of(timeoutNanos / 1e9);
    }

    /** An address as Python shows it: (host, port), or '' for an unnamed AF_UNIX socket (null). */
    static PyObject address(Sockaddr.Inet a) {
        if (a == null) {
            return PyStr.of("");
        }
        if (a.v6()) {
            return PyTuple.of(PyStr.of(a.host()), PyInt.of(a.port()), PyInt.of(0), PyInt.of(0));
        }
        return PyTuple.of(PyStr.of(a.host()), PyInt.of(a.port()));
    }

    /** An AF_UNIX socket's own name or its peer's, as Python shows it ('' when unnamed). */
    static PyObject unixName(Process p, int fd, boolean own) {
        if (p.descriptors().get(fd) instanceof org.enchufe.kernel.SocketObject s) {
            return unixName(own ? s.localPath() : s.remotePath());
        }
        return PyStr.of("");
    }

    /** A kernel's AF_UNIX name as CPython makes it: a path as str, an abstract name as bytes, NUL first. */
    static PyObject unixName(String name) {
        return org.enchufe.kernel.UnixAddress.isAbstract(name) ? new PyBytes(org.enchufe.kernel.UnixAddress.bytes(name))
                : PyStr.of(name);
    }

    @Override
    public String repr(Interpreter in) {
        if (closing) {
            return "<socket.socket [closed] fd=" + fd + ", family=" + family + ", type=" + type + ", proto=" + proto + ">";
        }
        StringBuilder out = new StringBuilder("<socket.socket fd=").append(fd).append(", family=").append(family)
                .append(", type=").append(type).append(", proto=").append(proto);
        Process p = in.host(Process.class);
        if (p != null && p.descriptors().get(fd) instanceof org.enchufe.kernel.SocketObject s
                && s.family() == org.enchufe.kernel.SocketCalls.AF_UNIX) {
            // CPython shows AF_UNIX names with str(): paths bare, abstract names as bytes; no empty ones.
            if (!s.localPath().isEmpty()) {
                out.append(", laddr=").append(unixName(s.localPath()).str(in));
            }
            if (!s.remotePath().isEmpty()) {
                out.append(", raddr=").append(unixName(s.remotePath()).str(in));
            }
        } else if (p != null && p.descriptors().get(fd) instanceof org.enchufe.kernel.SocketObject s) {
            Sockaddr.Inet local = s.name();
            out.append(", laddr=").append(address(local).repr(in));
            if (s.remote() != null && s.state() != org.enchufe.events.SocketState.SYN_SENT) {
                out.append(", raddr=").append(address(s.remote()).repr(in));
            }
        }
        return out.append('>').toString();
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "family" -> SocketEnums.family(family);
            case "type" -> SocketEnums.kind(type & 0xF);
            case "proto" -> PyInt.of(proto);
            case "timeout" -> timeout();
            case "__weakref__" -> PyNone.NONE;
            default -> super.getAttr(in, name);
        };
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        // Remembered, so the socket and the makefile() files over it stay one socket in the child.
        PySocket copy = fork.remember(this, new PySocket(fd, family, type, proto, timeoutNanos));
        copy.ioRefs = ioRefs;
        copy.closing = closing;
        return copy;
    }

    /**
     * settimeout()/setblocking(): CPython keeps the descriptor O_NONBLOCK whenever the socket has
     * a timeout (0 or more), so os.get_blocking() and os.read() on it see the same. On a closed
     * socket the timeout is kept and the flag's fcntl() fails with EBADF, as CPython's does.
     */
    void setTimeout(Interpreter in, long nanos) {
        timeoutNanos = nanos;
        org.enchufe.kernel.DescriptorTable.OpenFile file = fd < 0 ? null : SocketModule.process(in).descriptors().get(fd);
        if (file == null) {
            throw org.enchufe.lang.runtime.PyErrors.osError(org.enchufe.lang.runtime.Errno.EBADF);
        }
        file.setNonBlocking(nanos >= 0);
    }

    static boolean isStream(int type) {
        return (type & 0xF) == SocketCalls.SOCK_STREAM;
    }
}
