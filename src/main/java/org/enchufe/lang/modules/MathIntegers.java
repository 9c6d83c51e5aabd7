package org.enchufe.lang.modules;

import java.math.BigInteger;

import org.enchufe.lang.runtime.BigMath;
import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;

/**
 * The math module's integer functions — gcd, lcm, isqrt, factorial, comb, perm — on unbounded
 * ints. Their work grows with the numbers, so each is charged to the budget: products through
 * {@link BigMath#multiply} (charged and stoppable a step at a time), the rest before it runs.
 */
final class MathIntegers {

    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    /** Below this many factors a range is multiplied one by one; above it, split in halves. */
    private static final long LEAF = 16;

    private MathIntegers() {
    }

    static PyObject gcd(Interpreter in, PyObject[] args) {
        BigInteger g = BigInteger.ZERO;
        for (PyObject a : args) {
            BigInteger x = MathNumbers.big(in, a);
            chargeQuadratic(in, g, x);
            g = g.gcd(x);
        }
        return PyInt.of(g);
    }

    static PyObject lcm(Interpreter in, PyObject[] args) {
        BigInteger l = BigInteger.ONE;
        for (PyObject a : args) {
            BigInteger x = MathNumbers.big(in, a).abs();
            if (l.signum() == 0 || x.signum() == 0) {
                l = BigInteger.ZERO;
                continue;
            }
            chargeQuadratic(in, l, x);
            l = BigMath.multiply(in, l.divide(l.gcd(x)), x);
        }
        return PyInt.of(l);
    }

    static PyObject isqrt(Interpreter in, PyObject n) {
        BigInteger x = MathNumbers.big(in, n);
        if (x.signum() < 0) {
            throw PyErrors.valueError("isqrt() argument must be nonnegative");
        }
        chargeQuadratic(in, x, x);
        return PyInt.of(x.sqrt());
    }

    static PyObject factorial(Interpreter in, PyObject n) {
        BigInteger x = MathNumbers.big(in, n);
        if (x.signum() < 0) {
            throw PyErrors.valueError("factorial() not defined for negative values");
        }
        if (x.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("factorial() argument should not exceed " + Long.MAX_VALUE);
        }
        long count = x.longValue();
        return PyInt.of(count < 2 ? BigInteger.ONE : product(in, BigInteger.TWO, count - 1));
    }

    static PyObject perm(Interpreter in, PyObject nArg, PyObject kArg) {
        if (kArg == null || kArg == PyNone.NONE) {
            return factorial(in, nArg);
        }
        BigInteger n = MathNumbers.big(in, nArg);
        BigInteger k = MathNumbers.big(in, kArg);
        requireNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("k must not exceed " + Long.MAX_VALUE);
        }
        long count = k.longValue();
        return PyInt.of(count == 0 ? BigInteger.ONE : product(in, n.subtract(k).add(BigInteger.ONE), count));
    }

    // perm() and comb() refuse a negative n or k with the same words.
    private static void requireNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PyErrors.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErrors.valueError("k must be a non-negative integer");
        }
    }

    static PyObject comb(Interpreter in, PyObject nArg, PyObject kArg) {
        BigInteger n = MathNumbers.big(in, nArg);
        BigInteger k = MathNumbers.big(in, kArg);
        requireNonNegative(n, k);
        if (k.compareTo(n) > 0) {
            return PyInt.of(0);
        }
        k = k.min(n.subtract(k));
        if (k.compareTo(LONG_MAX) > 0) {
            throw PyErrors.overflow("min(n - k, k) must not exceed " + Long.MAX_VALUE);
        }
        long count = k.longValue();
        if (count == 0) {
            return PyInt.of(1);
        }
        BigInteger top = product(in, n.subtract(k).add(BigInteger.ONE), count);
        BigInteger bottom = count < 2 ? BigInteger.ONE : product(in, BigInteger.TWO, count - 1);
        return PyInt.of(BigMath.divideAndRemainder(in, top, bottom)[0]);
    }

    /** first·(first+1)·…·(first+count−1), halves multiplied together so that the operands stay balanced. */
    private static BigInteger product(Interpreter in, BigInteger first, long count) {
        if (count <= LEAF) {
            if (in != null) {
                in.work(count);
            }
            BigInteger p = first;
            for (long i = 1; i < count; i++) {
                p = BigMath.multiply(in, p, first.add(BigInteger.valueOf(i)));
            }
            return p;
        }
        long half = count / 2;
        BigInteger low = product(in, first, half);
        BigInteger high = product(in, first.add(BigInteger.valueOf(half)), count - half);
        return BigMath.multiply(in, low, high);
    }

    /** Charges gcd or a square root, which cost about a schoolbook product of their operands. */
    private static void chargeQuadratic(Interpreter in, BigInteger a, BigInteger b) {
        if (in != null) {
            in.work(Cost.limbProducts(a.bitLength(), b.bitLength()));
        }
    }
}
