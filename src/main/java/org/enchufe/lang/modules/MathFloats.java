package org.enchufe.lang.modules;

/**
 * The float functions of the math module that Java's {@link Math} lacks or words differently
 * from C99 and CPython: pow's special values, IEEE remainder, exact log2 of powers of two, the
 * inverse hyperbolic functions, frexp, and the Euclidean norm hypot and dist share. Plain
 * doubles in and out: NaN for a domain error, an infinity for an overflow.
 */
final class MathFloats {

    private static final double LN2 = 0.6931471805599453;
    private static final double TWO_28 = 0x1p28;
    private static final double TWO_M28 = 0x1p-28;

    private MathFloats() {
    }

    private static final double HALF_LN2 = 0.34657359027997264;
    /** Above this, exp overflows: log(DBL_MAX). */
    private static final double EXP_LIMIT = 709.782712893384;
    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** sinh, cosh and tanh from exp and expm1 as glibc reduces them (so the same roundings). */
    static double sinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22) {
            if (a < TWO_M28) {
                return x;
            }
            double t = Math.expm1(a);
            return a < 1 ? h * (2.0 * t - t * t / (t + 1)) : h * (t + t / (t + 1));
        }
        if (a < EXP_LIMIT) {
            return h * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return h * w * w;
    }

    static double cosh(double x) {
        if (!Double.isFinite(x)) {
            return Math.abs(x);
        }
        double a = Math.abs(x);
        if (a < HALF_LN2) {
            double t = Math.expm1(a);
            double w = 1 + t;
            return a < 0x1p-55 ? w : 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < EXP_LIMIT) {
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double z;
        if (a < 22) {
            if (a < 0x1p-55) {
                return x * (1 + x);
            }
            if (a >= 1) {
                double t = Math.expm1(2 * a);
                z = 1 - 2 / (t + 2);
            } else {
                double t = Math.expm1(-2 * a);
                z = -t / (t + 2);
            }
        } else {
            z = 1.0;
        }
        return Math.copySign(z, x);
    }

    /** glibc's cbrt (not correctly rounded: cbrt(27) is 3.0000000000000004 there, and so here). */
    static double cbrt(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return x + x;
        }
        double[] me = frexp(Math.abs(x));
        double xm = me[0];
        int xe = (int) me[1];
        double u = 0.354895765043919860 + (1.50819193781584896 + (-2.11499494167371287 + (2.44693122563534430
                + (-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm) * xm) * xm) * xm;
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.copySign(Math.scalb(ym, xe / 3), x);
    }

    /** C99's pow for infinities and NaNs (pow(1, nan) is 1, pow(-1, inf) is 1), which Java's Math.pow is not. */
    static double pow(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            return Math.pow(x, y);
        }
        if (Double.isNaN(x)) {
            return y == 0.0 ? 1.0 : x;
        }
        if (Double.isNaN(y)) {
            return x == 1.0 ? 1.0 : y;
        }
        if (Double.isInfinite(x)) {
            boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
            if (x > 0) {
                return y > 0 ? x : 0.0;
            }
            return y > 0 ? (oddY ? x : Math.abs(x)) : (oddY ? Math.copySign(0.0, x) : 0.0);
        }
        if (Math.abs(x) == 1.0) {
            return 1.0;
        }
        if (y > 0 && Math.abs(x) > 1.0 || y < 0 && Math.abs(x) < 1.0) {
            return Double.POSITIVE_INFINITY;
        }
        return 0.0;
    }

    /** IEEE 754 remainder: x − n·y with n the nearest integer to x/y, even on a tie. */
    static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) {
                return Double.NaN;
            }
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) {
                r = m;
            } else if (m > c) {
                r = -c;
            } else {
                r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            }
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isNaN(y)) {
            return y;
        }
        return Double.isInfinite(x) ? Double.NaN : x;
    }

    /** log2, exact for powers of two. */
    static double log2(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        }
        if (x > 0.0) {
            long bits = Double.doubleToRawLongBits(x);
            if (x >= Double.MIN_NORMAL && (bits & 0x000F_FFFF_FFFF_FFFFL) == 0) {
                return Math.getExponent(x);
            }
            double[] me = frexp(x);
            int e = (int) me[1];
            return x >= 1.0 ? Math.log(2.0 * me[0]) / LN2 + (e - 1) : Math.log(me[0]) / LN2 + e;
        }
        return x == 0.0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    private static final double INV_LN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2_HI = 3.01029995663611771306e-01;
    private static final double LOG10_2_LO = 3.69423907715893078616e-13;

    /** log10 reduced as glibc's (fdlibm's) is: k·log10(2) in two parts plus log(m)/ln 10, m in [1, 2) or [0.5, 1). */
    static double log10(double x) {
        if (!(x > 0.0) || Double.isInfinite(x)) {
            return Math.log10(x);
        }
        int shift = 0;
        if (x < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = 54;
        }
        long bits = Double.doubleToRawLongBits(x);
        int k = (int) ((bits >>> 52) & 0x7ff) - 1023 - shift;
        int i = k < 0 ? 1 : 0;
        double m = Double.longBitsToDouble((bits & 0x000F_FFFF_FFFF_FFFFL) | ((long) (0x3ff - i) << 52));
        double y = k + i;
        double z = y * LOG10_2_LO + INV_LN10 * Math.log(m);
        return z + y * LOG10_2_HI;
    }

    static double asinh(double x) {
        if (!Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double w;
        if (a < TWO_M28) {
            return x;
        } else if (a > TWO_28) {
            w = Math.log(a) + LN2;
        } else if (a > 2.0) {
            w = Math.log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    static double acosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x < 1.0) {
            return Double.NaN;
        }
        if (x >= TWO_28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1.0) {
            return 0.0;
        }
        if (x > 2.0) {
            double t = x * x;
            return Math.log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return Math.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    static double atanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a > 1.0) {
            return Double.NaN;
        }
        if (a == 1.0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < TWO_M28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1.0 - a));
        }
        return Math.copySign(t, x);
    }

    /** frexp as {mantissa, exponent}: x = m·2^e with 0.5 ≤ |m| < 1; 0, infinities and NaN give (x, 0). */
    static double[] frexp(double x) {
        if (x == 0.0 || !Double.isFinite(x)) {
            return new double[] {x, 0};
        }
        int shift = 0;
        if (Math.abs(x) < Double.MIN_NORMAL) {
            x *= 0x1p54;
            shift = 54;
        }
        int e = Math.getExponent(x) + 1;
        return new double[] {Math.scalb(x, -e), e - shift};
    }

    /**
     * The Euclidean norm of {@code v} (absolute values, {@code max} the largest) as CPython 3.11
     * computes it: scaled by a power of two, squares summed with their rounding errors kept, and
     * the square root corrected once, so that the result is correctly rounded almost always.
     */
    static double norm(double[] v, double max, boolean foundNan) {
        if (Double.isInfinite(max)) {
            return max;
        }
        if (foundNan) {
            return Double.NaN;
        }
        if (max == 0.0 || v.length <= 1) {
            return max;
        }
        int maxE = (int) frexp(max)[1];
        if (maxE < -1023) {
            double[] scaled = new double[v.length];
            for (int i = 0; i < v.length; i++) {
                scaled[i] = v[i] / Double.MIN_NORMAL;
            }
            return Double.MIN_NORMAL * norm(scaled, max / Double.MIN_NORMAL, false);
        }
        double scale = Math.scalb(1.0, -maxE);
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        for (double value : v) {
            double x = value * scale;
            double hi = x * x;
            double lo = Math.fma(x, x, -hi);
            double sum = csum + hi;
            frac2 += (csum - sum) + hi;
            csum = sum;
            frac1 += lo;
        }
        double h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
        double hi = -h * h;
        double lo = Math.fma(-h, h, -hi);
        double sum = csum + hi;
        frac2 += (csum - sum) + hi;
        csum = sum;
        frac1 += lo;
        double x = csum - 1.0 + (frac1 + frac2);
        h += x / (2.0 * h);
        return h / scale;
    }
}
