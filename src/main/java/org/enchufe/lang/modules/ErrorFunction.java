package org.enchufe.lang.modules;

/**
 * erf and erfc as glibc computes them (CPython 3.11 on Linux calls glibc's): fdlibm's rational
 * approximations on [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28), with the
 * polynomials grouped as glibc evaluates them, so that every result has glibc's rounding.
 */
final class ErrorFunction {

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};
    private static final double TAIL_SPLIT = 1 / 0.35;

    private ErrorFunction() {
    }

    /** The rational function on [0, 0.84375), of z = x². */
    private static double near(double z) {
        double z2 = z * z;
        double z4 = z2 * z2;
        double r = (PP[0] + z * PP[1]) + z2 * (PP[2] + z * PP[3]) + z4 * PP[4];
        double s = (QQ[0] + z * QQ[1]) + z2 * (QQ[2] + z * QQ[3]) + z4 * (QQ[4] + z * QQ[5]);
        return r / s;
    }

    /** The rational function on [0.84375, 1.25), of s = |x| − 1. */
    private static double middle(double s) {
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        double p = (PA[0] + s * PA[1]) + s2 * (PA[2] + s * PA[3]) + s4 * (PA[4] + s * PA[5]) + s6 * PA[6];
        double q = (QA[0] + s * QA[1]) + s2 * (QA[2] + s * QA[3]) + s4 * (QA[4] + s * QA[5]) + s6 * QA[6];
        return p / q;
    }

    /** |x|·erfc(|x|) for |x| in [1.25, 28). */
    private static double tail(double a) {
        double s = 1.0 / (a * a);
        double s2 = s * s;
        double s4 = s2 * s2;
        double s6 = s4 * s2;
        double r;
        double q;
        if (a < TAIL_SPLIT) {
            r = (RA[0] + s * RA[1]) + s2 * (RA[2] + s * RA[3]) + s4 * (RA[4] + s * RA[5]) + s6 * (RA[6] + s * RA[7]);
            q = (SA[0] + s * SA[1]) + s2 * (SA[2] + s * SA[3]) + s4 * (SA[4] + s * SA[5]) + s6 * (SA[6] + s * SA[7])
                    + s4 * s4 * SA[8];
        } else {
            r = (RB[0] + s * RB[1]) + s2 * (RB[2] + s * RB[3]) + s4 * (RB[4] + s * RB[5]) + s6 * RB[6];
            q = (SB[0] + s * SB[1]) + s2 * (SB[2] + s * SB[3]) + s4 * (SB[4] + s * SB[5]) + s6 * (SB[6] + s * SB[7]);
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0xFFFF_FFFF_0000_0000L);
        return Math.exp(-z * z - 0.5625) * Math.exp((z - a) * (z + a) + r / q);
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        double a = Math.abs(x);
        if (a < 0.84375) {
            return a < 0x1p-28 ? x + EFX * x : x + x * near(x * x);
        }
        if (a < 1.25) {
            double pq = middle(a - 1);
            return x >= 0 ? ERX + pq : -ERX - pq;
        }
        if (a >= 6) {
            return x >= 0 ? 1.0 : -1.0;
        }
        double r = tail(a);
        return x >= 0 ? 1 - r / a : r / a - 1;
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        double a = Math.abs(x);
        if (a < 0.84375) {
            if (a < 0x1p-56) {
                return 1.0 - x;
            }
            double y = near(x * x);
            if (x < 0.25) {
                return 1.0 - (x + x * y);
            }
            return 0.5 - (x * y + (x - 0.5));
        }
        if (a < 1.25) {
            double pq = middle(a - 1);
            return x >= 0 ? 1 - ERX - pq : 1 + (ERX + pq);
        }
        if (a < 28) {
            if (x < -6) {
                return 2.0;
            }
            double r = tail(a);
            return x > 0 ? r / a : 2 - r / a;
        }
        return x > 0 ? 0.0 : 2.0;
    }
}
