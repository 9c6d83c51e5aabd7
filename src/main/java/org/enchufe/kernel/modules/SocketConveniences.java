package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketAddresses.inetAddress;
import static org.enchufe.kernel.modules.SocketModule.awaitConnect;
import static org.enchufe.kernel.modules.SocketModule.process;
import static org.enchufe.kernel.modules.SocketModule.timeoutNanos;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * socket.py's conveniences made of several calls — create_connection() and create_server() —
 * each call traced as the program's own, and the socket closed when one of them fails.
 */
final class SocketConveniences {

    private SocketConveniences() {
    }

    /** create_server(): a listening TCP socket with SO_REUSEADDR, as CPython makes it on POSIX. */
    static PyObject createServer(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("create_server", false, a, k, 1, "address", "family", "backlog", "reuse_port", "dualstack_ipv6");
        int family = b[1] == null ? SocketCalls.AF_INET : Ops.index(in, b[1]);
        if (family != SocketCalls.AF_INET) {
            throw PyErrors.notImplemented("create_server() for family " + family);
        }
        Process p = process(in);
        Sockaddr.Inet addr = inetAddress(in, "bind", b[0]);
        int fd = SocketCalls.socket(p, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, 0);
        PySocket s = new PySocket(fd, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, 0, p.defaultSocketTimeout());
        try {
            SocketCalls.setsockopt(p, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEADDR, 1);
            if (b[3] != null && b[3].truthy(in)) {
                SocketCalls.setsockopt(p, fd, SocketCalls.SOL_SOCKET, SocketCalls.SO_REUSEPORT, 1);
            }
            try {
                SocketCalls.bind(p, fd, addr.host(), addr.port());
            } catch (PyRaise failed) {
                PyObject errno = failed.exception().attr("errno");
                PyObject strerror = failed.exception().attr("strerror");
                throw new PyRaise(PyException.withArgs(ExceptionTypes.OS_ERROR, errno, PyStr.of(strerror.str(in)
                        + " (while attempting to bind on address " + b[0].repr(in) + ")")));
            }
            int backlog = b[2] == null || b[2] == PyNone.NONE ? Math.min(SocketCalls.SOMAXCONN, 128) : Ops.index(in, b[2]);
            SocketCalls.listen(p, fd, Math.max(0, backlog));
        } catch (PyRaise failed) {
            SocketCalls.close(p, fd);
            throw failed;
        }
        return s;
    }

    static PyObject createConnection(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("create_connection", false, a, k, 1, "address", "timeout", "source_address");
        // socket.py: host, port = address.
        PyObject[] hostPort = in.unpackItems(b[0], 2, -1);
        Process p = process(in);
        Sockaddr.Inet addr = inetAddress(in, "connect", PyTuple.of(hostPort[0], hostPort[1]));
        long timeout = b[1] == null ? p.defaultSocketTimeout() : timeoutNanos(b[1]);
        // CPython takes family, type and protocol from getaddrinfo, which names TCP.
        int fd = SocketCalls.socket(p, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, SocketCalls.IPPROTO_TCP);
        PySocket s = new PySocket(fd, SocketCalls.AF_INET, SocketCalls.SOCK_STREAM, SocketCalls.IPPROTO_TCP, timeout);
        try {
            if (b[2] != null && b[2] != PyNone.NONE) {
                Sockaddr.Inet source = inetAddress(in, "bind", b[2]);
                SocketCalls.bind(p, fd, source.host(), source.port());
            }
            if (SocketCalls.connect(p, fd, addr.host(), addr.port(), s.nonBlocking())) {
                return s;
            }
        } catch (PyRaise failed) {
            SocketCalls.close(p, fd);
            throw failed;
        }
        // A failure after the wait — an error, or the socket's timeout — closes the socket too, as
        // CPython's create_connection does.
        return awaitConnect(in, s, () -> {
            try {
                return SocketCalls.finishConnect(p, fd) ? s : null;
            } catch (PyRaise failed) {
                SocketCalls.close(p, fd);
                throw failed;
            }
        }, () -> {
            SocketCalls.close(p, fd);
            throw PyErrors.raise(ExceptionTypes.TIMEOUT_ERROR, "timed out");
        });
    }
}
