package org.enchufe.kernel.modules;

import java.io.ByteArrayOutputStream;
import java.nio.channels.SelectionKey;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * What {@code socket.makefile()} returns: a buffered file over the socket, text (in its encoding
 * and errors handler, with io's newline modes) or binary, or with {@code buffering=0} the raw
 * {@code SocketIO} socket.py makes. Reads fill an 8 KiB buffer with recv(), as CPython's
 * BufferedReader does; writes wait in the buffer until flush() or close() (a raw file sends at
 * once). While it is open, closing the socket only marks it closed: the descriptor stays until the
 * file is closed too.
 */
final class SocketFile extends PyObject {

    static final PyType TEXT = PyType.builtin("_io", "TextIOWrapper");
    static final PyType READER = PyType.builtin("_io", "BufferedReader");
    static final PyType WRITER = PyType.builtin("_io", "BufferedWriter");
    static final PyType PAIR = PyType.builtin("_io", "BufferedRWPair");
    static final PyType RAW = PyType.builtin("socket", "SocketIO");

    private static final int CHUNK = 8192;

    private final PySocket socket;
    private final boolean reading;
    private final boolean writing;
    private final boolean binary;
    /** The text file's options as makefile() was given them; a binary file's are null. */
    private final TextOptions text;
    /** buffering=0: socket.py's SocketIO, each write one send(). */
    private final boolean raw;
    /** What recv() brought and no read took yet: the first {@code inLen} bytes of {@code in}. */
    private byte[] in = new byte[CHUNK];
    private int inLen;
    /** How far lineEnd() has looked without finding a line's end, so it never looks twice. */
    private int scanned;
    private boolean eof;
    /** A read's wait ended in TimeoutError: CPython's SocketIO refuses to read on after it. */
    private boolean timedOut;
    /** A text file's decoder and encoder, holding the characters decoded and not yet read; a binary file's is null. */
    private TextCodec codec;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private boolean closed;

    private SocketFile(PySocket socket, boolean reading, boolean writing, TextOptions text, boolean raw) {
        this.socket = socket;
        this.reading = reading;
        this.writing = writing;
        this.binary = text == null;
        this.text = text;
        this.raw = raw;
        this.codec = text == null ? null : new TextCodec(text.codec(), text.errors(), text.newline());
    }

    /**
     * A text file's options, checked as TextIOWrapper checks them: {@code encoding} as given (null
     * for the locale's, UTF-8), {@code newline} null for universal newlines translated to \n.
     */
    record TextOptions(String mode, String encoding, String errors, String newline) {

        static TextOptions of(String mode, PyObject encoding, PyObject errors, PyObject newline) {
            String e = optionalStr("encoding", encoding);
            String err = optionalStr("errors", errors);
            String nl = optionalStr("newline", newline);
            if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
                throw PyErrors.valueError("illegal newline value: " + nl);
            }
            if (e != null) {
                // An unknown codec is refused when the file is made, as TextIOWrapper refuses it.
                org.enchufe.lang.runtime.Codecs.canonical(e);
            }
            return new TextOptions(mode, e, err == null ? "strict" : err, nl);
        }

        private static String optionalStr(String name, PyObject value) {
            if (value == null || value == PyNone.NONE) {
                return null;
            }
            if (!(value instanceof PyStr s)) {
                throw PyErrors.typeError("TextIOWrapper() argument '" + name + "' must be str or None, not " + value.type().name());
            }
            return s.value();
        }

        String codec() {
            return encoding == null ? "utf-8" : encoding;
        }
    }

    /**
     * socket.makefile(mode, buffering, *, encoding, errors, newline), as socket.py's: the mode
     * checked, buffering 0 giving the raw SocketIO (refused for text), the file counted against the socket.
     */
    static SocketFile open(Interpreter in, PySocket socket, String mode, PyObject buffering, PyObject encoding,
                           PyObject errors, PyObject newline) {
        for (char c : mode.toCharArray()) {
            if ("rwb".indexOf(c) < 0) {
                throw PyErrors.valueError("invalid mode '" + mode + "' (only r, w, b allowed)");
            }
        }
        boolean writing = mode.contains("w");
        boolean reading = mode.contains("r") || !writing;
        boolean binary = mode.contains("b");
        boolean unbuffered = false;
        if (buffering != null && buffering != PyNone.NONE) {
            if (!(buffering instanceof PyInt size)) {
                throw PyErrors.typeError("'<' not supported between instances of '" + buffering.type().name() + "' and 'int'");
            }
            unbuffered = size.signum() == 0;
        }
        if (unbuffered && !binary) {
            throw PyErrors.valueError("unbuffered streams must be binary");
        }
        TextOptions text = binary ? null : TextOptions.of(mode, encoding, errors, newline);
        socket.ioRefs++;
        return new SocketFile(socket, reading, writing, text, unbuffered);
    }

    @Override
    public PyType type() {
        if (raw) {
            return RAW;
        }
        if (!binary) {
            return TEXT;
        }
        return reading && writing ? PAIR : reading ? READER : WRITER;
    }

    @Override
    public String repr(Interpreter in) {
        String name = reading && writing ? "" : "name=" + socket.fd + " ";
        if (raw) {
            return "<socket.SocketIO object at " + in.addressOf(this) + ">";
        }
        if (!binary) {
            return "<_io.TextIOWrapper " + name + "mode='" + text.mode() + "' encoding='" + encodingName() + "'>";
        }
        if (reading && writing) {
            return "<_io.BufferedRWPair object at " + in.addressOf(this) + ">";
        }
        return "<_io." + type().name() + " name=" + socket.fd + ">";
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "closed" -> PyBool.of(closed);
            case "mode" -> PyStr.of(text != null ? text.mode() : (reading ? "r" : "") + (writing ? "w" : "") + "b");
            case "name" -> PyInt.of(socket.fd);
            case "encoding" -> text != null ? PyStr.of(encodingName()) : super.getAttr(in, name);
            case "errors" -> text != null ? PyStr.of(text.errors()) : super.getAttr(in, name);
            default -> super.getAttr(in, name);
        };
    }

    private String encodingName() {
        return text.encoding() == null ? "UTF-8" : text.encoding();
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        SocketFile copy = new SocketFile(fork.copy(socket), reading, writing, text, raw);
        copy.in = Arrays.copyOf(in, in.length);
        copy.inLen = inLen;
        copy.scanned = scanned;
        copy.eof = eof;
        copy.timedOut = timedOut;
        copy.codec = codec == null ? null : codec.copy();
        copy.out.writeBytes(out.toByteArray());
        copy.closed = closed;
        return copy;
    }

    /**
     * Iterating a socket file yields its lines through a generator written in Python, so a line
     * that must wait for the network suspends the loop's thread like any call would.
     */
    private static final String LINES = """
            def lines(f):
                while True:
                    line = f.readline()
                    if not line:
                        return
                    yield line
            """;

    @Override
    public PyObject iter(Interpreter in) {
        checkOpen();
        org.enchufe.lang.runtime.PyModule helper = in.modules().get("_enchufe_socketfile");
        if (helper == null) {
            helper = in.loadSourceModule("_enchufe_socketfile", "/usr/lib/python3.11/socket.py", LINES);
        }
        return in.call(helper.dict().getStr("lines"), new PyObject[] {this}, org.enchufe.lang.runtime.PyBuiltin.NO_KEYWORDS);
    }

    @Override
    public PyObject next(Interpreter in) {
        // Iterating a file reads lines; a line that must wait for the network cannot suspend here.
        PyObject line = readLine(process(in), -1);
        if (line == null) {
            throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR,
                    "iterating over a socket file would block: use readline() in a while loop");
        }
        return line.truthy(in) ? line : null;
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "socket");
    }

    /** Whether it is a binary file (no text wrapper), and whether it reads and writes (a BufferedRWPair). */
    boolean binary() {
        return binary;
    }

    boolean duplex() {
        return reading && writing;
    }

    void checkOpen() {
        if (closed) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    private void timeOut() {
        timedOut = true;
    }

    private void checkReadable() {
        checkOpen();
        if (!reading) {
            // A binary writer has no read at all; a text wrapper says why.
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, binary ? "read" : "not readable");
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads more into the buffer: false while recv would block. */
    private boolean fill(Process p) {
        if (timedOut) {
            throw PyErrors.raise(ExceptionTypes.OS_ERROR, "cannot read from timed out object");
        }
        byte[] got = SocketCalls.recv(p, socket.fd, CHUNK, 0, socket.nonBlocking());
        if (got == null) {
            return false;
        }
        if (got.length == 0) {
            eof = true;
        } else {
            // A line (or a read(n)) longer than the process may hold in memory is a MemoryError, as in CPython.
            if ((long) inLen + got.length + (codec == null ? 0 : codec.length()) > p.interpreter().limits().maxMemory()) {
                throw org.enchufe.lang.runtime.PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.MEMORY_ERROR, "");
            }
            if (inLen + got.length > in.length) {
                in = Arrays.copyOf(in, Math.max(in.length * 2, inLen + got.length));
            }
            System.arraycopy(got, 0, in, inLen, got.length);
            inLen += got.length;
        }
        if (codec != null) {
            decode();
        }
        return true;
    }

    /**
     * TextIOWrapper decodes each chunk as it arrives: the bytes that make whole characters become
     * the codec's characters (and leave the buffer first, so a byte the codec refuses fails the
     * read that brought it, once, at its position in what that decode was given).
     */
    private void decode() {
        int end = codec.complete(in, inLen, eof);
        byte[] chunk = Arrays.copyOf(in, end);
        System.arraycopy(in, end, in, 0, inLen - end);
        inLen -= end;
        codec.feed(chunk, eof);
    }

    /** The next line (empty at end of stream), or null while it would block; a text file's counts characters. */
    private PyObject readLine(Process p, int limit) {
        if (codec != null) {
            while (true) {
                int end = codec.lineEnd(limit, eof);
                if (end >= 0 || eof) {
                    int n = end >= 0 ? end : limit >= 0 ? Math.min(limit, codec.length()) : codec.length();
                    return PyStr.of(codec.take(n));
                }
                if (!fill(p)) {
                    return null;
                }
            }
        }
        while (true) {
            int end = lineEnd(limit);
            if (end >= 0 || eof) {
                int n = end >= 0 ? end : limit >= 0 ? Math.min(limit, inLen) : inLen;
                return take(n);
            }
            if (!fill(p)) {
                return null;
            }
        }
    }

    // Where a binary file's first line ends in the buffer (after its \n), or -1 when more is needed.
    private int lineEnd(int limit) {
        for (int i = limit >= 0 ? 0 : scanned; i < inLen; i++) {
            if (limit >= 0 && i >= limit) {
                return limit;
            }
            if (in[i] == '\n') {
                return i + 1;
            }
        }
        scanned = inLen;
        return limit >= 0 && inLen >= limit ? limit : -1;
    }

    private PyObject take(int n) {
        byte[] taken = Arrays.copyOf(in, n);
        System.arraycopy(in, n, in, 0, inLen - n);
        inLen -= n;
        scanned = 0;
        return new PyBytes(taken);
    }

    /**
     * read(n): n bytes (a text file's: characters; fewer at the end), everything until the end for
     * n < 0; null while it would block.
     */
    private PyObject read(Process p, int n) {
        if (codec != null) {
            while (!eof && (n < 0 || codec.length() < n)) {
                if (!fill(p)) {
                    return null;
                }
            }
            return PyStr.of(codec.take(n < 0 ? codec.length() : Math.min(n, codec.length())));
        }
        if (raw && n >= 0) {
            // SocketIO.read(n): what one recv() brings, at most n bytes.
            if (inLen == 0 && !eof && n > 0 && !fill(p)) {
                return null;
            }
            return take(Math.min(n, inLen));
        }
        while (!eof && (n < 0 || inLen < n)) {
            if (!fill(p)) {
                return null;
            }
        }
        return take(n < 0 ? inLen : Math.min(n, inLen));
    }

    // ---------------------------------------------------------------- writing and closing

    /** Sends what is buffered: true when all went, false while the socket would block. */
    private boolean flushNow(Process p) {
        byte[] pending = out.toByteArray();
        int sent = 0;
        while (sent < pending.length) {
            Integer n = SocketCalls.send(p, socket.fd, pending, sent, pending.length - sent, 0, socket.nonBlocking());
            if (n == null) {
                out.reset();
                out.writeBytes(Arrays.copyOfRange(pending, sent, pending.length));
                return false;
            }
            sent += n;
        }
        out.reset();
        return true;
    }

    private void release(Interpreter in) {
        closed = true;
        socket.ioRefs--;
        socket.closeIfUnused(process(in));
    }

    /** The methods of a makefile() object, one named Java method each, registered from one table. */
    static final List<MethodDef> METHODS = List.of(
            new MethodDef("readline", SocketFile::readline),
            new MethodDef("read", SocketFile::read),
            new MethodDef("readlines", SocketFile::readlines),
            new MethodDef("write", SocketFile::write),
            new MethodDef("flush", SocketFile::flush),
            new MethodDef("close", SocketFile::close),
            new MethodDef("__enter__", SocketFile::enter),
            new MethodDef("__exit__", SocketFile::exit),
            new MethodDef("fileno", SocketFile::fileno),
            new MethodDef("readable", SocketFile::readable),
            new MethodDef("writable", SocketFile::writable));

    static {
        for (PyType t : new PyType[] {TEXT, READER, WRITER, PAIR, RAW}) {
            for (MethodDef def : METHODS) {
                t.method(def.name(), def.fn());
            }
            for (MethodDef def : SocketFileStream.METHODS) {
                t.method(def.name(), def.fn());
            }
        }
        // Named in the classes for dir(); getAttr answers them.
        for (PyType t : new PyType[] {TEXT, READER, WRITER, RAW}) {
            PyGetSet.define(t, "closed", "mode", "name");
        }
        PyGetSet.define(PAIR, "closed");
        PyGetSet.define(TEXT, "encoding", "errors");
    }

    private static PyObject readline(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("readline", a, k, 0, 1);
        SocketFile f = (SocketFile) self;
        f.checkReadable();
        int limit = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        Process p = process(in);
        return SocketModule.blocking(in, f.socket, "readline", SelectionKey.OP_READ, () -> f.readLine(p, limit), f::timeOut);
    }

    private static PyObject read(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("read", a, k, 0, 1);
        SocketFile f = (SocketFile) self;
        f.checkReadable();
        int n = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        Process p = process(in);
        return SocketModule.blocking(in, f.socket, "read", SelectionKey.OP_READ, () -> f.read(p, n), f::timeOut);
    }

    private static PyObject readlines(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("readlines", a, k);
        SocketFile f = (SocketFile) self;
        f.checkReadable();
        Process p = process(in);
        PyList lines = new PyList();
        return SocketModule.blocking(in, f.socket, "readlines", SelectionKey.OP_READ, () -> {
            while (true) {
                PyObject line = f.readLine(p, -1);
                if (line == null) {
                    return null;
                }
                if (!line.truthy(in)) {
                    return lines;
                }
                lines.append(line);
            }
        }, f::timeOut);
    }

    private static PyObject write(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject data = Args.one("write", a, k);
        SocketFile f = (SocketFile) self;
        f.checkOpen();
        if (!f.writing) {
            throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, f.binary ? "write" : "not writable");
        }
        byte[] bytes;
        int length;
        if (f.binary) {
            if (!(data instanceof PyBytesLike)) {
                throw PyErrors.typeError("a bytes-like object is required, not '" + data.type().name() + "'");
            }
            bytes = SocketModule.bytes(data);
            length = bytes.length;
        } else {
            if (!(data instanceof PyStr s)) {
                throw PyErrors.typeError("write() argument must be str, not " + data.type().name());
            }
            bytes = f.codec.encode(s.value());
            length = s.length();
        }
        Process p = process(in);
        if (f.raw) {
            // SocketIO.write: one send(), its count (a part while the socket's buffer is full).
            return SocketModule.blocking(in, f.socket, "write", SelectionKey.OP_WRITE, () -> {
                Integer n = SocketCalls.send(p, f.socket.fd, bytes, 0, bytes.length, 0, f.socket.nonBlocking());
                return n == null ? null : PyInt.of(n);
            });
        }
        f.out.writeBytes(bytes);
        PyObject written = PyInt.of(length);
        if (f.out.size() < CHUNK) {
            return written;
        }
        return SocketModule.blocking(in, f.socket, "write", SelectionKey.OP_WRITE, () -> f.flushNow(p) ? written : null);
    }

    private static PyObject flush(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("flush", a, k);
        SocketFile f = (SocketFile) self;
        f.checkOpen();
        Process p = process(in);
        return SocketModule.blocking(in, f.socket, "flush", SelectionKey.OP_WRITE, () -> f.flushNow(p) ? PyNone.NONE : null);
    }

    private static PyObject close(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("close", a, k);
        return close(in, (SocketFile) self);
    }

    private static PyObject enter(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        ((SocketFile) self).checkOpen();
        return self;
    }

    private static PyObject exit(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return close(in, (SocketFile) self);
    }

    private static PyObject fileno(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        ((SocketFile) self).checkOpen();
        return PyInt.of(((SocketFile) self).socket.fd);
    }

    private static PyObject readable(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return PyBool.of(((SocketFile) self).reading);
    }

    private static PyObject writable(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return PyBool.of(((SocketFile) self).writing);
    }

    private static PyObject close(Interpreter in, SocketFile f) {
        if (f.closed) {
            return PyNone.NONE;
        }
        Process p = process(in);
        return SocketModule.blocking(in, f.socket, "close", SelectionKey.OP_WRITE, () -> {
            if (f.writing && f.socket.fd != -1 && !f.flushNow(p)) {
                return null;
            }
            f.release(in);
            return PyNone.NONE;
        });
    }
}
