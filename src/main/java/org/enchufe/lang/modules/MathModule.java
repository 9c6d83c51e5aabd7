package org.enchufe.lang.modules;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * The math module, every name CPython 3.11's has on Linux: the constants, the float functions
 * with CPython's domain and range errors, rounding to int through {@code __ceil__}, {@code
 * __floor__} and {@code __trunc__}, logarithms of ints of any size, exact sums and norms, and the
 * integer functions ({@link MathIntegers}). Arguments are taken as CPython's {@code
 * PyFloat_AsDouble} and {@code PyNumber_Index} take them ({@link MathNumbers}); the counts are
 * checked by argument-rules.txt before the Java code runs.
 */
public final class MathModule {

    private static final double RAD_TO_DEG = 180.0 / Math.PI;
    private static final double DEG_TO_RAD = Math.PI / 180.0;
    private static final double LN2 = Math.log(2.0);

    private MathModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("math");
        m.add("__file__", PyStr.of(ModuleDunders.LIBRARY + "lib-dynload/math.cpython-311-x86_64-linux-gnu.so"));
        m.add("pi", PyFloat.of(Math.PI));
        m.add("e", PyFloat.of(Math.E));
        m.add("tau", PyFloat.of(2 * Math.PI));
        m.add("inf", PyFloat.of(Double.POSITIVE_INFINITY));
        m.add("nan", PyFloat.of(Double.NaN));
        elementary(m);
        rounding(m);
        logarithms(m);
        twoArguments(m);
        parts(m);
        aggregates(m);
        integers(m);
        return m;
    }

    /** One float in, one out: CPython's math_1 with whether the function can overflow. */
    private static void unary(PyModule m, String name, DoubleUnaryOperator f, boolean canOverflow) {
        m.function(name, (i, s, a, k) -> {
            double x = MathNumbers.real(i, a[0]);
            return MathNumbers.checked(x, f.applyAsDouble(x), canOverflow);
        });
    }

    private static void elementary(PyModule m) {
        unary(m, "sqrt", Math::sqrt, false);
        unary(m, "cbrt", MathFloats::cbrt, false);
        unary(m, "exp", Math::exp, true);
        unary(m, "exp2", x -> MathFloats.pow(2.0, x), true);
        unary(m, "expm1", Math::expm1, true);
        unary(m, "fabs", Math::abs, false);
        unary(m, "sin", Math::sin, false);
        unary(m, "cos", Math::cos, false);
        unary(m, "tan", Math::tan, false);
        unary(m, "asin", Math::asin, false);
        unary(m, "acos", Math::acos, false);
        unary(m, "atan", Math::atan, false);
        unary(m, "sinh", MathFloats::sinh, true);
        unary(m, "cosh", MathFloats::cosh, true);
        unary(m, "tanh", MathFloats::tanh, false);
        unary(m, "asinh", MathFloats::asinh, false);
        unary(m, "acosh", MathFloats::acosh, false);
        unary(m, "atanh", MathFloats::atanh, false);
        unary(m, "erf", ErrorFunction::erf, false);
        unary(m, "erfc", ErrorFunction::erfc, false);
        unary(m, "gamma", SpecialFunctions::gamma, true);
        unary(m, "lgamma", SpecialFunctions::lgamma, true);
        m.function("degrees", (i, s, a, k) -> PyFloat.of(MathNumbers.real(i, a[0]) * RAD_TO_DEG));
        m.function("radians", (i, s, a, k) -> PyFloat.of(MathNumbers.real(i, a[0]) * DEG_TO_RAD));
    }

    /** ceil, floor and trunc: an int, from the object's own special method where its class has one. */
    private static void rounding(PyModule m) {
        m.function("ceil", (i, s, a, k) -> round(i, a[0], "__ceil__", Math::ceil));
        m.function("floor", (i, s, a, k) -> round(i, a[0], "__floor__", Math::floor));
        m.function("trunc", (i, s, a, k) -> {
            PyObject x = a[0];
            if (x instanceof PyFloat f) {
                return MathNumbers.whole(f.value());
            }
            if (x instanceof PyInt n) {
                return PyInt.of(n.asBig());
            }
            PyObject method = x.type().isBuiltin() ? null : x.type().lookup("__trunc__");
            if (method == null) {
                throw PyErrors.typeError("type " + x.type().name() + " doesn't define __trunc__ method");
            }
            return i.call(method, new PyObject[] {x}, PyBuiltin.NO_KEYWORDS);
        });
    }

    private static PyObject round(Interpreter in, PyObject x, String special, DoubleUnaryOperator f) {
        if (x instanceof PyFloat fl) {
            return MathNumbers.whole(f.applyAsDouble(fl.value()));
        }
        if (x instanceof PyInt n) {
            return PyInt.of(n.asBig());
        }
        PyObject method = x.type().isBuiltin() ? null : x.type().lookup(special);
        if (method != null) {
            return in.call(method, new PyObject[] {x}, PyBuiltin.NO_KEYWORDS);
        }
        return MathNumbers.whole(f.applyAsDouble(MathNumbers.real(in, x)));
    }

    private static void logarithms(PyModule m) {
        m.function("log", (i, s, a, k) -> {
            if (a.length < 1 || a.length > 2) {
                throw PyErrors.typeError("math.log requires 1 to 2 arguments");
            }
            double num = log(i, a[0], Math::log, LN2);
            if (a.length == 1) {
                return PyFloat.of(num);
            }
            double den = log(i, a[1], Math::log, LN2);
            if (den == 0.0) {
                throw PyErrors.zeroDivision("float division by zero");
            }
            return PyFloat.of(num / den);
        });
        m.function("log2", (i, s, a, k) -> PyFloat.of(log(i, a[0], MathFloats::log2, 1.0)));
        m.function("log10", (i, s, a, k) -> PyFloat.of(log(i, a[0], MathFloats::log10, MathFloats.log10(2.0))));
        unary(m, "log1p", Math::log1p, false);
    }

    /**
     * CPython's loghelper: an int must be positive, and one too big for a float is taken as
     * m·2^e, its logarithm f(m) + e·f(2); anything else as a float, with math_1's errors.
     */
    private static double log(Interpreter in, PyObject x, DoubleUnaryOperator f, double ofTwo) {
        if (x instanceof PyInt n) {
            if (n.signum() <= 0) {
                throw MathNumbers.domain();
            }
            BigInteger big = n.asBig();
            if (big.bitLength() > 1023) {
                int e = big.bitLength();
                BigInteger top = big.shiftRight(e - 64);
                if (big.getLowestSetBit() < e - 64) {
                    top = top.setBit(0);
                }
                double mantissa = Math.scalb(top.doubleValue(), -64);
                return f.applyAsDouble(mantissa) + ofTwo * e;
            }
        }
        double v = MathNumbers.real(in, x);
        return MathNumbers.checked(v, f.applyAsDouble(v), false).value();
    }

    private static void binary(PyModule m, String name, DoubleBinaryOperator f) {
        m.function(name, (i, s, a, k) -> {
            double x = MathNumbers.real(i, a[0]);
            double y = MathNumbers.real(i, a[1]);
            return MathNumbers.checked(x, y, f.applyAsDouble(x, y));
        });
    }

    private static void twoArguments(PyModule m) {
        binary(m, "atan2", (y, x) -> Math.atan2(y, x));
        binary(m, "copysign", Math::copySign);
        binary(m, "remainder", MathFloats::remainder);
        binary(m, "fmod", (x, y) -> Double.isInfinite(y) && Double.isFinite(x) ? x : x % y);
        binary(m, "nextafter", Math::nextAfter);
        m.function("pow", (i, s, a, k) -> {
            double x = MathNumbers.real(i, a[0]);
            double y = MathNumbers.real(i, a[1]);
            double r = MathFloats.pow(x, y);
            if (Double.isFinite(x) && Double.isFinite(y) && !Double.isFinite(r)) {
                throw Double.isNaN(r) || x == 0.0 ? MathNumbers.domain() : MathNumbers.range();
            }
            return PyFloat.of(r);
        });
    }

    /** The pieces of a float: frexp, ldexp, modf, ulp and the three classifications. */
    private static void parts(PyModule m) {
        m.function("frexp", (i, s, a, k) -> {
            double[] me = MathFloats.frexp(MathNumbers.real(i, a[0]));
            return PyTuple.of(PyFloat.of(me[0]), PyInt.of((long) me[1]));
        });
        m.function("ldexp", (i, s, a, k) -> {
            double x = MathNumbers.real(i, a[0]);
            if (!(a[1] instanceof PyInt n)) {
                throw PyErrors.typeError("Expected an int as second argument to ldexp.");
            }
            if (x == 0.0 || !Double.isFinite(x)) {
                return PyFloat.of(x);
            }
            BigInteger e = n.asBig();
            int exp = e.bitLength() > 31 ? (e.signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : e.intValue();
            double r = Math.scalb(x, Math.max(-2200, Math.min(2200, exp)));
            if (Double.isInfinite(r)) {
                throw MathNumbers.range();
            }
            return PyFloat.of(r);
        });
        m.function("modf", (i, s, a, k) -> {
            double x = MathNumbers.real(i, a[0]);
            if (Double.isInfinite(x)) {
                return PyTuple.of(PyFloat.of(Math.copySign(0.0, x)), PyFloat.of(x));
            }
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            return PyTuple.of(PyFloat.of(Math.copySign(x - whole, x)), PyFloat.of(whole));
        });
        m.function("ulp", (i, s, a, k) -> PyFloat.of(Math.ulp(MathNumbers.real(i, a[0]))));
        m.function("isfinite", (i, s, a, k) -> PyBool.of(Double.isFinite(MathNumbers.real(i, a[0]))));
        m.function("isinf", (i, s, a, k) -> PyBool.of(Double.isInfinite(MathNumbers.real(i, a[0]))));
        m.function("isnan", (i, s, a, k) -> PyBool.of(Double.isNaN(MathNumbers.real(i, a[0]))));
        m.function("isclose", (i, s, a, k) -> {
            PyObject[] b = Args.bind("isclose", a, k, 2, "a", "b", "rel_tol", "abs_tol");
            double x = MathNumbers.real(i, b[0]);
            double y = MathNumbers.real(i, b[1]);
            double rel = b[2] == null ? 1e-09 : MathNumbers.real(i, b[2]);
            double abs = b[3] == null ? 0.0 : MathNumbers.real(i, b[3]);
            if (rel < 0.0 || abs < 0.0) {
                throw PyErrors.valueError("tolerances must be non-negative");
            }
            if (x == y) {
                return PyBool.TRUE;
            }
            if (Double.isInfinite(x) || Double.isInfinite(y)) {
                return PyBool.FALSE;
            }
            double diff = Math.abs(y - x);
            return PyBool.of(diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs);
        });
    }

    /** Functions of many numbers: hypot, dist, fsum and prod. */
    private static void aggregates(PyModule m) {
        m.function("hypot", (i, s, a, k) -> PyFloat.of(norm(i, a, null)));
        m.function("dist", (i, s, a, k) -> {
            PyObject[] p = Ops.toArray(i, a[0]);
            PyObject[] q = Ops.toArray(i, a[1]);
            if (p.length != q.length) {
                throw PyErrors.valueError("both points must have the same number of dimensions");
            }
            return PyFloat.of(norm(i, p, q));
        });
        m.function("fsum", (i, s, a, k) -> PyFloat.of(ExactSum.of(i, a[0])));
        m.function("prod", (i, s, a, k) -> {
            PyObject[] b = Args.bind("prod", a, k, 1, "iterable", "start");
            PyObject product = b[1] == null ? PyInt.of(1) : b[1];
            PyObject it = Ops.iter(i, b[0]);
            for (PyObject x = Ops.next(i, it); x != null; x = Ops.next(i, it)) {
                product = Ops.binary(i, Operator.MULT, product, x);
            }
            return product;
        });
    }

    /** The length of vector {@code p} (or of p − q): every coordinate a real number. */
    private static double norm(Interpreter in, PyObject[] p, PyObject[] q) {
        double[] v = new double[p.length];
        double max = 0.0;
        boolean nan = false;
        for (int j = 0; j < p.length; j++) {
            double x = MathNumbers.real(in, p[j]);
            if (q != null) {
                x -= MathNumbers.real(in, q[j]);
            }
            x = Math.abs(x);
            v[j] = x;
            nan |= Double.isNaN(x);
            if (x > max) {
                max = x;
            }
        }
        return MathFloats.norm(v, max, nan);
    }

    private static void integers(PyModule m) {
        m.function("gcd", (i, s, a, k) -> MathIntegers.gcd(i, a));
        m.function("lcm", (i, s, a, k) -> MathIntegers.lcm(i, a));
        m.function("isqrt", (i, s, a, k) -> MathIntegers.isqrt(i, a[0]));
        m.function("factorial", (i, s, a, k) -> MathIntegers.factorial(i, a[0]));
        m.function("comb", (i, s, a, k) -> MathIntegers.comb(i, a[0], a[1]));
        m.function("perm", (i, s, a, k) -> MathIntegers.perm(i, a[0], a.length > 1 ? a[1] : null));
    }
}
