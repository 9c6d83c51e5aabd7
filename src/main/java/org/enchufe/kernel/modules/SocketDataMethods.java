package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketAddresses.inetAddress;
import static org.enchufe.kernel.modules.SocketAddresses.unixAddress;
import static org.enchufe.kernel.modules.SocketModule.blocking;
import static org.enchufe.kernel.modules.SocketModule.bytes;
import static org.enchufe.kernel.modules.SocketModule.process;

import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Supplier;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.kernel.UnixAddress;
import org.enchufe.kernel.UnixCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyMemoryView;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyWritableBuffer;
import org.enchufe.lang.vm.Interpreter;

/**
 * The socket methods that move data — send, sendall, sendto, recv, recv_into, recvfrom,
 * recvfrom_into — registered from one table beside {@link SocketMethods}'s, with CPython's checks
 * and messages; a call that would block suspends the process ({@link SocketModule#blocking}).
 */
final class SocketDataMethods {

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("send", SocketDataMethods::send),
            new MethodDef("sendall", SocketDataMethods::sendall),
            new MethodDef("recv", SocketDataMethods::recv),
            new MethodDef("recv_into", SocketDataMethods::recvInto),
            new MethodDef("sendto", SocketDataMethods::sendto),
            new MethodDef("recvfrom", SocketDataMethods::recvfrom),
            new MethodDef("recvfrom_into", SocketDataMethods::recvfromInto),
            new MethodDef("sendfile", SocketSendfile::sendfile));

    private SocketDataMethods() {
    }

    private static PyObject send(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("send", a, k, 1, 2);
        PySocket s = self(self);
        byte[] data = bytes(a[0]);
        int flags = flags(in, a.length > 1 ? a[1] : null);
        Process p = process(in);
        return blocking(in, s, "send", SelectionKey.OP_WRITE, () -> {
            Integer sent = SocketCalls.send(p, s.fd, data, 0, data.length, flags, s.nonBlocking());
            return sent == null ? null : PyInt.of(sent);
        });
    }

    private static PyObject sendall(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("sendall", a, k, 1, 2);
        PySocket s = self(self);
        byte[] data = bytes(a[0]);
        int flags = flags(in, a.length > 1 ? a[1] : null);
        Process p = process(in);
        int[] offset = {0};
        return blocking(in, s, "sendall", SelectionKey.OP_WRITE, () -> {
            do {
                Integer sent = SocketCalls.send(p, s.fd, data, offset[0], data.length - offset[0], flags, s.nonBlocking());
                if (sent == null) {
                    return null;
                }
                offset[0] += sent;
            } while (offset[0] < data.length);
            return PyNone.NONE;
        });
    }

    private static PyObject recv(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("recv", a, k, 1, 2);
        PySocket s = self(self);
        int max = Ops.index(in, a[0]);
        if (max < 0) {
            throw PyErrors.valueError("negative buffersize in recv");
        }
        int flags = flags(in, a.length > 1 ? a[1] : null);
        if (max == 0) {
            // CPython asks the kernel nothing for zero bytes, whatever the socket's state.
            return new PyBytes(new byte[0]);
        }
        Process p = process(in);
        return blocking(in, s, "recv", SelectionKey.OP_READ, receiver(p, s, max, flags, PyBytes::new));
    }

    private static PyObject recvInto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("recv_into", a, k, 1, "buffer", "nbytes", "flags");
        PyWritableBuffer buffer = writableBuffer("recv_into", b[0]);
        int max = bytesToRead(in, "recv_into", buffer, b[1], "buffer too small for requested bytes");
        PySocket s = self(self);
        Process p = process(in);
        return blocking(in, s, "recv_into", SelectionKey.OP_READ, receiver(p, s, max, flags(in, b[2]), data -> {
            buffer.writeAt(0, data, data.length);
            return PyInt.of(data.length);
        }));
    }

    private static PyObject sendto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("sendto", a, k, 2, 3);
        PySocket s = self(self);
        byte[] data = bytes(a[0]);
        int flags = a.length == 3 ? flags(in, a[1]) : 0;
        Process p = process(in);
        if (s.family == SocketCalls.AF_UNIX) {
            UnixAddress to = unixAddress(a[a.length - 1]);
            return PyInt.of(UnixCalls.sendto(p, s.fd, data, flags, to));
        }
        Sockaddr.Inet to = inetAddress(in, "sendto", a[a.length - 1], s.family);
        return blocking(in, s, "sendto", SelectionKey.OP_WRITE, () -> {
            Integer sent = SocketCalls.sendto(p, s.fd, data, flags, to.host(), to.port(), s.nonBlocking());
            return sent == null ? null : PyInt.of(sent);
        });
    }

    private static PyObject recvfrom(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("recvfrom", a, k, 1, 2);
        PySocket s = self(self);
        int max = Ops.index(in, a[0]);
        if (max < 0) {
            throw PyErrors.valueError("negative buffersize in recvfrom");
        }
        int flags = flags(in, a.length > 1 ? a[1] : null);
        Process p = process(in);
        return blocking(in, s, "recvfrom", SelectionKey.OP_READ, () -> {
            var got = SocketCalls.recvfrom(p, s.fd, max, flags, s.nonBlocking());
            if (got == null) {
                return null;
            }
            return PyTuple.of(new PyBytes(got.data()), sender(s, got));
        });
    }

    private static PyObject recvfromInto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bind("recvfrom_into", a, k, 1, "buffer", "nbytes", "flags");
        PyWritableBuffer buffer = writableBuffer("recvfrom_into", b[0]);
        int max = bytesToRead(in, "recvfrom_into", buffer, b[1], "nbytes is greater than the length of the buffer");
        int flags = flags(in, b[2]);
        PySocket s = self(self);
        Process p = process(in);
        return blocking(in, s, "recvfrom_into", SelectionKey.OP_READ, () -> {
            var got = SocketCalls.recvfrom(p, s.fd, max, flags, s.nonBlocking());
            if (got == null) {
                return null;
            }
            buffer.writeAt(0, got.data(), got.data().length);
            return PyTuple.of(PyInt.of(got.data().length), sender(s, got));
        });
    }

    /** Who sent a datagram, as recvfrom() names it: (host, port), an AF_UNIX path, or None. */
    static PyObject sender(PySocket s, org.enchufe.kernel.DatagramSocket.Datagram got) {
        return s.family == SocketCalls.AF_UNIX
                ? (got.fromPath() == null ? PyNone.NONE : PySocket.unixName(got.fromPath()))
                : got.from() == null ? PyNone.NONE : PySocket.address(got.from());
    }

    // recv_into()/recvfrom_into()'s buffer: a bytearray, or a memoryview over one, the call may write.
    static PyWritableBuffer writableBuffer(String call, PyObject buffer) {
        if (!(buffer instanceof PyWritableBuffer writable) || buffer instanceof PyMemoryView view && !view.writable()) {
            throw PyErrors.typeError(call + "() argument 1 must be read-write bytes-like object, not " + buffer.type().name());
        }
        return writable;
    }

    // How many bytes recv_into()/recvfrom_into() may read: nbytes, or the whole buffer for 0 or None.
    private static int bytesToRead(Interpreter in, String call, PyWritableBuffer buffer, PyObject nbytes, String tooBig) {
        int n = nbytes == null ? 0 : Ops.index(in, nbytes);
        if (n < 0) {
            throw PyErrors.valueError("negative buffersize in " + call);
        }
        if (n > buffer.size()) {
            throw PyErrors.valueError(tooBig);
        }
        return n == 0 ? buffer.size() : n;
    }

    private static PySocket self(PyObject self) {
        return (PySocket) self;
    }

    static int flags(Interpreter in, PyObject flags) {
        return flags == null ? 0 : Ops.index(in, flags);
    }

    private static Supplier<PyObject> receiver(Process p, PySocket s, int max, int flags,
                                               java.util.function.Function<byte[], PyObject> result) {
        if ((flags & SocketCalls.MSG_WAITALL) == 0) {
            return () -> {
                // With a timeout CPython polls before it calls recv: MSG_DONTWAIT then waits like any recv.
                if (s.timeoutNanos > 0 && (flags & SocketCalls.MSG_DONTWAIT) != 0
                        && org.enchufe.kernel.Readiness.revents(p, s.fd, org.enchufe.kernel.Readiness.POLLIN) == 0) {
                    return null;
                }
                byte[] data = SocketCalls.recv(p, s.fd, max, flags, s.nonBlocking());
                return data == null ? null : result.apply(data);
            };
        }
        // MSG_WAITALL: one call that returns once max bytes (or the end of the stream) arrived.
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        return () -> {
            byte[] data = SocketCalls.recvAll(p, s.fd, max, flags, s.nonBlocking(), got);
            return data == null ? null : result.apply(data);
        };
    }

}
