package org.enchufe.kernel.modules;

import java.io.ByteArrayOutputStream;
import java.nio.channels.SelectionKey;
import java.util.Set;
import java.util.function.Supplier;

import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * io's buffered layer over a {@link SocketIO}: a BufferedReader ({@code makefile('rb')}), a
 * BufferedWriter ({@code 'wb'}) or a BufferedRWPair of both over the one raw file ({@code 'rwb'}).
 * Reads go through a {@link ReadBuffer}; writes wait in {@code out} until flush(), close() or a
 * full buffer. detach() hands the raw file over and leaves this one unusable, as CPython's does;
 * a pair cannot be detached. Its methods are {@link BufferedMethods}.
 */
final class BufferedFile extends IoObject {

    static final PyType READER = PyType.builtin("_io", "BufferedReader", BUFFERED_BASE);
    static final PyType WRITER = PyType.builtin("_io", "BufferedWriter", BUFFERED_BASE);
    static final PyType PAIR = PyType.builtin("_io", "BufferedRWPair", BUFFERED_BASE);

    static {
        // Each of io's C classes defines its own closed.
        PyGetSet.define(PAIR, "closed");
        for (PyType t : new PyType[] {READER, WRITER}) {
            PyGetSet.define(t, "closed", "name", "mode");
            PyGetSet.members(t, "raw");
        }
        BufferedMethods.register();
    }

    /** Which of io's three buffered classes it is. */
    enum Kind { READER, WRITER, PAIR }

    final Kind kind;
    /** The raw file, null once detached. */
    private SocketIO raw;
    /** The reading side, null for a writer. */
    final ReadBuffer reader;
    private final int size;
    /** What write() took and no send() has taken yet. */
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    BufferedFile(SocketIO raw, Kind kind, int size) {
        this.raw = raw;
        this.kind = kind;
        this.size = size;
        this.reader = kind == Kind.WRITER ? null : new ReadBuffer(raw, size);
    }

    private BufferedFile(SocketIO raw, Kind kind, int size, ReadBuffer reader) {
        this.raw = raw;
        this.kind = kind;
        this.size = size;
        this.reader = reader;
    }

    @Override
    public PyType type() {
        return switch (kind) {
            case READER -> READER;
            case WRITER -> WRITER;
            case PAIR -> PAIR;
        };
    }

    @Override
    public String repr(Interpreter in) {
        if (kind == Kind.PAIR) {
            return "<_io.BufferedRWPair object at " + in.addressOf(this) + ">";
        }
        return "<_io." + type().name() + (raw == null ? "" : " name=" + raw.name()) + ">";
    }

    @Override
    PySocket socket() {
        return raw == null ? null : raw.socket();
    }

    @Override
    SocketIO rawIo() {
        return raw;
    }

    @Override
    Set<String> members() {
        return Set.of("raw");
    }

    @Override
    PyObject field(Interpreter in, String name) {
        return switch (name) {
            case "raw" -> raw == null ? PyNone.NONE : raw;
            case "closed" -> PyBool.of(closed(in));
            case "name" -> PyInt.of(attached().name());
            case "mode" -> PyStr.of(attached().mode());
            default -> null;
        };
    }

    /** The raw file, or CPython's ValueError once detached. */
    SocketIO attached() {
        if (raw == null) {
            throw PyErrors.valueError("raw stream has been detached");
        }
        return raw;
    }

    /** The check a read makes, and its words for a closed file: "read of closed file". */
    void checkReading(Interpreter in, String call, String closedWords) {
        if (kind == Kind.WRITER) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, call);
        }
        if (attached().closed(in)) {
            throw PyErrors.valueError(closedWords + " of closed file");
        }
    }

    // ---------------------------------------------------------------- IOBase's protocol

    @Override
    boolean closed(Interpreter in) {
        return attached().closed(in);
    }

    @Override
    Supplier<PyObject> lineAttempt(Interpreter in, int limit) {
        // A pair reads lines with IOBase's readline, which peeks first.
        checkReading(in, "read", kind == Kind.PAIR ? "peek" : "readline");
        Process p = process(in);
        return () -> {
            byte[] line = reader.line(p, limit);
            return line == null ? null : new PyBytes(line);
        };
    }

    @Override
    PyObject write(Interpreter in, PyObject data) {
        if (kind == Kind.READER) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "write");
        }
        if (attached().closed(in)) {
            throw PyErrors.valueError("write to closed file");
        }
        if (!(data instanceof PyBytesLike)) {
            throw PyErrors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
        }
        byte[] bytes = SocketModule.bytes(data);
        return writeBytes(in, bytes, PyInt.of(bytes.length));
    }

    /** Buffers {@code bytes}, sending the buffer once it is full; {@code result} is the write's. */
    PyObject writeBytes(Interpreter in, byte[] bytes, PyObject result) {
        return writeBytes(in, bytes, result, false);
    }

    /** As {@link #writeBytes(Interpreter, byte[], PyObject)}, sending the buffer at once when {@code flush}. */
    PyObject writeBytes(Interpreter in, byte[] bytes, PyObject result, boolean flush) {
        out.writeBytes(bytes);
        if (!flush && out.size() < size) {
            return result;
        }
        Process p = process(in);
        return waitFor(in, "write", SelectionKey.OP_WRITE, () -> sendBuffered(p) ? result : null);
    }

    /** Sends what is buffered: true when all went, false while the socket would block. */
    boolean sendBuffered(Process p) {
        byte[] pending = out.toByteArray();
        int sent = 0;
        while (sent < pending.length) {
            Integer n = raw.send(p, pending, sent, pending.length - sent);
            if (n == null) {
                out.reset();
                out.writeBytes(java.util.Arrays.copyOfRange(pending, sent, pending.length));
                return false;
            }
            sent += n;
        }
        out.reset();
        return true;
    }

    @Override
    PyObject flush(Interpreter in) {
        if (kind == Kind.READER) {
            checkClosed(in);
            return PyNone.NONE;
        }
        if (attached().closed(in)) {
            throw PyErrors.valueError("flush of closed file");
        }
        Process p = process(in);
        return waitFor(in, "flush", SelectionKey.OP_WRITE, () -> sendBuffered(p) ? PyNone.NONE : null);
    }

    @Override
    PyObject close(Interpreter in) {
        SocketIO r = attached();
        if (r.closed(in)) {
            return PyNone.NONE;
        }
        if (kind == Kind.READER || out.size() == 0 || r.socket().fd == -1) {
            return r.close(in);
        }
        Process p = process(in);
        return waitFor(in, "close", SelectionKey.OP_WRITE, () -> sendBuffered(p) ? r.close(in) : null);
    }

    /** detach(): the buffer flushed and the raw file handed over; this file is unusable after. */
    PyObject detach(Interpreter in) {
        if (kind == Kind.PAIR) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "detach");
        }
        SocketIO r = attached();
        if (kind == Kind.WRITER) {
            if (r.closed(in)) {
                throw PyErrors.valueError("flush of closed file");
            }
            if (out.size() > 0) {
                Process p = process(in);
                return waitFor(in, "flush", SelectionKey.OP_WRITE, () -> {
                    if (!sendBuffered(p)) {
                        return null;
                    }
                    raw = null;
                    return r;
                });
            }
        } else {
            checkClosed(in);
        }
        raw = null;
        return r;
    }

    @Override
    boolean readable(Interpreter in) {
        return kind != Kind.WRITER && attached().readable(in);
    }

    @Override
    boolean writable(Interpreter in) {
        return kind != Kind.READER && attached().writable(in);
    }

    @Override
    boolean seekable(Interpreter in) {
        return kind != Kind.PAIR && attached().seekable(in);
    }

    @Override
    boolean isatty(Interpreter in) {
        return attached().isatty(in);
    }

    @Override
    int fileno(Interpreter in) {
        if (kind == Kind.PAIR) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "fileno");
        }
        return attached().fileno(in);
    }

    @Override
    PyRaise notSeekable(Interpreter in, boolean tell) {
        if (kind != Kind.PAIR) {
            attached();
        }
        return PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, tell || kind == Kind.PAIR ? "seek" : "File or stream is not seekable.");
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        SocketIO rawCopy = fork.copy(raw);
        // Remembered first: the pair's reader and writer, and a text file over it, share this one copy.
        BufferedFile copy = fork.remember(this, new BufferedFile(rawCopy, kind, size, reader == null ? null : reader.copy(fork)));
        copy.out.writeBytes(out.toByteArray());
        copyDict(fork, copy);
        return copy;
    }
}
