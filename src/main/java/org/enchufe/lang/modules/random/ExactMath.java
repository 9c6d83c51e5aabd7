package org.enchufe.lang.modules.random;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * {@code exp} and {@code log} rounded correctly to the nearest double, as glibc's (which CPython
 * calls) give them in practice; Java's fdlibm is sometimes a unit in the last place away, which
 * changed the last digit of a seeded {@code gammavariate}. Computed with 40 digits.
 */
final class ExactMath {

    private static final MathContext MC = new MathContext(40, RoundingMode.HALF_EVEN);
    private static final BigDecimal LN2 = new BigDecimal("0.69314718055994530941723212145817656807550013436026");
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private ExactMath() {
    }

    /** e to the {@code x}; infinite past the double range. */
    static double exp(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || Math.abs(x) > 746 || x == 0) {
            return StrictMath.exp(x);
        }
        BigDecimal bx = new BigDecimal(x);
        long n = Math.round(x / 0.6931471805599453);
        BigDecimal r = bx.subtract(LN2.multiply(BigDecimal.valueOf(n), MC), MC);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; k < 60; k++) {
            term = term.multiply(r, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.ulp().movePointLeft(2)) < 0) {
                break;
            }
        }
        BigDecimal scaled = n >= 0 ? sum.multiply(TWO.pow((int) n), MC)
                : sum.divide(TWO.pow((int) -n), MC);
        return scaled.doubleValue();
    }

    /** The natural logarithm of {@code x > 0}. */
    static double log(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 1.0) {
            return x == 1.0 ? 0.0 : StrictMath.log(x);
        }
        int e = Math.getExponent(x);
        double m = x;
        if (e < Double.MIN_EXPONENT) {
            m = x * 0x1p60;
            e = Math.getExponent(m) - 60;
            m = Math.scalb(m, -Math.getExponent(m));
        } else {
            m = Math.scalb(x, -e);
        }
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        BigDecimal bm = new BigDecimal(m);
        BigDecimal s = bm.subtract(BigDecimal.ONE).divide(bm.add(BigDecimal.ONE), MC);
        BigDecimal s2 = s.multiply(s, MC);
        BigDecimal power = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < 80; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), MC);
            sum = sum.add(term, MC);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().ulp().movePointLeft(2)) < 0) {
                break;
            }
            power = power.multiply(s2, MC);
        }
        return LN2.multiply(BigDecimal.valueOf(e), MC).add(sum.multiply(TWO, MC), MC).doubleValue();
    }
}
