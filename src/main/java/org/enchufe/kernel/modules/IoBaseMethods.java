package org.enchufe.kernel.modules;

import java.io.ByteArrayOutputStream;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.function.Supplier;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyBytes;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.Interpreter;

/**
 * IOBase's methods, which every layer of a makefile() object has: the context manager, iteration
 * by lines, readline and readlines, writelines, and the questions a stream that is no terminal and
 * cannot seek answers. Each asks the layer ({@link IoObject}) for its own behaviour and words.
 */
final class IoBaseMethods {

    private IoBaseMethods() {
    }

    static final List<MethodDef> METHODS = List.of(
            new MethodDef("__enter__", IoBaseMethods::enter),
            new MethodDef("__exit__", IoBaseMethods::exit),
            new MethodDef("__iter__", IoBaseMethods::iter),
            new MethodDef("__next__", IoBaseMethods::next),
            new MethodDef("__del__", IoBaseMethods::del),
            new MethodDef("readline", IoBaseMethods::readline),
            new MethodDef("readlines", IoBaseMethods::readlines),
            new MethodDef("write", (in, self, a, k) -> io(self).write(in, Args.one("write", a, k))),
            new MethodDef("writelines", IoBaseMethods::writelines),
            new MethodDef("flush", (in, self, a, k) -> {
                Args.none("flush", a, k);
                return io(self).flush(in);
            }),
            new MethodDef("close", (in, self, a, k) -> {
                Args.none("close", a, k);
                return io(self).close(in);
            }),
            new MethodDef("fileno", (in, self, a, k) -> {
                Args.none("fileno", a, k);
                return PyInt.of(io(self).fileno(in));
            }),
            new MethodDef("readable", (in, self, a, k) -> {
                Args.none("readable", a, k);
                return PyBool.of(io(self).readable(in));
            }),
            new MethodDef("writable", (in, self, a, k) -> {
                Args.none("writable", a, k);
                return PyBool.of(io(self).writable(in));
            }),
            new MethodDef("seekable", (in, self, a, k) -> {
                Args.none("seekable", a, k);
                return PyBool.of(io(self).seekable(in));
            }),
            new MethodDef("isatty", (in, self, a, k) -> {
                Args.none("isatty", a, k);
                return PyBool.of(io(self).isatty(in));
            }),
            new MethodDef("seek", (in, self, a, k) -> {
                Args.range("seek", a, k, 1, 2);
                throw io(self).notSeekable(in, false);
            }),
            new MethodDef("tell", (in, self, a, k) -> {
                Args.none("tell", a, k);
                throw io(self).notSeekable(in, true);
            }),
            new MethodDef("truncate", (in, self, a, k) -> {
                Args.range("truncate", a, k, 0, 1);
                throw PyErrors.raise(SocketModule.UNSUPPORTED_OPERATION, "truncate");
            }));

    static {
        for (MethodDef def : METHODS) {
            IoObject.IO_BASE.method(def.name(), def.fn());
        }
    }

    /** Loads the class's methods: the table registers itself with IOBase. */
    static void register() {
    }

    private static IoObject io(PyObject self) {
        return (IoObject) self;
    }

    private static PyObject enter(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        io(self).checkClosed(in);
        return self;
    }

    private static PyObject exit(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        return io(self).close(in);
    }

    private static PyObject iter(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("__iter__", a, k);
        io(self).checkClosed(in);
        return self;
    }

    /** __next__(): the next line, StopIteration at the end of the stream. */
    private static PyObject next(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("__next__", a, k);
        Supplier<PyObject> line = io(self).lineAttempt(in, -1);
        return io(self).waitFor(in, "readline", SelectionKey.OP_READ, () -> {
            PyObject got = line.get();
            if (got != null && !got.truthy(in)) {
                throw new PyRaise(PyException.withArgs(ExceptionTypes.STOP_ITERATION));
            }
            return got;
        });
    }

    /**
     * What a for loop (or next()) gets from {@link IoObject#next}: a line, null at the end. A line
     * that must wait for the network waits as a call under a builtin does, so the loop's thread sleeps in it.
     */
    static PyObject nextLine(Interpreter in, IoObject f) {
        Supplier<PyObject> attempt = f.lineAttempt(in, -1);
        PyObject line = attempt.get();
        if (line == null) {
            PyBuiltin wait = PyBuiltin.function("readline", (i, s, a, k) -> f.waitFor(i, "readline", SelectionKey.OP_READ, attempt));
            line = in.call(wait, new PyObject[0], PyBuiltin.NO_KEYWORDS);
        }
        return line.truthy(in) ? line : null;
    }

    /** __del__(): closes the file, as a file is closed when it is collected; its errors are nobody's. */
    private static PyObject del(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.none("__del__", a, k);
        try {
            if (!io(self).closed(in)) {
                io(self).close(in);
            }
        } catch (PyRaise ignored) {
            // CPython's finalizer clears what close() raised.
        }
        return PyNone.NONE;
    }

    private static PyObject readline(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("readline", a, k, 0, 1);
        int limit = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        return io(self).readline(in, limit);
    }

    /** readlines(hint): the lines until the end, or until they hold hint units. */
    private static PyObject readlines(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("readlines", a, k, 0, 1);
        long hint = a.length == 0 || a[0] == PyNone.NONE ? -1 : Ops.index(in, a[0]);
        IoObject f = io(self);
        f.checkClosed(in);
        Supplier<PyObject> line = f.lineAttempt(in, -1);
        PyList lines = new PyList();
        long[] total = {0};
        return f.waitFor(in, "readlines", SelectionKey.OP_READ, () -> {
            while (hint <= 0 || total[0] < hint) {
                PyObject got = line.get();
                if (got == null) {
                    return null;
                }
                if (!got.truthy(in)) {
                    break;
                }
                lines.append(got);
                total[0] += got.len(in);
            }
            return lines;
        });
    }

    /**
     * The items checked as write() checks them and written with one write() (the ones before a
     * refused item, then the error, as CPython): a file that must wait for room waits once, at the end.
     */
    private static PyObject writelines(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject items = Args.one("writelines", a, k);
        IoObject f = io(self);
        f.checkClosed(in);
        boolean text = f instanceof TextFile;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder chars = new StringBuilder();
        boolean any = false;
        PyObject it = Ops.iter(in, items);
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it)) {
            String refusal = text ? item instanceof PyStr ? null : "write() argument must be str, not " + item.type().name()
                    : item instanceof PyBytesLike ? null : "a bytes-like object is required, not '" + item.type().name() + "'";
            if (refusal != null) {
                // CPython has written the items before this one.
                write(in, f, any, text, bytes, chars);
                throw PyErrors.typeError(refusal);
            }
            any = true;
            if (text) {
                chars.append(((PyStr) item).value());
            } else {
                bytes.writeBytes(SocketModule.bytes(item));
            }
        }
        write(in, f, any, text, bytes, chars);
        return PyNone.NONE;
    }

    private static void write(Interpreter in, IoObject f, boolean any, boolean text, ByteArrayOutputStream bytes, StringBuilder chars) {
        if (any) {
            PyObject all = text ? PyStr.of(chars.toString()) : new PyBytes(bytes.toByteArray());
            in.call(f.getAttr(in, "write"), new PyObject[] {all}, PyBuiltin.NO_KEYWORDS);
        }
    }
}
