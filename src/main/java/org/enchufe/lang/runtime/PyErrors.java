package org.enchufe.lang.runtime;

/** Raising Python exceptions from Java: {@code throw PyErrors.typeError("…")}. */
public final class PyErrors {

    private PyErrors() {
    }

    public static PyRaise raise(PyType type, String message) {
        return new PyRaise(PyException.of(type, message));
    }

    public static PyRaise typeError(String message) {
        return raise(ExceptionTypes.TYPE_ERROR, message);
    }

    public static PyRaise valueError(String message) {
        return raise(ExceptionTypes.VALUE_ERROR, message);
    }

    public static PyRaise attributeError(String message) {
        return raise(ExceptionTypes.ATTRIBUTE_ERROR, message);
    }

    public static PyRaise indexError(String message) {
        return raise(ExceptionTypes.INDEX_ERROR, message);
    }

    public static PyRaise keyError(PyObject key) {
        return new PyRaise(PyException.withArgs(ExceptionTypes.KEY_ERROR, key));
    }

    public static PyRaise zeroDivision(String message) {
        return raise(ExceptionTypes.ZERO_DIVISION_ERROR, message);
    }

    public static PyRaise overflow(String message) {
        return raise(ExceptionTypes.OVERFLOW_ERROR, message);
    }

    public static PyRaise nameError(String name) {
        PyException e = PyException.of(ExceptionTypes.NAME_ERROR, "name '" + name + "' is not defined");
        e.setAttr("name", PyStr.of(name));
        return new PyRaise(e);
    }

    public static PyRaise notImplemented(String feature) {
        return raise(ExceptionTypes.NOT_IMPLEMENTED_ERROR, feature + " is not supported by Enchufe's Python");
    }

    /** An OSError of the subclass Linux's errno calls for, with errno and strerror set. */
    public static PyRaise osError(Errno errno) {
        return new PyRaise(PyException.osError(errno.number(), errno.message(), null));
    }

    public static PyRaise osError(Errno errno, String filename) {
        return new PyRaise(PyException.osError(errno.number(), errno.message(), PyStr.of(filename)));
    }
}
