package org.enchufe.kernel.modules;

import java.util.List;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/**
 * What a makefile() object answers as a stream that is no terminal and cannot seek — {@code isatty},
 * {@code seekable}, {@code seek}, {@code tell}, {@code truncate} — with CPython's words for each
 * kind of file, and {@code writelines}.
 */
final class SocketFileStream {

    private SocketFileStream() {
    }

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("isatty", (in, self, a, k) -> {
                Args.none("isatty", a, k);
                ((SocketFile) self).checkOpen();
                return PyBool.FALSE;
            }),
            new MethodDef("seekable", (in, self, a, k) -> {
                Args.none("seekable", a, k);
                ((SocketFile) self).checkOpen();
                return PyBool.FALSE;
            }),
            new MethodDef("seek", (in, self, a, k) -> {
                Args.range("seek", a, k, 1, 2);
                SocketFile f = (SocketFile) self;
                throw unsupported(!f.binary() ? "underlying stream is not seekable" : f.duplex() ? "seek"
                        : "File or stream is not seekable.");
            }),
            new MethodDef("tell", (in, self, a, k) -> {
                Args.none("tell", a, k);
                throw unsupported(((SocketFile) self).binary() ? "seek" : "underlying stream is not seekable");
            }),
            new MethodDef("truncate", (in, self, a, k) -> {
                Args.range("truncate", a, k, 0, 1);
                throw unsupported("truncate");
            }),
            new MethodDef("writelines", SocketFileStream::writelines));

    private static PyRaise unsupported(String what) {
        return PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, what);
    }

    /**
     * The items checked as write() checks them and written with one write() (the ones before a
     * refused item, then the error, as CPython): a file that must wait for room waits once, at the end.
     */
    private static PyObject writelines(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject lines = Args.one("writelines", a, k);
        SocketFile f = (SocketFile) self;
        f.checkOpen();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder text = new StringBuilder();
        PyObject it = Ops.iter(in, lines);
        for (PyObject line = Ops.next(in, it); line != null; line = Ops.next(in, it)) {
            String refusal = f.binary() ? line instanceof PyBytesLike ? null
                    : "a bytes-like object is required, not '" + line.type().name() + "'"
                    : line instanceof PyStr ? null : "write() argument must be str, not " + line.type().name();
            if (refusal != null) {
                // CPython has written the items before this one.
                write(in, f, bytes, text);
                throw PyErrors.typeError(refusal);
            }
            if (f.binary()) {
                bytes.writeBytes(SocketModule.bytes(line));
            } else {
                text.append(((PyStr) line).value());
            }
        }
        write(in, f, bytes, text);
        return PyNone.NONE;
    }

    private static void write(Interpreter in, SocketFile f, java.io.ByteArrayOutputStream bytes, StringBuilder text) {
        PyObject all = f.binary() ? new PyBytes(bytes.toByteArray()) : PyStr.of(text.toString());
        in.call(f.getAttr(in, "write"), new PyObject[] {all}, PyBuiltin.NO_KEYWORDS);
    }
}
