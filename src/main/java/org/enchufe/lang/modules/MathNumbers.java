package org.enchufe.lang.modules;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.vm.Interpreter;

/**
 * How the math module takes its arguments and reports its failures, as CPython's does: a real
 * number is a float, an int, or an object with {@code __float__} or {@code __index__}; an integer
 * is an int or has {@code __index__}; a domain error is a ValueError, a result too big an
 * OverflowError, each with CPython's words.
 */
final class MathNumbers {

    private static final double LONG_LIMIT = 0x1p63;

    private MathNumbers() {
    }

    /** PyFloat_AsDouble: "must be real number, not str" for anything else. */
    static double real(Interpreter in, PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value();
        }
        if (o instanceof PyInt i) {
            return i.asDouble();
        }
        PyObject method = o.type().isBuiltin() ? null : o.type().lookup("__float__");
        if (method != null) {
            PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
            if (r instanceof PyFloat f) {
                return f.value();
            }
            throw PyErrors.typeError(o.type().name() + ".__float__ returned non-float (type " + r.type().name() + ")");
        }
        method = o.type().isBuiltin() ? null : o.type().lookup("__index__");
        if (method != null) {
            return integer(in, o).asDouble();
        }
        throw PyErrors.typeError("must be real number, not " + o.type().name());
    }

    /** PyNumber_Index: an int, or what {@code __index__} gives. */
    static PyInt integer(Interpreter in, PyObject o) {
        if (o instanceof PyInt i) {
            return i;
        }
        PyObject method = o.type().isBuiltin() ? null : o.type().lookup("__index__");
        if (method == null) {
            throw PyErrors.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        PyObject r = in.call(method, new PyObject[] {o}, PyBuiltin.NO_KEYWORDS);
        if (!(r instanceof PyInt i)) {
            throw PyErrors.typeError("__index__ returned non-int (type " + r.type().name() + ")");
        }
        return i;
    }

    /** A whole float as an int: ceil, floor and trunc's result. */
    static PyInt whole(double d) {
        if (Double.isNaN(d)) {
            throw PyErrors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("cannot convert float infinity to integer");
        }
        if (Math.abs(d) < LONG_LIMIT) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new BigDecimal(d).toBigInteger());
    }

    static BigInteger big(Interpreter in, PyObject o) {
        return integer(in, o).asBig();
    }

    static PyRaise domain() {
        return PyErrors.valueError("math domain error");
    }

    static PyRaise range() {
        return PyErrors.raise(ExceptionTypes.OVERFLOW_ERROR, "math range error");
    }

    /**
     * CPython's math_1: a NaN from a number is a domain error; an infinity from a finite number
     * is a range error where the function can overflow, a domain error (a pole) where it cannot.
     */
    static PyFloat checked(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x)) {
            throw canOverflow ? range() : domain();
        }
        return PyFloat.of(r);
    }

    /** math_2: a NaN from two non-NaNs is a domain error, an infinity from two finite numbers a range error. */
    static PyFloat checked(double x, double y, double r) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw range();
        }
        return PyFloat.of(r);
    }
}
