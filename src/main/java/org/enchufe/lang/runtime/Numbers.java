package org.enchufe.lang.runtime;

import java.math.BigInteger;

import org.enchufe.lang.ast.Operator;
import org.enchufe.lang.vm.Interpreter;

/**
 * Arithmetic on int and float with Python's semantics: unbounded ints, floor division and
 * modulo rounding toward negative infinity, true division giving floats, and CPython's errors.
 * Returns null when the operands are not numbers this class handles.
 */
public final class Numbers {

    private static final long HASH_MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(HASH_MODULUS);

    private Numbers() {
    }

    public static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    public static PyObject binary(Operator op, PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (a instanceof PyBool && b instanceof PyBool) {
                switch (op) {
                    case BITAND -> { return PyBool.of((x.value & y.value) != 0); }
                    case BITOR -> { return PyBool.of((x.value | y.value) != 0); }
                    case BITXOR -> { return PyBool.of((x.value ^ y.value) != 0); }
                    default -> { }
                }
            }
            if ((op == Operator.BITOR || op == Operator.BITAND || op == Operator.BITXOR)
                    && (a instanceof PyIntEnumMember || b instanceof PyIntEnumMember)) {
                PyObject flag = PyIntEnumMember.flagBinary(op, a, b);
                if (flag != null) {
                    return flag;
                }
            }
            return intOp(op, x, y);
        }
        if (isNumber(a) && isNumber(b)) {
            return floatOp(op, toDouble(a), toDouble(b));
        }
        return null;
    }

    /**
     * The run loop's fast path for {@code a op b} ({@code op} an {@link Operator} ordinal): two
     * plain ints that fit a long, with a result that does too. Null for anything else (bools,
     * big ints, overflow, division by zero, other types), which then takes the general path.
     * Small enough for the JIT to inline into the loop.
     */
    public static PyObject smallIntBinary(int op, PyObject a, PyObject b) {
        if (!plainLongs(a, b)) {
            return null;
        }
        long l = ((PyInt) a).value;
        long r = ((PyInt) b).value;
        switch (op) {
            case 0 -> { // ADD
                long s = l + r;
                return ((l ^ s) & (r ^ s)) < 0 ? null : PyInt.of(s);
            }
            case 1 -> { // SUB
                long s = l - r;
                return ((l ^ r) & (l ^ s)) < 0 ? null : PyInt.of(s);
            }
            case 2 -> { // MULT
                long hi = Math.multiplyHigh(l, r);
                long lo = l * r;
                return (hi == 0 && lo >= 0) || (hi == -1 && lo < 0) ? PyInt.of(lo) : null;
            }
            case 5 -> { // MOD
                return r > 0 ? PyInt.of(Math.floorMod(l, r)) : null;
            }
            case 9 -> { // BITOR
                return PyInt.of(l | r);
            }
            case 10 -> { // BITXOR
                return PyInt.of(l ^ r);
            }
            case 11 -> { // BITAND
                return PyInt.of(l & r);
            }
            case 12 -> { // FLOORDIV
                return r > 0 ? PyInt.of(Math.floorDiv(l, r)) : null;
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The run loop's fast path for a comparison of two plain ints that fit a long ({@code cmp} a
     * {@code CmpKind} ordinal: ==, !=, <, <=, >, >=); null for anything else.
     */
    public static PyObject smallIntCompare(int cmp, PyObject a, PyObject b) {
        if (!plainLongs(a, b)) {
            return null;
        }
        long l = ((PyInt) a).value;
        long r = ((PyInt) b).value;
        boolean result = switch (cmp) {
            case 0 -> l == r;
            case 1 -> l != r;
            case 2 -> l < r;
            case 3 -> l <= r;
            case 4 -> l > r;
            default -> l >= r;
        };
        return result ? PyBool.TRUE : PyBool.FALSE;
    }

    /** Both plain ints (not bools, not IntEnum members) that fit a long. */
    private static boolean plainLongs(PyObject a, PyObject b) {
        return a.getClass() == PyInt.class && b.getClass() == PyInt.class && ((PyInt) a).big == null
                && ((PyInt) b).big == null;
    }

    public static double toDouble(PyObject o) {
        return o instanceof PyFloat f ? f.value() : ((PyInt) o).asDouble();
    }

    private static PyObject intOp(Operator op, PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            long a = x.value;
            long b = y.value;
            switch (op) {
                case ADD -> {
                    long r = a + b;
                    if (((a ^ r) & (b ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
                case SUB -> {
                    long r = a - b;
                    if (((a ^ b) & (a ^ r)) >= 0) {
                        return PyInt.of(r);
                    }
                }
                case MULT -> {
                    long hi = Math.multiplyHigh(a, b);
                    long lo = a * b;
                    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                        return PyInt.of(lo);
                    }
                }
                case FLOORDIV -> {
                    if (b == 0) {
                        throw PyErrors.zeroDivision("integer division or modulo by zero");
                    }
                    if (!(a == Long.MIN_VALUE && b == -1)) {
                        return PyInt.of(Math.floorDiv(a, b));
                    }
                }
                case MOD -> {
                    if (b == 0) {
                        throw PyErrors.zeroDivision("integer modulo by zero");
                    }
                    return PyInt.of(b == -1 ? 0 : Math.floorMod(a, b));
                }
                case BITAND -> { return PyInt.of(a & b); }
                case BITOR -> { return PyInt.of(a | b); }
                case BITXOR -> { return PyInt.of(a ^ b); }
                case LSHIFT -> {
                    if (b < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    if (b < 63 && Math.abs(a) < (1L << (62 - b))) {
                        return PyInt.of(a << b);
                    }
                }
                case RSHIFT -> {
                    if (b < 0) {
                        throw PyErrors.valueError("negative shift count");
                    }
                    return PyInt.of(b >= 64 ? (a < 0 ? -1 : 0) : a >> b);
                }
                default -> { }
            }
        }
        BigInteger a = x.asBig();
        BigInteger b = y.asBig();
        return switch (op) {
            case ADD -> {
                BigMath.chargeLinear(a, b);
                yield PyInt.of(a.add(b));
            }
            case SUB -> {
                BigMath.chargeLinear(a, b);
                yield PyInt.of(a.subtract(b));
            }
            case MULT -> PyInt.of(BigMath.multiply(Interpreter.currentOrNull(), a, b));
            case TRUEDIV -> trueDivide(x, y);
            case FLOORDIV -> {
                if (b.signum() == 0) {
                    throw PyErrors.zeroDivision("integer division or modulo by zero");
                }
                yield PyInt.of(floorDiv(a, b));
            }
            case MOD -> {
                if (b.signum() == 0) {
                    throw PyErrors.zeroDivision("integer modulo by zero");
                }
                yield PyInt.of(floorDivMod(a, b)[1]);
            }
            case POW -> power(x, y);
            case BITAND, BITOR, BITXOR -> {
                BigMath.chargeLinear(a, b);
                yield PyInt.of(op == Operator.BITAND ? a.and(b) : op == Operator.BITOR ? a.or(b) : a.xor(b));
            }
            case LSHIFT -> {
                if (b.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                if (b.bitLength() > 31) {
                    throw PyErrors.overflow("too many digits in integer");
                }
                yield PyInt.of(BigMath.shiftLeft(a, b.intValue()));
            }
            case RSHIFT -> {
                if (b.signum() < 0) {
                    throw PyErrors.valueError("negative shift count");
                }
                BigMath.chargeLinear(a, BigInteger.ZERO);
                yield PyInt.of(b.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(b.intValue()));
            }
            case MATMULT -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        return floorDivMod(a, b)[0];
    }

    /** Python's floor quotient and the remainder with the divisor's sign, in charged and stoppable steps. */
    private static BigInteger[] floorDivMod(BigInteger a, BigInteger b) {
        BigInteger[] qr = BigMath.divideAndRemainder(Interpreter.currentOrNull(), a, b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
            return new BigInteger[] {qr[0].subtract(BigInteger.ONE), qr[1].add(b)};
        }
        return qr;
    }

    private static PyObject trueDivide(PyInt x, PyInt y) {
        if (y.signum() == 0) {
            throw PyErrors.zeroDivision("division by zero");
        }
        if (x.big == null && y.big == null && Math.abs(x.value) < (1L << 53) && Math.abs(y.value) < (1L << 53)) {
            return PyFloat.of((double) x.value / (double) y.value);
        }
        double result = new java.math.BigDecimal(x.asBig()).divide(new java.math.BigDecimal(y.asBig()),
                java.math.MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(result)) {
            throw PyErrors.overflow("integer division result too large for a float");
        }
        return PyFloat.of(result);
    }

    private static PyObject power(PyInt x, PyInt y) {
        if (y.signum() < 0) {
            if (x.signum() == 0) {
                throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return PyFloat.of(Math.pow(x.asDouble(), y.asDouble()));
        }
        if (y.big != null) {
            if (x.big == null && (x.value == 0 || x.value == 1)) {
                return x;
            }
            if (x.big == null && x.value == -1) {
                return PyInt.of(y.big.testBit(0) ? -1 : 1);
            }
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        long e = y.value;
        BigInteger base = x.asBig();
        if (base.bitLength() * e > 8_000_000L) {
            throw PyErrors.raise(ExceptionTypes.MEMORY_ERROR, "");
        }
        return PyInt.of(BigMath.pow(Interpreter.currentOrNull(), base, e));
    }

    private static PyObject floatOp(Operator op, double a, double b) {
        return switch (op) {
            case ADD -> PyFloat.of(a + b);
            case SUB -> PyFloat.of(a - b);
            case MULT -> PyFloat.of(a * b);
            case TRUEDIV -> {
                if (b == 0) {
                    throw PyErrors.zeroDivision("float division by zero");
                }
                yield PyFloat.of(a / b);
            }
            case FLOORDIV -> {
                if (b == 0) {
                    throw PyErrors.zeroDivision("float floor division by zero");
                }
                yield PyFloat.of(floatDivmod(a, b)[0]);
            }
            case MOD -> {
                if (b == 0) {
                    throw PyErrors.zeroDivision("float modulo");
                }
                yield PyFloat.of(floatDivmod(a, b)[1]);
            }
            case POW -> floatPow(a, b);
            default -> null;
        };
    }

    /** CPython's float_divmod: floor quotient and a remainder with the divisor's sign. */
    public static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static PyObject floatPow(double a, double b) {
        if (a == 0 && b < 0) {
            throw PyErrors.zeroDivision("0.0 cannot be raised to a negative power");
        }
        if (a < 0 && b != Math.floor(b)) {
            throw PyErrors.valueError("math domain error");
        }
        double r = Math.pow(a, b);
        if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
            throw PyErrors.overflow("(34, 'Numerical result out of range')");
        }
        return PyFloat.of(r);
    }

    /** Two big ints of one length are compared word by word; of different lengths, at once. */
    private static void chargeEqualLengths(PyInt x, PyInt y) {
        if (x.big != null && y.big != null && x.big.bitLength() == y.big.bitLength()) {
            BigMath.chargeLinear(x.big, y.big);
        }
    }

    public static boolean numericEquals(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return x.value == y.value;
            }
            chargeEqualLengths(x, y);
            return x.asBig().equals(y.asBig());
        }
        if (isNumber(a) && isNumber(b)) {
            return compare(a, b) == 0 && !(a instanceof PyFloat fa && Double.isNaN(fa.value()))
                    && !(b instanceof PyFloat fb && Double.isNaN(fb.value()));
        }
        return false;
    }

    /** Compares two numbers exactly, even a huge int against a float. NaN compares as unordered (2). */
    public static int compare(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) {
            if (x.big == null && y.big == null) {
                return Long.compare(x.value, y.value);
            }
            chargeEqualLengths(x, y);
            return x.asBig().compareTo(y.asBig());
        }
        double da = a instanceof PyFloat f ? f.value() : Double.NaN;
        double db = b instanceof PyFloat f ? f.value() : Double.NaN;
        if (a instanceof PyFloat && Double.isNaN(da) || b instanceof PyFloat && Double.isNaN(db)) {
            return 2;
        }
        if (a instanceof PyFloat && b instanceof PyFloat) {
            return Double.compare(da, db) == 0 ? 0 : da < db ? -1 : 1;
        }
        if (a instanceof PyInt x) {
            return -compareFloatInt(db, x);
        }
        return compareFloatInt(da, (PyInt) b);
    }

    private static int compareFloatInt(double d, PyInt i) {
        if (Double.isInfinite(d)) {
            return d > 0 ? 1 : -1;
        }
        if (i.big == null && Math.abs(i.value) < (1L << 53)) {
            double v = i.value;
            return d < v ? -1 : d > v ? 1 : 0;
        }
        return new java.math.BigDecimal(d).compareTo(new java.math.BigDecimal(i.asBig()));
    }

    /** hash(int) as CPython computes it: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    public static long hashInt(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            if (v > -HASH_MODULUS && v < HASH_MODULUS) {
                // Already reduced: the common case, without a division.
                return v == -1 ? -2 : v;
            }
            h = v == Long.MIN_VALUE ? -(Long.MIN_VALUE % HASH_MODULUS) * -1 : Math.abs(v) % HASH_MODULUS;
            h = v < 0 ? -h : h;
        } else {
            BigMath.chargeLinear(i.big, BigInteger.ZERO);
            h = i.big.abs().mod(BIG_MODULUS).longValue();
            h = i.big.signum() < 0 ? -h : h;
        }
        return h == -1 ? -2 : h;
    }

    /** hash(float): equal to the int's hash for integral values, as Python requires. */
    public static long hashFloat(double d) {
        if (Double.isNaN(d)) {
            return 0;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? 314159 : -314159;
        }
        // CPython's _Py_HashDouble: the value as a fraction reduced modulo 2**61 - 1, 28 bits at a time.
        int exponent = Math.getExponent(d);
        double m;
        int e;
        if (exponent == Double.MIN_EXPONENT - 1) {
            double scaled = d * 0x1p54;
            e = Math.getExponent(scaled) + 1 - 54;
            m = Math.scalb(scaled, -(Math.getExponent(scaled) + 1));
        } else {
            e = exponent + 1;
            m = Math.scalb(d, -e);
        }
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & HASH_MODULUS) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }
}
