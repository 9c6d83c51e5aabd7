package org.enchufe.lang.runtime;

import org.enchufe.lang.vm.Interpreter;

/**
 * Every Python value. The defaults are what CPython does for an object that does not implement
 * a protocol: a TypeError with CPython's wording. Types override what they support.
 */
public abstract class PyObject {

    public abstract PyType type();

    /** {@code repr(self)} */
    public String repr(Interpreter in) {
        return "<" + type().qualname() + " object at " + in.addressOf(this) + ">";
    }

    /** {@code str(self)} */
    public String str(Interpreter in) {
        return repr(in);
    }

    /** {@code bool(self)} */
    public boolean truthy(Interpreter in) {
        return true;
    }

    public PyObject getAttr(Interpreter in, String name) {
        return Attributes.required(in, this, name);
    }

    public void setAttr(Interpreter in, String name, PyObject value) {
        if (type().attribute(name) != null) {
            throw PyErrors.attributeError("'" + type().name() + "' object attribute '" + name + "' is read-only");
        }
        throw PyErrors.attributeError("'" + type().name() + "' object has no attribute '" + name + "'");
    }

    public void delAttr(Interpreter in, String name) {
        throw PyErrors.attributeError("'" + type().name() + "' object has no attribute '" + name + "'");
    }

    /** {@code iter(self)} */
    public PyObject iter(Interpreter in) {
        throw PyErrors.typeError("'" + type().name() + "' object is not iterable");
    }

    /** The next item of an iterator, or null when it is exhausted (no StopIteration is made). */
    public PyObject next(Interpreter in) {
        throw PyErrors.typeError("'" + type().name() + "' object is not an iterator");
    }

    public PyObject getItem(Interpreter in, PyObject key) {
        throw PyErrors.typeError("'" + type().name() + "' object is not subscriptable");
    }

    public void setItem(Interpreter in, PyObject key, PyObject value) {
        throw PyErrors.typeError("'" + type().name() + "' object does not support item assignment");
    }

    public void delItem(Interpreter in, PyObject key) {
        throw PyErrors.typeError("'" + type().name() + "' object does not support item deletion");
    }

    public int len(Interpreter in) {
        throw PyErrors.typeError("object of type '" + type().name() + "' has no len()");
    }

    public boolean contains(Interpreter in, PyObject item) {
        PyObject it = iter(in);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            if (x == item || Ops.eq(in, x, item)) {
                return true;
            }
        }
        return false;
    }

    /** Python's hash(); unhashable types raise TypeError. */
    public long hash(Interpreter in) {
        return System.identityHashCode(this);
    }

    /** Python's == between two objects of builtin types; identity by default. */
    public boolean pyEquals(Interpreter in, PyObject other) {
        return this == other;
    }

    public PyObject call(Interpreter in, PyObject[] args, String[] kwnames) {
        throw PyErrors.typeError("'" + type().name() + "' object is not callable");
    }

    /**
     * A copy for {@code os.fork()}: immutable objects are shared; mutable ones copy themselves and
     * what they reference through {@code fork}, which keeps sharing and cycles intact.
     */
    public PyObject forkCopy(Forker fork) {
        return this;
    }

    /** Objects are dict keys by Python's hash and ==. */
    @Override
    public final int hashCode() {
        if (this instanceof PyStr s) {
            // The common keys need no interpreter: str by its Java string's cached hash, int by value.
            return Long.hashCode(s.hash(null));
        }
        if (this instanceof PyInt i) {
            return Long.hashCode(Numbers.hashInt(i));
        }
        return Long.hashCode(Ops.hash(Interpreter.currentOrNull(), this));
    }

    @Override
    public final boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        if (this instanceof PyStr a) {
            if (!(other instanceof PyStr b)) {
                return false;
            }
            if (a.value().length() >= Cost.FREE && a.value().length() == b.value().length()) {
                // Keys of one Java hash (they are easy to make) are compared in full: that work is charged.
                Cost.bulk(Interpreter.currentOrNull(), a.value().length());
            }
            return a.value().equals(b.value());
        }
        if (this instanceof PyInt a && other instanceof PyInt b) {
            return Numbers.numericEquals(a, b);
        }
        return other instanceof PyObject o && Ops.eq(Interpreter.currentOrNull(), this, o);
    }
}
