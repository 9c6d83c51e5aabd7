package org.enchufe.lang.runtime;

import java.math.BigInteger;

import org.enchufe.lang.vm.Interpreter;

/**
 * Multiplication, powers and modular powers of big ints in steps small enough to be charged to
 * the budget and stopped ({@link Interpreter#work}): {@code BigInteger.multiply} of two numbers
 * of a few million bits, or {@code modPow} with a huge modulus, ran for seconds to minutes with
 * no way to stop them. Numbers up to {@value #LEAF_BITS} bits are multiplied by BigInteger
 * itself (a millisecond at most); bigger ones are split as Karatsuba does, down to such leaves,
 * each charged and checked. Division stays BigInteger's own, charged before by its schoolbook
 * cost (its largest case, dividing two numbers near the memory limit, is not stoppable midway).
 */
public final class BigMath {

    /** Operands up to this many bits are multiplied in one step. */
    static final int LEAF_BITS = 1 << 16;
    /** A modular power whose estimated cost is below this many instructions runs as BigInteger.modPow. */
    private static final long DIRECT_MODPOW = 1 << 20;

    private BigMath() {
    }

    public static BigInteger multiply(Interpreter in, BigInteger a, BigInteger b) {
        int la = a.bitLength();
        int lb = b.bitLength();
        if (la <= LEAF_BITS || lb <= LEAF_BITS) {
            // One operand small: BigInteger's own multiplication is linear in the other.
            charge(in, Cost.limbProducts(la, lb));
            return a.multiply(b);
        }
        boolean negative = a.signum() != b.signum();
        BigInteger product = split(in, a.abs(), b.abs());
        return negative ? product.negate() : product;
    }

    private static BigInteger split(Interpreter in, BigInteger a, BigInteger b) {
        int la = a.bitLength();
        int lb = b.bitLength();
        if (la <= LEAF_BITS || lb <= LEAF_BITS) {
            charge(in, Cost.limbProducts(la, lb));
            return a.multiply(b);
        }
        int h = Math.max(la, lb) / 2;
        BigInteger a1 = a.shiftRight(h);
        BigInteger a0 = low(a, h);
        if (Math.min(la, lb) <= h) {
            // Unbalanced: only the larger is cut, each half times the smaller.
            BigInteger small = la < lb ? a : b;
            BigInteger large = la < lb ? b : a;
            BigInteger l1 = large.shiftRight(h);
            BigInteger l0 = low(large, h);
            return split(in, l1, small).shiftLeft(h).add(split(in, l0, small));
        }
        BigInteger b1 = b.shiftRight(h);
        BigInteger b0 = low(b, h);
        BigInteger high = split(in, a1, b1);
        BigInteger lowPart = split(in, a0, b0);
        BigInteger middle = split(in, a1.add(a0), b1.add(b0)).subtract(high).subtract(lowPart);
        charge(in, Cost.chars((long) (la + lb) / 8));
        return high.shiftLeft(2 * h).add(middle.shiftLeft(h)).add(lowPart);
    }

    private static BigInteger low(BigInteger x, int bits) {
        return x.and(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    }

    /** {@code base ** e} for e ≥ 0, squaring and multiplying in stoppable steps. */
    public static BigInteger pow(Interpreter in, BigInteger base, long e) {
        if (base.bitLength() * e <= LEAF_BITS) {
            return base.pow((int) e);
        }
        BigInteger result = BigInteger.ONE;
        BigInteger square = base;
        while (true) {
            if ((e & 1) != 0) {
                result = multiply(in, result, square);
            }
            e >>= 1;
            if (e == 0) {
                return result;
            }
            square = multiply(in, square, square);
        }
    }

    /** {@code base ** e mod m} for e ≥ 0 and m > 0. */
    public static BigInteger modPow(Interpreter in, BigInteger base, BigInteger e, BigInteger m) {
        long bits = m.bitLength();
        long estimate = e.bitLength() * 2L * Cost.limbProducts(bits, bits);
        if (estimate <= DIRECT_MODPOW) {
            charge(in, estimate);
            return base.modPow(e, m);
        }
        // Left to right over the exponent's bits: one squaring and at most one multiplication, each reduced, per bit.
        BigInteger b = base.mod(m);
        BigInteger result = BigInteger.ONE;
        for (int i = e.bitLength() - 1; i >= 0; i--) {
            result = reduce(in, multiply(in, result, result), m);
            if (e.testBit(i)) {
                result = reduce(in, multiply(in, result, b), m);
            }
        }
        return result.mod(m);
    }

    private static BigInteger reduce(Interpreter in, BigInteger x, BigInteger m) {
        charge(in, Cost.limbProducts(Math.max(64, x.bitLength() - m.bitLength()), m.bitLength()));
        return x.mod(m);
    }

    /** Charges a division of {@code a} by {@code b} at its schoolbook cost, before BigInteger does it. */
    public static void chargeDivision(Interpreter in, BigInteger a, BigInteger b) {
        int la = a.bitLength();
        int lb = b.bitLength();
        if (la > LEAF_BITS && lb > 64) {
            charge(in, Cost.limbProducts(Math.max(64, la - lb), lb));
        }
    }

    private static void charge(Interpreter in, long units) {
        if (in != null && units > 0) {
            in.work(units);
        }
    }
}
