package org.enchufe.kernel.modules;

import java.nio.channels.SelectionKey;
import java.util.Set;
import java.util.function.Supplier;

import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Attributes;
import org.enchufe.lang.runtime.PyDict;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyGetSet;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * One layer of what {@code socket.makefile()} builds, as CPython's io stack is layered: the raw
 * {@link SocketIO}, a {@link BufferedFile} over it, a {@link TextFile} over that. Each is an io
 * object in Python's sense — IOBase's protocol ({@link IoBaseMethods}) with the layer's own answers,
 * a {@code __dict__} of its own, the classes' data attributes read before it.
 */
abstract sealed class IoObject extends PyObject permits SocketIO, BufferedFile, TextFile {

    /** The classes above the three layers, as io's: what every io object answers. */
    static final PyType IO_BASE = PyType.builtin("_io", "_IOBase");
    static final PyType RAW_BASE = PyType.builtin("_io", "_RawIOBase", IO_BASE);
    static final PyType BUFFERED_BASE = PyType.builtin("_io", "_BufferedIOBase", IO_BASE);
    static final PyType TEXT_BASE = PyType.builtin("_io", "_TextIOBase", IO_BASE);

    static {
        PyGetSet.define(IO_BASE, "closed", "__dict__");
        IoBaseMethods.register();
    }

    /** The object's {@code __dict__}: what a program sets on it (and socket.py's {@code mode} on a text file). */
    final PyDict dict = new PyDict();

    /** The value of one of the class's data attributes, {@code name} being one. */
    abstract PyObject field(Interpreter in, String name);

    /** The data attributes CPython keeps as read-only members ("readonly attribute" when set). */
    Set<String> members() {
        return Set.of();
    }

    /** The socket the file reads and writes, which a read or write waits for; null once detached. */
    abstract PySocket socket();

    // ---------------------------------------------------------------- IOBase's protocol, per layer

    abstract boolean closed(Interpreter in);

    /** IOBase._checkClosed: the words every io object uses for a closed one. */
    void checkClosed(Interpreter in) {
        if (closed(in)) {
            throw PyErrors.valueError("I/O operation on closed file.");
        }
    }

    /** The next line ({@code limit} units at most, all for -1): the attempt a wait repeats, null while it would block. */
    abstract Supplier<PyObject> lineAttempt(Interpreter in, int limit);

    abstract PyObject write(Interpreter in, PyObject data);

    abstract PyObject flush(Interpreter in);

    abstract PyObject close(Interpreter in);

    abstract boolean readable(Interpreter in);

    abstract boolean writable(Interpreter in);

    abstract boolean seekable(Interpreter in);

    abstract boolean isatty(Interpreter in);

    abstract int fileno(Interpreter in);

    /** What seek() and tell() raise: a socket cannot seek, in the words each layer has for it. */
    abstract PyRaise notSeekable(Interpreter in, boolean tell);

    /** readline(): the line, waiting for the network as a recv() waits. */
    final PyObject readline(Interpreter in, int limit) {
        return waitFor(in, "readline", SelectionKey.OP_READ, lineAttempt(in, limit));
    }

    /** Runs {@code attempt} now, or waits for the socket until it gives a result (or the socket's timeout ends the wait). */
    final PyObject waitFor(Interpreter in, String call, int ops, Supplier<PyObject> attempt) {
        PySocket s = socket();
        SocketIO raw = rawIo();
        return SocketModule.blocking(in, s, call, ops, attempt, raw == null ? () -> { } : raw::timeOut);
    }

    /** The raw layer under this one, or null when detached. */
    abstract SocketIO rawIo();

    /** iter(f) is f, as io's files are their own iterators. */
    @Override
    public PyObject iter(Interpreter in) {
        checkClosed(in);
        return this;
    }

    /** The next line for a for loop or next(), null at the end of the stream. */
    @Override
    public PyObject next(Interpreter in) {
        return IoBaseMethods.nextLine(in, this);
    }

    static Process process(Interpreter in) {
        return Process.of(in, "socket");
    }

    // ---------------------------------------------------------------- attributes

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        if (name.equals("__dict__")) {
            return dict;
        }
        if (type().lookup(name) instanceof PyGetSet) {
            // A data attribute of the class comes before the object's own, as a data descriptor does.
            PyObject value = field(in, name);
            if (value != null) {
                return value;
            }
        }
        PyObject own = dict.getStr(name);
        if (own != null) {
            return own;
        }
        PyObject found = Attributes.generic(in, this, name);
        if (found == null) {
            // io's classes are C types, named with their module: '_io.BufferedReader' object has no attribute 'buffer'.
            String kind = "_io".equals(type().module()) ? type().key() : type().name();
            throw PyErrors.attributeError("'" + kind + "' object has no attribute '" + name + "'");
        }
        return found;
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        checkWritable(name);
        dict.putStr(name, value);
    }

    @Override
    public void delAttr(Interpreter in, String name) {
        checkWritable(name);
        if (dict.map().remove(PyStr.of(name)) == null) {
            super.delAttr(in, name);
        }
    }

    /** A data attribute of the class cannot be set or deleted, in the words of its kind and the class that defines it. */
    private void checkWritable(String name) {
        if (!(type().lookup(name) instanceof PyGetSet) || isOwn(name)) {
            return;
        }
        if (members().contains(name)) {
            throw PyErrors.attributeError("readonly attribute");
        }
        PyType owner = type();
        for (PyType t : type().mro()) {
            if (t.dict().get(name) != null) {
                owner = t;
                break;
            }
        }
        throw PyErrors.attributeError("attribute '" + name + "' of '" + owner.key() + "' objects is not writable");
    }

    /** Puts a fork's copy of each of this object's own attributes in {@code copy}'s dict. */
    void copyDict(org.enchufe.lang.runtime.Forker fork, IoObject copy) {
        dict.map().forEach((key, value) -> copy.dict.map().put(key, fork.copy(value)));
    }

    /** A name the class lists for dir() that lives in the object's own dict (a text file's {@code mode}). */
    boolean isOwn(String name) {
        return false;
    }
}
