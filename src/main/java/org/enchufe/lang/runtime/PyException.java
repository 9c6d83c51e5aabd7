package org.enchufe.lang.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lang.vm.Interpreter;

/**
 * An instance of BaseException or of any subclass, builtin or defined by the program: its args,
 * its attributes, and the traceback it gathers while the VM unwinds frames.
 */
public final class PyException extends PyObject {

    /**
     * One line of a traceback: where a frame was when the exception passed through it, with the
     * columns of the expression it was evaluating (-1 when unknown), for the carets under it.
     */
    public record TraceEntry(String filename, int line, String function, int col, int endLine, int endCol) {
    }

    private final PyType type;
    private PyTuple args;
    private final Map<String, PyObject> attrs = new LinkedHashMap<>();
    private List<TraceEntry> traceback = new ArrayList<>();
    private PyException cause;
    private PyException context;
    private boolean suppressContext;

    public PyException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    public static PyException of(PyType type, String message) {
        return withArgs(type, PyStr.of(message));
    }

    public static PyException withArgs(PyType type, PyObject... args) {
        PyException e = new PyException(type, new PyTuple(args));
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            // errno, strerror and filename exist on every OSError, None unless args give them.
            e.initialiseFromArgs();
        }
        return e;
    }

    /** OSError(errno, strerror[, filename]) as CPython builds it: the subclass comes from errno. */
    public static PyException osError(int errno, String strerror, PyObject filename) {
        PyObject[] args = {PyInt.of(errno), PyStr.of(strerror)};
        PyException e = new PyException(ExceptionTypes.forErrno(errno), new PyTuple(args));
        e.attrs.put("errno", args[0]);
        e.attrs.put("strerror", args[1]);
        e.attrs.put("filename", filename == null ? PyNone.NONE : filename);
        return e;
    }

    /** Calling an exception class: {@code ValueError("bad")}, {@code OSError(111, "Connection refused")}. */
    public static PyObject construct(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        if (kwnames.length > 0) {
            throw PyErrors.typeError(type.name() + "() takes no keyword arguments");
        }
        PyException e = new PyException(osErrorSubclass(type, args), new PyTuple(args.clone()));
        e.initialiseFromArgs();
        return e;
    }

    /** Sets the attributes a builtin exception class derives from its args (errno, code, value…). */
    public void initialiseFromArgs() {
        initialiseFromArgs(true);
    }

    /**
     * As {@link #initialiseFromArgs()}; with {@code parse} false an OSError only gets its
     * attributes, None (a class whose own __init__ decides what reaches OSError's).
     */
    public void initialiseFromArgs(boolean parse) {
        PyObject[] a = args.items();
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            attrs.putIfAbsent("errno", PyNone.NONE);
            attrs.putIfAbsent("strerror", PyNone.NONE);
            attrs.putIfAbsent("filename", PyNone.NONE);
            attrs.putIfAbsent("filename2", PyNone.NONE);
            if (parse && a.length >= 2 && a.length <= 5) {
                attrs.put("errno", a[0]);
                attrs.put("strerror", a[1]);
                if (a.length >= 3) {
                    attrs.put("filename", a[2]);
                    if (a.length >= 5) {
                        attrs.put("filename2", a[4]);
                    }
                    args = new PyTuple(new PyObject[] {a[0], a[1]});
                }
            }
        }
    }

    /** OSError(errno, …) called on OSError itself picks the subclass for errno, as CPython does. */
    public static PyType osErrorSubclass(PyType type, PyObject[] args) {
        if (type == ExceptionTypes.OS_ERROR && args.length >= 2 && args[0] instanceof PyInt errno && !(args[0] instanceof PyBool)) {
            return ExceptionTypes.forErrno((int) errno.asLong());
        }
        return type;
    }

    @Override
    public PyType type() {
        return type;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public List<TraceEntry> traceback() {
        return traceback;
    }

    public void clearTraceback() {
        traceback = new ArrayList<>();
    }

    public PyException cause() {
        return cause;
    }

    public void setCause(PyException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyException context() {
        return context;
    }

    public void setContext(PyException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setAttr(String name, PyObject value) {
        attrs.put(name, value);
    }

    public PyObject attr(String name) {
        return attrs.get(name);
    }

    public Map<String, PyObject> attrs() {
        return attrs;
    }

    /** The message for Java-side diagnostics; never shown to a student instead of str(). */
    public String messageForJava() {
        PyObject[] a = args.items();
        return a.length == 1 && a[0] instanceof PyStr s ? s.value() : String.valueOf(a.length);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        PyObject own = attrs.get(name);
        if (own != null) {
            return own;
        }
        switch (name) {
            case "args" -> { return args; }
            case "__cause__" -> { return cause == null ? PyNone.NONE : cause; }
            case "__context__" -> { return context == null ? PyNone.NONE : context; }
            case "__suppress_context__" -> { return PyBool.of(suppressContext); }
            case "__traceback__" -> { return PyNone.NONE; }
            case "__class__" -> { return type; }
            case "__dict__" -> {
                PyDict d = new PyDict();
                attrs.forEach((k, v) -> d.put(PyStr.of(k), v));
                return d;
            }
            case "code" -> {
                if (type.isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
                    PyObject[] a = args.items();
                    return a.length == 0 ? PyNone.NONE : a.length == 1 ? a[0] : args;
                }
            }
            case "value" -> {
                if (type.isSubtypeOf(ExceptionTypes.STOP_ITERATION)) {
                    return args.items().length == 0 ? PyNone.NONE : args.items()[0];
                }
            }
            default -> { }
        }
        return Attributes.required(in, this, name);
    }

    @Override
    public void setAttr(Interpreter in, String name, PyObject value) {
        switch (name) {
            case "args" -> args = new PyTuple(Ops.toArray(in, value));
            case "__cause__" -> setCause(value == PyNone.NONE ? null : (PyException) value);
            case "__context__" -> context = value == PyNone.NONE ? null : (PyException) value;
            case "__suppress_context__" -> suppressContext = value.truthy(in);
            default -> {
                if (!Attributes.setViaDescriptor(in, this, name, value)) {
                    attrs.put(name, value);
                }
            }
        }
    }

    /** {@code del e.attr}: an attribute of its own, such as {@code __notes__}; {@code args} stays, as in CPython. */
    @Override
    public void delAttr(Interpreter in, String name) {
        if (name.equals("args")) {
            throw PyErrors.typeError("args may not be deleted");
        }
        if (Attributes.deleteViaDescriptor(in, this, name)) {
            return;
        }
        if (attrs.remove(name) == null) {
            throw PyErrors.attributeError("'" + type.name() + "' object has no attribute '" + name + "'");
        }
    }

    @Override
    public String str(Interpreter in) {
        PyObject userStr = type.isBuiltin() ? null : type.lookup("__str__");
        if (userStr != null && !(userStr instanceof PyBuiltin)) {
            return Ops.str(in, in.call(userStr, new PyObject[] {this}, PyBuiltin.NO_KEYWORDS));
        }
        return baseStr(in);
    }

    /** BaseException.__str__ and its builtin refinements (KeyError, OSError). */
    public String baseStr(Interpreter in) {
        if (type.isSubtypeOf(ExceptionTypes.OS_ERROR)) {
            PyObject errno = attrs.get("errno");
            PyObject strerror = attrs.get("strerror");
            PyObject filename = attrs.get("filename");
            if (errno != null && errno != PyNone.NONE && strerror != null && strerror != PyNone.NONE) {
                String text = "[Errno " + Ops.str(in, errno) + "] " + Ops.str(in, strerror);
                if (filename != null && filename != PyNone.NONE) {
                    text += ": " + Ops.repr(in, filename);
                    PyObject filename2 = attrs.get("filename2");
                    if (filename2 != null && filename2 != PyNone.NONE) {
                        text += " -> " + Ops.repr(in, filename2);
                    }
                }
                return text;
            }
        }
        PyObject[] a = args.items();
        if (a.length == 0) {
            return "";
        }
        if (a.length == 1) {
            return type.isSubtypeOf(ExceptionTypes.KEY_ERROR) ? Ops.repr(in, a[0]) : Ops.str(in, a[0]);
        }
        return args.repr(in);
    }

    @Override
    public String repr(Interpreter in) {
        PyObject userRepr = type.isBuiltin() ? null : type.lookup("__repr__");
        if (userRepr != null && !(userRepr instanceof PyBuiltin)) {
            return Ops.str(in, in.call(userRepr, new PyObject[] {this}, PyBuiltin.NO_KEYWORDS));
        }
        return baseRepr(in);
    }

    /** BaseException.__repr__: the class's name and the args. */
    public String baseRepr(Interpreter in) {
        PyObject[] a = args.items();
        String inner = a.length == 1 ? Ops.repr(in, a[0]) : args.repr(in);
        if (a.length != 1) {
            inner = inner.substring(1, inner.length() - 1);
            if (a.length == 1) {
                inner = inner.substring(0, inner.length() - 1);
            }
        }
        return type.name() + "(" + inner + ")";
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyException copy = fork.remember(this, new PyException(fork.copy(type), fork.copy(args)));
        attrs.forEach((k, v) -> copy.attrs.put(k, fork.copy(v)));
        copy.traceback = new ArrayList<>(traceback);
        copy.cause = fork.copy(cause);
        copy.context = fork.copy(context);
        copy.suppressContext = suppressContext;
        return copy;
    }
}
