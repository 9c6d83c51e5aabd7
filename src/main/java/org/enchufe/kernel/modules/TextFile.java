package org.enchufe.kernel.modules;

import java.nio.channels.SelectionKey;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Supplier;

import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.PyBool;
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
 * io's TextIOWrapper over a {@link BufferedFile}: what {@code makefile('r')}, {@code 'w'} and
 * {@code 'rw'} return. It reads chunks with the buffer's read1(), as CPython's does, and decodes
 * each as it arrives ({@link TextCodec}); it writes encoded text into the buffer, flushing it after
 * a line when line_buffering is on. Its methods beyond IOBase's are {@link TextMethods}.
 */
final class TextFile extends IoObject {

    static final PyType TYPE = PyType.builtin("_io", "TextIOWrapper", TEXT_BASE);
    /** TextIOWrapper's _CHUNK_SIZE: how much one read asks the buffer for. */
    private static final int CHUNK = 8192;

    static {
        PyGetSet.members(TYPE, "buffer", "encoding", "line_buffering", "write_through");
        PyGetSet.define(TYPE, "closed", "errors", "newlines", "name", "mode");
        TextMethods.register();
    }

    /** The buffer, null once detached. */
    private BufferedFile buffer;
    private final boolean reading;
    private final boolean writing;
    TextOptions options;
    TextCodec codec;
    boolean lineBuffering;
    boolean writeThrough;
    /** Bytes that end in the middle of a character, waiting for the rest. */
    private byte[] pending = new byte[0];
    private boolean eof;
    /** A non-blocking socket had nothing for the last fill(): the read in progress ends with what it has, as CPython's. */
    private boolean dry;
    /** Something was read and decoded: the encoding and newline can no longer change (CPython's decoded_chars). */
    boolean readStarted;

    TextFile(BufferedFile buffer, TextOptions options, String mode) {
        this.buffer = buffer;
        this.reading = buffer.kind != BufferedFile.Kind.WRITER;
        this.writing = buffer.kind != BufferedFile.Kind.READER;
        this.options = options;
        this.codec = new TextCodec(options.codec(), options.errors(), options.newline());
        // socket.py sets the mode on the wrapper it returns: it lives in the object's __dict__.
        dict.putStr("mode", PyStr.of(mode));
    }

    private TextFile(TextFile original, BufferedFile buffer) {
        this.buffer = buffer;
        this.reading = original.reading;
        this.writing = original.writing;
        this.options = original.options;
        this.codec = original.codec.copy();
        this.lineBuffering = original.lineBuffering;
        this.writeThrough = original.writeThrough;
        this.pending = original.pending.clone();
        this.eof = original.eof;
        this.readStarted = original.readStarted;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String repr(Interpreter in) {
        StringBuilder r = new StringBuilder("<_io.TextIOWrapper");
        if (buffer != null && buffer.kind != BufferedFile.Kind.PAIR) {
            r.append(" name=").append(buffer.attached().name());
        }
        PyObject mode = dict.getStr("mode");
        if (mode != null) {
            r.append(" mode=").append(mode.repr(in));
        }
        return r.append(" encoding=").append(PyStr.of(options.shownEncoding()).repr(in)).append('>').toString();
    }

    @Override
    PySocket socket() {
        return attached().socket();
    }

    @Override
    SocketIO rawIo() {
        return buffer == null ? null : buffer.rawIo();
    }

    @Override
    Set<String> members() {
        return Set.of("buffer", "encoding", "line_buffering", "write_through");
    }

    @Override
    boolean isOwn(String name) {
        return name.equals("mode");
    }

    @Override
    PyObject field(Interpreter in, String name) {
        return switch (name) {
            case "buffer" -> buffer == null ? PyNone.NONE : buffer;
            case "encoding" -> PyStr.of(options.shownEncoding());
            case "errors" -> PyStr.of(options.errors());
            case "line_buffering" -> PyBool.of(lineBuffering);
            case "write_through" -> PyBool.of(writeThrough);
            case "newlines" -> {
                attached();
                yield reading && options.universal() ? codec.newlines() : PyNone.NONE;
            }
            case "name" -> attached().getAttr(in, "name");
            case "closed" -> PyBool.of(closed(in));
            default -> null;
        };
    }

    /** The buffer, or CPython's ValueError once detached. */
    BufferedFile attached() {
        if (buffer == null) {
            throw PyErrors.valueError("underlying buffer has been detached");
        }
        return buffer;
    }

    private void checkReadable(Interpreter in) {
        attached();
        checkClosed(in);
        if (!reading) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "not readable");
        }
    }

    // ---------------------------------------------------------------- reading

    /** Asks the buffer for a chunk and decodes what of it makes whole characters: false while it would block. */
    private boolean fill(Process p) {
        byte[] chunk = buffer.reader.read1(p, CHUNK);
        if (chunk == null) {
            return false;
        }
        if (chunk.length == 0 && !buffer.reader.atEof()) {
            dry = true;
            return true;
        }
        readStarted = true;
        boolean end = chunk.length == 0;
        byte[] all = Arrays.copyOf(pending, pending.length + chunk.length);
        System.arraycopy(chunk, 0, all, pending.length, chunk.length);
        if ((long) codec.length() + all.length > p.interpreter().limits().maxMemory()) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        int complete = codec.complete(all, all.length, end);
        // The bytes leave first, so a byte the codec refuses fails the read that brought it, once.
        pending = Arrays.copyOfRange(all, complete, all.length);
        eof = end;
        codec.feed(Arrays.copyOf(all, complete), end);
        return true;
    }

    @Override
    Supplier<PyObject> lineAttempt(Interpreter in, int limit) {
        checkReadable(in);
        Process p = process(in);
        return () -> {
            while (true) {
                int end = codec.lineEnd(limit, eof);
                if (end >= 0 || eof || dry) {
                    dry = false;
                    int n = end >= 0 ? end : limit >= 0 ? Math.min(limit, codec.length()) : codec.length();
                    return PyStr.of(codec.take(n));
                }
                if (!fill(p)) {
                    return null;
                }
            }
        };
    }

    /** read(n): n characters (fewer at the end), all until the end for n < 0. */
    PyObject read(Interpreter in, int n) {
        checkReadable(in);
        Process p = process(in);
        return waitFor(in, "read", SelectionKey.OP_READ, () -> {
            while (!eof && (n < 0 || codec.length() < n)) {
                if (!fill(p)) {
                    return null;
                }
                if (dry) {
                    break;
                }
            }
            dry = false;
            if (n < 0) {
                // CPython forgets its decoded characters after read(): the encoding may change again.
                readStarted = false;
            }
            return PyStr.of(codec.take(n < 0 ? codec.length() : Math.min(n, codec.length())));
        });
    }

    // ---------------------------------------------------------------- writing and the rest of IOBase's protocol

    @Override
    PyObject write(Interpreter in, PyObject data) {
        attached();
        checkClosed(in);
        if (!writing) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "not writable");
        }
        if (!(data instanceof PyStr s)) {
            throw PyErrors.typeError("write() argument must be str, not " + data.type().name());
        }
        boolean flush = lineBuffering && (s.value().indexOf('\n') >= 0 || s.value().indexOf('\r') >= 0);
        return buffer.writeBytes(in, codec.encode(s.value()), PyInt.of(s.length()), flush);
    }

    @Override
    PyObject flush(Interpreter in) {
        attached();
        checkClosed(in);
        return buffer.flush(in);
    }

    @Override
    PyObject close(Interpreter in) {
        if (attached().closed(in)) {
            return PyNone.NONE;
        }
        return buffer.close(in);
    }

    /** detach(): the buffer flushed and handed over; characters decoded and not read are lost, as in CPython. */
    PyObject detach(Interpreter in) {
        BufferedFile b = attached();
        checkClosed(in);
        Process p = process(in);
        return waitFor(in, "flush", SelectionKey.OP_WRITE, () -> {
            if (!b.sendBuffered(p)) {
                return null;
            }
            buffer = null;
            return b;
        });
    }

    @Override
    boolean closed(Interpreter in) {
        return attached().closed(in);
    }

    @Override
    boolean readable(Interpreter in) {
        return attached().readable(in);
    }

    @Override
    boolean writable(Interpreter in) {
        return attached().writable(in);
    }

    @Override
    boolean seekable(Interpreter in) {
        return attached().seekable(in);
    }

    @Override
    boolean isatty(Interpreter in) {
        return attached().isatty(in);
    }

    @Override
    int fileno(Interpreter in) {
        return attached().fileno(in);
    }

    @Override
    PyRaise notSeekable(Interpreter in, boolean tell) {
        attached();
        if (tell) {
            checkClosed(in);
        }
        return PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "underlying stream is not seekable");
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        TextFile copy = fork.remember(this, new TextFile(this, fork.copy(buffer)));
        copyDict(fork, copy);
        return copy;
    }
}
