package org.enchufe.kernel.modules;

import static org.enchufe.kernel.modules.SocketModule.blocking;
import static org.enchufe.kernel.modules.SocketModule.process;

import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code socket.sendfile(file, offset=0, count=None)} as socket.py makes it on Linux. A file with a
 * descriptor goes to os.sendfile(), which needs a regular file's size: a sandbox has no regular
 * files — its descriptors are sockets, pipes and the console, whose size fstat() gives as 0 —, so
 * such a file sends nothing and answers 0, as CPython answers for an empty file. Any other object
 * with read() falls back to send(), as socket.py's {@code _sendfile_use_send}: its blocks are read
 * first and sent in order (the only difference: CPython alternates reads and sends).
 */
final class SocketSendfile {

    private static final int BLOCK = 8192;

    private SocketSendfile() {
    }

    static PyObject sendfile(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject[] b = Args.bindDef("socket.sendfile", true, a, k, 1, "file", "offset", "count");
        PySocket s = (PySocket) self;
        PyObject file = b[0];
        PyObject offset = b[1] == null ? PyInt.of(0) : b[1];
        PyObject count = b[2];
        checkParams(in, s, file, count);
        PyObject fileno = attribute(in, file, "fileno");
        if (fileno != null) {
            PyObject fd;
            try {
                fd = in.call(fileno, new PyObject[0], PyBuiltin.NO_KEYWORDS);
            } catch (PyRaise e) {
                if (!e.exception().type().isSubtypeOf(SocketModule.UNSUPPORTED_OPERATION)) {
                    throw e;
                }
                fd = null;
            }
            // os.fstat(fd): a descriptor the process has is a socket, a pipe or the console, of size 0.
            if (fd != null && process(in).descriptors().get(Ops.index(in, fd)) != null) {
                return PyInt.of(0);
            }
        }
        return useSend(in, s, file, offset, count);
    }

    // socket.py's _check_sendfile_params.
    private static void checkParams(Interpreter in, PySocket s, PyObject file, PyObject count) {
        PyObject mode = attribute(in, file, "mode");
        if (mode != null && !Ops.contains(in, mode, PyStr.of("b"))) {
            throw PyErrors.valueError("file should be opened in binary mode");
        }
        if ((s.type & SocketCalls.SOCK_STREAM) == 0) {
            throw PyErrors.valueError("only SOCK_STREAM type sockets are supported");
        }
        if (count != null && count != org.enchufe.lang.runtime.PyNone.NONE) {
            if (!(count instanceof PyInt n)) {
                throw PyErrors.typeError("count must be a positive integer (got " + count.repr(in) + ")");
            }
            if (n.signum() <= 0) {
                throw PyErrors.valueError("count must be a positive integer (got " + count.repr(in) + ")");
            }
        }
    }

    // socket.py's _sendfile_use_send: read blocks until EOF (or count), send them, and leave the
    // file's position after what was sent.
    private static PyObject useSend(Interpreter in, PySocket s, PyObject file, PyObject offset, PyObject count) {
        checkParams(in, s, file, count);
        if (s.timeoutNanos == 0) {
            throw PyErrors.valueError("non-blocking sockets are not supported");
        }
        if (offset.truthy(in)) {
            call(in, file, "seek", offset);
        }
        long limit = count == null || count == org.enchufe.lang.runtime.PyNone.NONE ? 0 : ((PyInt) count).asLong();
        List<byte[]> blocks = new ArrayList<>();
        long read = 0;
        while (true) {
            int size = (int) (limit > 0 ? Math.min(limit - read, BLOCK) : BLOCK);
            if (limit > 0 && size <= 0) {
                break;
            }
            PyObject data = call(in, file, "read", PyInt.of(size));
            if (!(data instanceof PyBytesLike)) {
                throw PyErrors.typeError("memoryview: a bytes-like object is required, not '" + data.type().name() + "'");
            }
            byte[] bytes = SocketModule.bytes(data);
            if (bytes.length == 0) {
                break;
            }
            blocks.add(bytes);
            read += bytes.length;
        }
        Process p = process(in);
        long[] sent = {0};
        int[] next = {0, 0};
        return blocking(in, s, "sendfile", SelectionKey.OP_WRITE, () -> {
            try {
                while (next[0] < blocks.size()) {
                    byte[] block = blocks.get(next[0]);
                    Integer n = SocketCalls.send(p, s.fd, block, next[1], block.length - next[1], 0, s.nonBlocking());
                    if (n == null) {
                        return null;
                    }
                    sent[0] += n;
                    next[1] += n;
                    if (next[1] == block.length) {
                        next[0]++;
                        next[1] = 0;
                    }
                }
            } catch (PyRaise failed) {
                seekAfter(in, file, offset, sent[0]);
                throw failed;
            }
            seekAfter(in, file, offset, sent[0]);
            return PyInt.of(sent[0]);
        });
    }

    private static void seekAfter(Interpreter in, PyObject file, PyObject offset, long sent) {
        if (sent > 0 && attribute(in, file, "seek") != null) {
            call(in, file, "seek", Ops.binary(in, org.enchufe.lang.ast.Operator.ADD, offset, PyInt.of(sent)));
        }
    }

    // getattr(o, name, None).
    private static PyObject attribute(Interpreter in, PyObject o, String name) {
        try {
            return org.enchufe.lang.runtime.Attributes.required(in, o, name);
        } catch (PyRaise e) {
            if (e.exception().type().isSubtypeOf(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static PyObject call(Interpreter in, PyObject target, String name, PyObject... args) {
        return in.call(org.enchufe.lang.runtime.Attributes.required(in, target, name), args, PyBuiltin.NO_KEYWORDS);
    }
}
