package org.enchufe.lang.runtime;

import java.math.BigInteger;

import org.enchufe.lang.vm.Interpreter;

/**
 * Python's unbounded int: a long while the value fits, a BigInteger beyond. Small values are
 * cached, as CPython caches -5…256.
 */
public class PyInt extends PyObject {

    private static final PyInt[] SMALL = new PyInt[1024 + 6];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = new PyInt(i - 5, null);
        }
    }

    final long value;
    final BigInteger big;

    PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long value) {
        if (value >= -5 && value < SMALL.length - 5) {
            return SMALL[(int) value + 5];
        }
        return new PyInt(value, null);
    }

    public static PyInt of(BigInteger value) {
        if (value.bitLength() < 64) {
            return of(value.longValue());
        }
        return new PyInt(0, value);
    }

    /** One of the cached ints every program shares (as CPython's -5…256): no program's memory. */
    public boolean isShared() {
        return big == null && value >= -5 && value < SMALL.length - 5 && SMALL[(int) value + 5] == this;
    }

    public boolean isSmall() {
        return big == null;
    }

    /** The value as a long; callers check {@link #isSmall()} or accept an OverflowError. */
    public long asLong() {
        if (big != null) {
            throw PyErrors.overflow("Python int too large to convert to C long");
        }
        return value;
    }

    public int asInt() {
        long v = asLong();
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw PyErrors.overflow("Python int too large to convert to C int");
        }
        return (int) v;
    }

    public BigInteger asBig() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    public double asDouble() {
        if (big == null) {
            return value;
        }
        double d = big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErrors.overflow("int too large to convert to float");
        }
        return d;
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(value);
    }

    static boolean fitsLong(BigInteger b) {
        return b.compareTo(LONG_MIN) >= 0 && b.compareTo(LONG_MAX) <= 0;
    }

    @Override
    public PyType type() {
        return PyType.INT;
    }

    @Override
    public String repr(Interpreter in) {
        if (big == null) {
            return Long.toString(value);
        }
        return big.signum() < 0 ? "-" + decimalDigits(big.negate()) : decimalDigits(big);
    }

    /**
     * The decimal digits of {@code v ≥ 0}, within the running process's limit (CPython 3.11's 4300
     * digits unless sys.set_int_max_str_digits changed it; str, repr, format and %d alike), checked
     * without converting numbers that are far past it.
     */
    public static String decimalDigits(java.math.BigInteger v) {
        int limit = maxStrDigits();
        if (limit > 0 && v.bitLength() > (long) limit * 3.33 + 10) {
            throw tooManyDigits(limit);
        }
        String digits = v.toString();
        if (limit > 0 && digits.length() > limit) {
            throw tooManyDigits(limit);
        }
        return digits;
    }

    /** The running process's limit on the digits of an int converted to or from decimal text; 0: none. */
    public static int maxStrDigits() {
        Interpreter in = Interpreter.currentOrNull();
        return in == null ? 4300 : in.intMaxStrDigits();
    }

    private static PyRaise tooManyDigits(int limit) {
        return PyErrors.valueError("Exceeds the limit (" + limit + " digits) for integer string conversion; "
                + "use sys.set_int_max_str_digits() to increase the limit");
    }

    @Override
    public boolean truthy(Interpreter in) {
        return big != null || value != 0;
    }

    @Override
    public long hash(Interpreter in) {
        return Numbers.hashInt(this);
    }

    @Override
    public boolean pyEquals(Interpreter in, PyObject other) {
        return Numbers.numericEquals(this, other);
    }

    @Override
    public PyObject getAttr(Interpreter in, String name) {
        return switch (name) {
            case "real", "numerator" -> this instanceof PyBool ? of(value) : this;
            case "imag" -> of(0);
            case "denominator" -> of(1);
            default -> super.getAttr(in, name);
        };
    }
}
