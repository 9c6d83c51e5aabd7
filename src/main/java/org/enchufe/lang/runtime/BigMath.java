package org.enchufe.lang.runtime;

import java.math.BigInteger;

import org.enchufe.lang.vm.Interpreter;

/**
 * Multiplication, powers and modular powers of big ints in steps small enough to be charged to
 * the budget and stopped ({@link Interpreter#work}): {@code BigInteger.multiply} of two numbers
 * of a few million bits, or {@code modPow} with a huge modulus, ran for seconds to minutes with
 * no way to stop them. Numbers up to {@value #LEAF_BITS} bits are multiplied by BigInteger
 * itself (a millisecond at most); bigger ones are split as Karatsuba does, down to such leaves,
 * each charged and checked. Division of a long number by one of more than a word goes as long
 * division does, a "digit" of quotient a step: as many bits as the divisor has, at least
 * {@value #MIN_STEP_BITS} and at most {@value #MAX_STEP_BITS} (each step BigInteger's own division
 * of about twice the divisor by the divisor, charged and checked): BigInteger divided two numbers
 * of a few million bits in tens of seconds with no way to stop it. Linear operations (add, shifts, bitwise, a
 * power-of-two radix) are charged by length, the memory a shift makes before it is made.
 */
public final class BigMath {

    /** Operands up to this many bits are multiplied in one step. */
    static final int LEAF_BITS = 1 << 16;
    /** Bits of quotient per step of a long division, at least: 32 words. */
    static final int MIN_STEP_BITS = 1024;
    /** Bits of quotient per step of a long division, at most: a step of 2^21 by 2^20 bits is about 40 ms. */
    static final int MAX_STEP_BITS = 1 << 20;
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
        BigInteger b = reduce(in, base, m);
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
        BigInteger r = divideAndRemainder(in, x, m)[1];
        return r.signum() < 0 ? r.add(m) : r;
    }

    /**
     * {@code a.divideAndRemainder(b)} (truncated: the remainder has a's sign), for b ≠ 0. Long
     * numbers divided by more than a word go in steps of about the divisor's length of quotient
     * bits, each charged and stoppable; the rest is BigInteger's, charged before.
     */
    public static BigInteger[] divideAndRemainder(Interpreter in, BigInteger a, BigInteger b) {
        int la = a.bitLength();
        int lb = b.bitLength();
        // A digit of the long division: the divisor's length, rounded up to whole bytes of 1024 bits.
        int stepBits = Math.min(MAX_STEP_BITS, Math.max(MIN_STEP_BITS, (lb + MIN_STEP_BITS - 1) / MIN_STEP_BITS * MIN_STEP_BITS));
        if (in == null || la <= LEAF_BITS || lb <= 64 || la - lb <= 2 * stepBits) {
            // By a word BigInteger's division is linear; otherwise the quotient or the numbers are short.
            chargeDivision(in, a, b);
            return a.divideAndRemainder(b);
        }
        BigInteger x = a.abs();
        BigInteger y = b.abs();
        // x as bytes, most significant first, padded so its length is a whole number of steps.
        int stepBytes = stepBits / 8;
        byte[] raw = x.toByteArray();
        int steps = (raw.length + stepBytes - 1) / stepBytes;
        byte[] digits = new byte[steps * stepBytes];
        System.arraycopy(raw, 0, digits, digits.length - raw.length, raw.length);
        byte[] quotient = new byte[digits.length];
        BigInteger r = BigInteger.ZERO;
        for (int step = 0; step < steps; step++) {
            // As long division by hand: bring down the next digit, divide, keep the remainder.
            r = r.shiftLeft(stepBits).or(new BigInteger(1, digits, step * stepBytes, stepBytes));
            charge(in, Cost.limbProducts(stepBits, lb));
            BigInteger[] qr = r.divideAndRemainder(y);
            byte[] q = qr[0].toByteArray();
            int length = Math.min(q.length, stepBytes);
            System.arraycopy(q, q.length - length, quotient, (step + 1) * stepBytes - length, length);
            r = qr[1];
        }
        BigInteger q = new BigInteger(1, quotient);
        boolean negative = a.signum() != b.signum();
        return new BigInteger[] {negative ? q.negate() : q, a.signum() < 0 ? r.negate() : r};
    }

    /** Charges an operation linear in its operands' length (add, subtract, and/or/xor, shifts, a hash): a 64-bit limb an item. */
    public static void chargeLinear(BigInteger a, BigInteger b) {
        long bits = Math.max(a.bitLength(), b.bitLength());
        if (bits >= 64L * Cost.FREE) {
            Cost.items(Interpreter.currentOrNull(), bits / 64);
        }
    }

    /** {@code a << n}: its result charged to the program's memory and work before it is made. */
    public static BigInteger shiftLeft(BigInteger a, int n) {
        long bits = (long) a.bitLength() + n;
        Interpreter in = Interpreter.currentOrNull();
        if (in != null && bits >= 8L * Cost.FREE && a.signum() != 0) {
            in.accountBytes(bits / 8);
            Cost.items(in, bits / 64);
        }
        return a.shiftLeft(n);
    }

    /** Hex or binary digits of whole bytes (two or eight a byte), the number's last {@code count} of them. */
    private static String wholeBytes(Interpreter in, byte[] bytes, int shift, int count) {
        int perByte = 8 / shift;
        int mask = (1 << shift) - 1;
        char[] out = new char[bytes.length * perByte];
        int w = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            for (int at = 8 - shift; at >= 0; at -= shift) {
                out[w++] = Character.forDigit((b >>> at) & mask, 1 << shift);
            }
            if ((i & (Cost.CHUNK - 1)) == Cost.CHUNK - 1) {
                Cost.charByChar(in, (long) Cost.CHUNK * perByte);
            }
        }
        return new String(out, out.length - count, count);
    }

    /**
     * The digits of {@code v ≥ 0} in radix 2, 8 or 16, read off its bits: linear, where
     * BigInteger's toString divides recursively even for these (seconds for a few million bits).
     * The text is charged to memory before it is made, and its making charged as it goes.
     */
    public static String powerOfTwoDigits(Interpreter in, BigInteger v, int radix) {
        int shift = Integer.numberOfTrailingZeros(radix);
        int length = v.bitLength();
        if (length <= 8 * Cost.FREE) {
            return v.toString(radix);
        }
        int count = (length + shift - 1) / shift;
        if (in != null) {
            in.accountText(count, 1);
        }
        // The bits from the bytes, least significant byte last, read a digit's width at a time.
        byte[] bytes = v.toByteArray();
        if (radix != 8) {
            return wholeBytes(in, bytes, shift, count);
        }
        char[] out = new char[count];
        for (int d = 0; d < count; d++) {
            int at = (count - 1 - d) * shift;
            int digit = 0;
            for (int bit = shift - 1; bit >= 0; bit--) {
                int p = at + bit;
                int index = bytes.length - 1 - (p >>> 3);
                digit = digit << 1 | (index >= 0 ? (bytes[index] >>> (p & 7)) & 1 : 0);
            }
            out[d] = Character.forDigit(digit, radix);
            if ((d & (Cost.CHUNK - 1)) == Cost.CHUNK - 1) {
                Cost.charByChar(in, Cost.CHUNK);
            }
        }
        return new String(out);
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
