package org.enchufe.lang.runtime;

import java.util.function.IntFunction;

import org.enchufe.lang.vm.Interpreter;

/** The iterators of builtin containers. Each is its own iterator, as Python's are. */
public abstract class PyIterator extends PyObject {

    private final String typeName;

    protected PyIterator(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public PyType type() {
        return PyType.ITERATOR;
    }

    public String typeName() {
        return typeName;
    }

    @Override
    public PyObject iter(Interpreter in) {
        return this;
    }

    @Override
    public String repr(Interpreter in) {
        return "<" + typeName + " object at " + in.addressOf(this) + ">";
    }

    /** Walks an indexable sequence by position; the length is read again each step, as list's is. */
    public static final class OfSequence extends PyIterator {
        private final PyObject sequence;
        private final IntFunction<PyObject> item;
        private final int fixedLength;
        private int index;

        public OfSequence(PyObject sequence, int length, IntFunction<PyObject> item, String typeName) {
            super(typeName);
            this.sequence = sequence;
            this.item = item;
            this.fixedLength = length;
        }

        @Override
        public PyObject next(Interpreter in) {
            int length = sequence instanceof PyList list ? list.size() : fixedLength;
            if (index >= length) {
                index = Integer.MAX_VALUE;
                return null;
            }
            return item.apply(index++);
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            PyObject copiedSequence = fork.copy(sequence);
            OfSequence copy;
            if (copiedSequence instanceof PyList list) {
                copy = new OfSequence(list, fixedLength, list::get, typeName());
            } else {
                copy = new OfSequence(copiedSequence, fixedLength, item, typeName());
            }
            copy.index = index;
            return fork.remember(this, copy);
        }
    }

    /** {@code iter(callable, sentinel)}: calls {@code callable} until it returns what equals the sentinel. */
    public static final class OfCallable extends PyIterator {
        private PyObject callable;
        private final PyObject sentinel;

        public OfCallable(PyObject callable, PyObject sentinel) {
            super("callable_iterator");
            this.callable = callable;
            this.sentinel = sentinel;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (callable == null) {
                return null;
            }
            PyObject value = in.call(callable, new PyObject[0], PyBuiltin.NO_KEYWORDS);
            if (Ops.eq(in, value, sentinel)) {
                callable = null;
                return null;
            }
            return value;
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            OfCallable copy = fork.remember(this, new OfCallable(null, fork.copy(sentinel)));
            copy.callable = callable == null ? null : fork.copy(callable);
            return copy;
        }
    }

    /** An iterator over a Java iterator snapshot (dict views, sets). */
    public static final class OfJava extends PyIterator {
        private final java.util.Iterator<? extends PyObject> source;
        private final java.util.function.IntSupplier sizeNow;
        private final int sizeAtStart;
        private final String changed;

        public OfJava(java.util.Iterator<? extends PyObject> source, java.util.function.IntSupplier sizeNow, String typeName,
                      String changed) {
            super(typeName);
            this.source = source;
            this.sizeNow = sizeNow;
            this.sizeAtStart = sizeNow.getAsInt();
            this.changed = changed;
        }

        @Override
        public PyObject next(Interpreter in) {
            if (sizeNow.getAsInt() != sizeAtStart) {
                throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, changed);
            }
            try {
                return source.hasNext() ? source.next() : null;
            } catch (java.util.ConcurrentModificationException e) {
                throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, changed);
            }
        }
    }

    /** An iterator computed step by step in Java: map, filter, zip, enumerate, range… */
    public static final class Computed extends PyIterator {
        private final java.util.function.Function<Interpreter, PyObject> step;

        public Computed(String typeName, java.util.function.Function<Interpreter, PyObject> step) {
            super(typeName);
            this.step = step;
        }

        @Override
        public PyObject next(Interpreter in) {
            return step.apply(in);
        }
    }
}
