package org.enchufe.lang.runtime;

/**
 * A Python exception travelling through Java code: thrown by builtins, caught by the VM's run
 * loop, which unwinds the Python frames. Carries no Java stack trace; it is not a Java error.
 */
public final class PyRaise extends RuntimeException {

    private final PyException exception;

    public PyRaise(PyException exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    public PyException exception() {
        return exception;
    }

    @Override
    public String getMessage() {
        return exception.type().name() + ": " + exception.messageForJava();
    }
}
