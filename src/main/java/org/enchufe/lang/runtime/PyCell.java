package org.enchufe.lang.runtime;

/** A variable shared between a function and the functions nested in it. */
public final class PyCell extends PyObject {

    public PyObject value;

    public PyCell(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return PyType.CELL;
    }

    @Override
    public PyObject forkCopy(Forker fork) {
        PyCell copy = fork.remember(this, new PyCell(null));
        copy.value = fork.copy(value);
        return copy;
    }
}
