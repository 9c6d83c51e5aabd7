package org.enchufe.kernel.modules;

import java.io.ByteArrayOutputStream;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Supplier;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyMemoryView;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.runtime.PyWritableBuffer;
import org.enchufe.lang.vm.Interpreter;

/**
 * socket.py's {@code SocketIO}: the raw file under every makefile() object, and what
 * {@code makefile('rb', buffering=0)} returns. Each read is one recv() and each write one send();
 * after a read's wait ends in TimeoutError it refuses to read on ("cannot read from timed out
 * object"). Closing it gives back the socket's count of open files: the descriptor goes when the
 * socket is closed too.
 */
final class SocketIO extends IoObject {

    static final PyType TYPE = PyType.builtin("socket", "SocketIO", RAW_BASE);

    private final PySocket socket;
    /** "rb", "wb" or "rwb", as socket.py's rawmode. */
    private final String mode;
    private final boolean reading;
    private final boolean writing;
    private boolean closed;
    private boolean timedOut;
    /** A raw readline()'s bytes so far: it reads one byte a recv(), as IOBase.readline does, and may wait between. */
    private ByteArrayOutputStream partialLine = new ByteArrayOutputStream();

    SocketIO(PySocket socket, boolean reading, boolean writing) {
        this.socket = socket;
        this.reading = reading;
        this.writing = writing;
        this.mode = (reading ? "r" : "") + (writing ? "w" : "") + "b";
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        return "<socket.SocketIO object at " + in.addressOf(this) + ">";
    }

    @Override
    PySocket socket() {
        return socket;
    }

    @Override
    SocketIO rawIo() {
        return this;
    }

    void timeOut() {
        timedOut = true;
    }

    String mode() {
        return mode;
    }

    /** The name socket.py gives it: the descriptor, -1 once closed. */
    int name() {
        return closed ? -1 : socket.fd;
    }

    @Override
    PyObject field(Interpreter in, String name) {
        return switch (name) {
            case "closed" -> org.enchufe.lang.runtime.PyBool.of(closed);
            case "name" -> PyInt.of(name());
            case "mode" -> PyStr.of(mode);
            default -> null;
        };
    }

    // ---------------------------------------------------------------- the calls under every layer

    /**
     * What recv() gives on a non-blocking socket with nothing to read: socket.py's SocketIO answers
     * None then, and the layers above make of it None, b'' or what they already hold.
     */
    static final byte[] NOTHING_YET = new byte[0];

    /**
     * One recv() of at most {@code n} bytes: empty at the end of the stream, {@link #NOTHING_YET}
     * when a non-blocking socket has nothing, null while a blocking one would wait.
     */
    byte[] recv(Process p, int n) {
        if (timedOut) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "cannot read from timed out object");
        }
        try {
            return SocketCalls.recv(p, socket.fd, n, 0, socket.nonBlocking());
        } catch (PyRaise e) {
            if (socket.nonBlocking() && e.exception().type() == ExceptionTypes.BLOCKING_IO_ERROR) {
                return NOTHING_YET;
            }
            throw e;
        }
    }

    /** One send() of {@code data[from, from + length)}: how much went, null while it would block. */
    Integer send(Process p, byte[] data, int from, int length) {
        return SocketCalls.send(p, socket.fd, data, from, length, 0, socket.nonBlocking());
    }

    private void checkReadable(Interpreter in) {
        checkClosed(in);
        if (!reading) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "File or stream is not readable.");
        }
    }

    // ---------------------------------------------------------------- IOBase's protocol

    @Override
    boolean closed(Interpreter in) {
        return closed;
    }

    @Override
    Supplier<PyObject> lineAttempt(Interpreter in, int limit) {
        checkReadable(in);
        Process p = process(in);
        return () -> {
            while (limit < 0 || partialLine.size() < limit) {
                byte[] got = recv(p, 1);
                if (got == null) {
                    return null;
                }
                if (got == NOTHING_YET) {
                    // IOBase.readline's read(1) gave None.
                    partialLine = new ByteArrayOutputStream();
                    throw PyErrors.raise(ExceptionTypes.OS_ERROR, "read() should have returned a bytes object, not 'NoneType'");
                }
                partialLine.writeBytes(got);
                if (got.length == 0 || got[0] == '\n') {
                    break;
                }
            }
            PyObject line = new PyBytes(partialLine.toByteArray());
            partialLine = new ByteArrayOutputStream();
            return line;
        };
    }

    @Override
    PyObject write(Interpreter in, PyObject data) {
        checkClosed(in);
        if (!writing) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "File or stream is not writable.");
        }
        if (!(data instanceof PyBytesLike)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
        }
        byte[] bytes = SocketModule.bytes(data);
        Process p = process(in);
        // One send(), its count: a part while the socket's buffer is nearly full.
        return waitFor(in, "write", SelectionKey.OP_WRITE, () -> {
            Integer n = send(p, bytes, 0, bytes.length);
            return n == null ? null : PyInt.of(n);
        });
    }

    @Override
    PyObject flush(Interpreter in) {
        checkClosed(in);
        return PyNone.NONE;
    }

    @Override
    PyObject close(Interpreter in) {
        if (!closed) {
            closed = true;
            socket.ioRefs--;
            socket.closeIfUnused(process(in));
        }
        return PyNone.NONE;
    }

    /** socket.py's readable()/writable()/seekable() look at the socket first. */
    private void checkSocket() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed socket.");
        }
    }

    @Override
    boolean readable(Interpreter in) {
        checkSocket();
        return reading;
    }

    @Override
    boolean writable(Interpreter in) {
        checkSocket();
        return writing;
    }

    @Override
    boolean seekable(Interpreter in) {
        checkSocket();
        return false;
    }

    @Override
    boolean isatty(Interpreter in) {
        checkClosed(in);
        return false;
    }

    @Override
    int fileno(Interpreter in) {
        checkClosed(in);
        return socket.fd;
    }

    @Override
    PyRaise notSeekable(Interpreter in, boolean tell) {
        return PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, tell ? "seek" : "File or stream is not seekable.");
    }

    // ---------------------------------------------------------------- RawIOBase's reads

    static {
        for (MethodDef def : List.of(
                new MethodDef("read", SocketIO::read),
                new MethodDef("readall", SocketIO::readall),
                new MethodDef("readinto", SocketIO::readinto))) {
            RAW_BASE.method(def.name(), def.fn());
        }
        PyGetSet.define(TYPE, "name", "mode");
    }

    /** read(n): what one recv() of at most n bytes brings; read() or read(-1) all until the end. */
    private static PyObject read(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("read", a, k, 0, 1);
        int n = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        if (n < 0) {
            return readall(in, self, new PyObject[0], k);
        }
        SocketIO raw = (SocketIO) self;
        raw.checkReadable(in);
        Process p = process(in);
        return raw.waitFor(in, "read", SelectionKey.OP_READ, () -> {
            byte[] got = n == 0 ? new byte[0] : raw.recv(p, n);
            return got == null ? null : got == NOTHING_YET ? PyNone.NONE : new PyBytes(got);
        });
    }

    private static PyObject readall(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("readall", a, k);
        SocketIO raw = (SocketIO) self;
        raw.checkReadable(in);
        Process p = process(in);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        return raw.waitFor(in, "read", SelectionKey.OP_READ, () -> {
            while (true) {
                byte[] got = raw.recv(p, 8192);
                if (got == null) {
                    return null;
                }
                if (got == NOTHING_YET && all.size() == 0) {
                    return PyNone.NONE;
                }
                if (got.length == 0) {
                    return new PyBytes(all.toByteArray());
                }
                all.writeBytes(got);
            }
        });
    }

    /** readinto(b): one recv() into the buffer, its count. */
    private static PyObject readinto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyWritableBuffer buffer = writableBuffer("readinto", Args.bindDef("SocketIO.readinto", true, a, k, 1, "b")[0]);
        SocketIO raw = (SocketIO) self;
        raw.checkReadable(in);
        Process p = process(in);
        return raw.waitFor(in, "readinto", SelectionKey.OP_READ, () -> {
            byte[] got = buffer.size() == 0 ? new byte[0] : raw.recv(p, buffer.size());
            if (got == null) {
                return null;
            }
            if (got == NOTHING_YET) {
                return PyNone.NONE;
            }
            buffer.writeAt(0, got, got.length);
            return PyInt.of(got.length);
        });
    }

    /** The buffer a readinto() fills: a bytearray, or a writable memoryview. */
    static PyWritableBuffer writableBuffer(String call, PyObject buffer) {
        if (!(buffer instanceof PyWritableBuffer writable) || buffer instanceof PyMemoryView view && !view.writable()) {
            throw PyErrors.typeError(call + "() argument must be read-write bytes-like object, not " + buffer.type().name());
        }
        return writable;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        SocketIO copy = fork.remember(this, new SocketIO(fork.copy(socket), reading, writing));
        copy.closed = closed;
        copy.timedOut = timedOut;
        copy.partialLine.writeBytes(partialLine.toByteArray());
        copyDict(fork, copy);
        return copy;
    }
}
