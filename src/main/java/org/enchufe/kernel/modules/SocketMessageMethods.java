package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketModule.blocking;
import static org.enchufe.kernel.modules.SocketModule.process;

import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.enchufe.kernel.ControlMessage;
import org.enchufe.kernel.MessageCalls;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyMemoryView;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyWritableBuffer;
import org.enchufe.lang.vm.Interpreter;

/**
 * The socket methods that send and receive messages with ancillary data — sendmsg, recvmsg,
 * recvmsg_into — and socket.py's send_fds/recv_fds built on them, with CPython's argument checks
 * and messages; the calls are the kernel's ({@link MessageCalls}).
 */
final class SocketMessageMethods {

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("sendmsg", SocketMessageMethods::sendmsg),
            new MethodDef("recvmsg", SocketMessageMethods::recvmsg),
            new MethodDef("recvmsg_into", SocketMessageMethods::recvmsgInto));

    /** socket.py's helpers over them. */
    static final List<MethodDef> FUNCTIONS = List.of(
            new MethodDef("send_fds", SocketMessageMethods::sendFds),
            new MethodDef("recv_fds", SocketMessageMethods::recvFds));

    private SocketMessageMethods() {
    }

    /** sendmsg(buffers[, ancdata[, flags[, address]]]). */
    private static PyObject sendmsg(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.noKeywords("socket.sendmsg", k);
        Args.between("sendmsg", a, new String[0], 1, 4);
        PySocket s = (PySocket) self;
        List<byte[]> buffers = new ArrayList<>();
        for (PyObject item : iterable(in, a[0], "sendmsg() argument 1 must be an iterable")) {
            buffers.add(SocketModule.bytes(item));
        }
        List<ControlMessage> control = new ArrayList<>();
        if (a.length > 1 && a[1] != PyNone.NONE) {
            for (PyObject item : iterable(in, a[1], "sendmsg() argument 2 must be an iterable")) {
                control.add(controlMessage(in, item));
            }
        } else if (a.length > 1) {
            throw PyErrors.typeError("sendmsg() argument 2 must be an iterable");
        }
        int flags = a.length > 2 ? Ops.index(in, a[2]) : 0;
        Object to = a.length > 3 && a[3] != PyNone.NONE ? address(in, s, a[3]) : null;
        return send(in, s, buffers, control, flags, to);
    }

    private static PyObject send(Interpreter in, PySocket s, List<byte[]> buffers, List<ControlMessage> control, int flags, Object to) {
        Process p = process(in);
        return blocking(in, s, "sendmsg", SelectionKey.OP_WRITE, () -> {
            Integer sent = MessageCalls.sendmsg(p, s.fd, buffers, control, flags, to, s.nonBlocking());
            return sent == null ? null : PyInt.of(sent);
        });
    }

    // An ancillary data item: a sequence of (level, type, bytes-like data), read as CPython's "iiy*".
    private static ControlMessage controlMessage(Interpreter in, PyObject item) {
        String what = "[sendmsg() ancillary data items]()";
        if (!(item instanceof PyTuple) && !(item instanceof PyList)) {
            throw PyErrors.typeError(what + " argument must be 3-item sequence, not " + item.type().name());
        }
        PyObject[] parts = in.unpackItems(item, Ops.len(in, item), -1);
        if (parts.length != 3) {
            throw PyErrors.typeError(what + " argument must be sequence of length 3, not " + parts.length);
        }
        int level = Ops.index(in, parts[0]);
        int type = Ops.index(in, parts[1]);
        if (!(parts[2] instanceof PyBytesLike)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + parts[2].type().name() + "'");
        }
        return new ControlMessage(level, type, SocketModule.bytes(parts[2]));
    }

    // sendmsg's address, as the socket's family reads one.
    private static Object address(Interpreter in, PySocket s, PyObject address) {
        return s.family == SocketCalls.AF_UNIX ? SocketAddresses.unixAddress(address)
                : SocketAddresses.inetAddress(in, "sendmsg", address, s.family);
    }

    /** recvmsg(bufsize[, ancbufsize[, flags]]): (data, ancdata, msg_flags, address). */
    private static PyObject recvmsg(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.noKeywords("socket.recvmsg", k);
        Args.between("recvmsg", a, new String[0], 1, 3);
        int size = Ops.index(in, a[0]);
        if (size < 0) {
            throw PyErrors.valueError("negative buffer size in recvmsg()");
        }
        return receive(in, (PySocket) self, new int[] {size}, a, got -> new PyBytes(got.data()));
    }

    /** recvmsg_into(buffers[, ancbufsize[, flags]]): (nbytes, ancdata, msg_flags, address), the bytes scattered over the buffers. */
    private static PyObject recvmsgInto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.noKeywords("socket.recvmsg_into", k);
        Args.between("recvmsg_into", a, new String[0], 1, 3);
        List<PyWritableBuffer> buffers = new ArrayList<>();
        for (PyObject item : iterable(in, a[0], "recvmsg_into() argument 1 must be an iterable")) {
            if (!(item instanceof PyWritableBuffer writable) || item instanceof PyMemoryView view && !view.writable()) {
                throw PyErrors.typeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers");
            }
            buffers.add(writable);
        }
        int[] sizes = buffers.stream().mapToInt(PyWritableBuffer::size).toArray();
        return receive(in, (PySocket) self, sizes, a, got -> {
            byte[] data = got.data();
            int at = 0;
            for (PyWritableBuffer buffer : buffers) {
                int n = Math.min(buffer.size(), data.length - at);
                if (n <= 0) {
                    break;
                }
                buffer.writeAt(0, java.util.Arrays.copyOfRange(data, at, at + n), n);
                at += n;
            }
            return PyInt.of(data.length);
        });
    }

    // One recvmsg() of the buffers' sizes; a[1] and a[2] are ancbufsize and flags.
    private static PyObject receive(Interpreter in, PySocket s, int[] sizes, PyObject[] a, Function<MessageCalls.Received, PyObject> data) {
        int room = a.length > 1 ? Ops.index(in, a[1]) : 0;
        if (room < 0) {
            throw PyErrors.valueError("invalid ancillary data buffer length");
        }
        int flags = a.length > 2 ? Ops.index(in, a[2]) : 0;
        return receive(in, s, sizes, room, flags, got -> PyTuple.of(data.apply(got), ancillary(got.control()),
                PyInt.of(got.flags()), got.from() == null ? PyNone.NONE : SocketDataMethods.sender(s, got.from())));
    }

    private static PyObject receive(Interpreter in, PySocket s, int[] sizes, int room, int flags,
                                    Function<MessageCalls.Received, PyObject> result) {
        Process p = process(in);
        return blocking(in, s, "recvmsg", SelectionKey.OP_READ, () -> {
            MessageCalls.Received got = MessageCalls.recvmsg(p, s.fd, sizes, room, flags, s.nonBlocking());
            return got == null ? null : result.apply(got);
        });
    }

    // The ancillary data as recvmsg() gives it: a list of (level, type, bytes).
    private static PyList ancillary(List<ControlMessage> control) {
        PyList out = new PyList();
        for (ControlMessage m : control) {
            out.append(PyTuple.of(PyInt.of(m.level()), PyInt.of(m.type()), new PyBytes(m.data())));
        }
        return out;
    }

    /** send_fds(sock, buffers, fds[, flags[, address]]): sendmsg() with SCM_RIGHTS (3.11's ignores flags and address). */
    private static PyObject sendFds(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("send_fds", false, a, k, 3, "sock", "buffers", "fds", "flags", "address");
        byte[] fds = intArray(in, b[2]);
        PyObject ancdata = new PyList(new PyObject[] {PyTuple.of(PyInt.of(SocketCalls.SOL_SOCKET),
                PyInt.of(ControlMessage.SCM_RIGHTS), new PyBytes(fds))});
        return callMethod(in, b[0], "sendmsg", b[1], ancdata);
    }

    /** recv_fds(sock, bufsize, maxfds[, flags]): (data, fds, msg_flags, address) (3.11's ignores flags). */
    private static PyObject recvFds(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("recv_fds", false, a, k, 3, "sock", "bufsize", "maxfds", "flags");
        long maxfds = Ops.index(in, b[2]);
        if (maxfds < 0 || maxfds * 4 > Integer.MAX_VALUE - 16) {
            throw PyErrors.overflow("CMSG_LEN() argument out of range");
        }
        PyObject room = PyInt.of(16 + maxfds * 4);
        if (!(b[0] instanceof PySocket s)) {
            // Another object with a recvmsg() of its own: its answer, the descriptors read from it.
            PyObject[] got = in.unpackItems(callMethod(in, b[0], "recvmsg", b[1], room), 4, -1);
            PyList fds = new PyList();
            for (PyObject item : iterable(in, got[1], "'" + got[1].type().name() + "' object is not iterable")) {
                byte[] d = SocketModule.bytes(in.unpackItems(item, 3, -1)[2]);
                for (int i = 0; i + 4 <= d.length; i += 4) {
                    fds.append(PyInt.of((d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16 | d[i + 3] << 24));
                }
            }
            return PyTuple.of(got[0], fds, got[2], got[3]);
        }
        int size = Ops.index(in, b[1]);
        if (size < 0) {
            throw PyErrors.valueError("negative buffer size in recvmsg()");
        }
        return receive(in, s, new int[] {size}, (int) (16 + maxfds * 4), 0, got -> {
            PyList fds = new PyList();
            for (ControlMessage m : got.control()) {
                byte[] d = m.data();
                for (int i = 0; i + 4 <= d.length; i += 4) {
                    fds.append(PyInt.of((d[i] & 0xFF) | (d[i + 1] & 0xFF) << 8 | (d[i + 2] & 0xFF) << 16 | d[i + 3] << 24));
                }
            }
            return PyTuple.of(new PyBytes(got.data()), fds, PyInt.of(got.flags()),
                    got.from() == null ? PyNone.NONE : SocketDataMethods.sender(s, got.from()));
        });
    }

    // array.array("i", fds): each a C int, as the array module converts them.
    private static byte[] intArray(Interpreter in, PyObject fds) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (PyObject item : iterable(in, fds, "'" + fds.type().name() + "' object is not iterable")) {
            if (!(item instanceof PyInt)) {
                throw PyErrors.typeError("'" + item.type().name() + "' object cannot be interpreted as an integer");
            }
            int fd = Ops.index(in, item);
            for (int i = 0; i < 4; i++) {
                out.write(fd >> (8 * i));
            }
        }
        return out.toByteArray();
    }

    private static PyObject callMethod(Interpreter in, PyObject target, String name, PyObject... args) {
        PyObject method = org.enchufe.lang.runtime.Attributes.required(in, target, name);
        return in.call(method, args, new String[0]);
    }

    // The items of an iterable; what is not one is a TypeError with CPython's message for the call.
    private static List<PyObject> iterable(Interpreter in, PyObject o, String notOne) {
        PyObject it;
        try {
            it = Ops.iter(in, o);
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(org.enchufe.lang.runtime.ExceptionTypes.TYPE_ERROR)) {
                throw PyErrors.typeError(notOne);
            }
            throw e;
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject x = Ops.next(in, it); x != null; x = Ops.next(in, it)) {
            items.add(x);
        }
        return items;
    }
}
