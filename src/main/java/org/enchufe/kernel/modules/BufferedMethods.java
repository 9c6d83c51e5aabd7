package org.enchufe.kernel.modules;

import java.nio.channels.SelectionKey;
import java.util.List;

import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.runtime.PyWritableBuffer;
import org.enchufe.lang.vm.Interpreter;

/**
 * The reads of io's buffered classes ({@code _BufferedIOBase}'s, and {@code peek} of a reader or
 * a pair), one named Java method each: read, read1, readinto, readinto1, peek, detach. A writer
 * has them too and refuses them with io.UnsupportedOperation, as CPython's does.
 */
final class BufferedMethods {

    private BufferedMethods() {
    }

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("read", BufferedMethods::read),
            new MethodDef("read1", BufferedMethods::read1),
            new MethodDef("readinto", BufferedMethods::readinto),
            new MethodDef("readinto1", BufferedMethods::readinto1),
            new MethodDef("detach", BufferedMethods::detach));

    static {
        for (MethodDef def : METHODS) {
            IoObject.BUFFERED_BASE.method(def.name(), def.fn());
        }
        for (PyType t : new PyType[] {BufferedFile.READER, BufferedFile.PAIR}) {
            t.method("peek", BufferedMethods::peek);
        }
    }

    /** Loads the classes' methods: the table registers itself with the class. */
    static void register() {
    }

    /** The optional size of read, read1 and peek, refused in CPython's words. */
    private static int size(Interpreter in, String call, PyObject[] a, String[] k) {
        Args.noKeywords(call, k);
        if (a.length > 1) {
            throw PyErrors.typeError(call + " expected at most 1 argument, got " + a.length);
        }
        return a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
    }

    /** read(n): n bytes, fewer only at the end of the stream; read() all until the end. */
    private static PyObject read(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        int n = size(in, "read", a, k);
        BufferedFile f = (BufferedFile) self;
        f.checkReading(in, "read", "read");
        if (n < -1) {
            throw PyErrors.valueError("read length must be non-negative or -1");
        }
        Process p = IoObject.process(in);
        return f.waitFor(in, "read", SelectionKey.OP_READ, () -> bytes(f.reader.read(p, n)));
    }

    /** read1(n): what is buffered, or one recv() when nothing is; read1() up to the buffer's size. */
    private static PyObject read1(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        int n = size(in, "read1", a, k);
        BufferedFile f = (BufferedFile) self;
        f.checkReading(in, "read1", "read");
        int max = n < 0 ? f.reader.size() : n;
        Process p = IoObject.process(in);
        return f.waitFor(in, "read1", SelectionKey.OP_READ, () -> bytes(f.reader.read1(p, max)));
    }

    /** peek(): the buffered bytes, left there; one recv() first when none are. Its argument is ignored, as CPython's. */
    private static PyObject peek(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        size(in, "peek", a, k);
        BufferedFile f = (BufferedFile) self;
        f.checkReading(in, "peek", "peek");
        Process p = IoObject.process(in);
        return f.waitFor(in, "peek", SelectionKey.OP_READ, () -> bytes(f.reader.peek(p)));
    }

    private static PyObject readinto(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return readInto(in, (BufferedFile) self, "readinto", buffer((BufferedFile) self, "readinto", a, k), false);
    }

    private static PyObject readinto1(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return readInto(in, (BufferedFile) self, "readinto1", buffer((BufferedFile) self, "readinto1", a, k), true);
    }

    /** readinto's one argument; a pair's reads are its reader's, and so are its words. */
    private static PyObject buffer(BufferedFile f, String call, PyObject[] a, String[] k) {
        Args.noKeywords(call, k);
        if (a.length != 1) {
            String kind = f.kind == BufferedFile.Kind.WRITER ? "BufferedWriter" : "BufferedReader";
            throw PyErrors.typeError(kind + "." + call + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** readinto(b) fills b (less only at the end); readinto1(b) with at most one recv(). The count. */
    private static PyObject readInto(Interpreter in, BufferedFile f, String call, PyObject target, boolean once) {
        f.checkReading(in, once ? "read1" : "read", "readinto");
        PyWritableBuffer into = SocketIO.writableBuffer(call, target);
        Process p = IoObject.process(in);
        return f.waitFor(in, call, SelectionKey.OP_READ, () -> {
            int n = f.reader.readInto(p, into, once);
            return n == -1 ? null : n == -2 ? PyNone.NONE : PyInt.of(n);
        });
    }

    private static PyObject detach(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("detach", a, k);
        return ((BufferedFile) self).detach(in);
    }

    /** A read's bytes; None where a non-blocking socket had nothing, null while a blocking one would wait. */
    private static PyObject bytes(byte[] data) {
        return data == null ? null : data == SocketIO.NOTHING_YET ? PyNone.NONE : new PyBytes(data);
    }
}
