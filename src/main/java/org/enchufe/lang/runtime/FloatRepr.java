package org.enchufe.lang.runtime;

import java.math.BigDecimal;

/**
 * {@code repr(float)} as CPython writes it: the shortest digits that read back to the same
 * double (Java's {@code Double.toString} finds them since JDK 19), laid out in Python's style —
 * positional between 1e-4 and 1e16, otherwise {@code 1e+16}, {@code 1.5e-05}.
 */
public final class FloatRepr {

    private FloatRepr() {
    }

    public static String repr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        // Java keeps two digits where one suffices (4.9E-324); drop digits while the value survives.
        while (shortest.precision() > 1) {
            BigDecimal shorter = shortest.round(new java.math.MathContext(shortest.precision() - 1,
                    java.math.RoundingMode.HALF_EVEN));
            if (shorter.doubleValue() != d) {
                break;
            }
            shortest = shorter.stripTrailingZeros();
        }
        String digits = shortest.unscaledValue().abs().toString();
        // The decimal exponent of the first digit: value = 0.d1d2… × 10^(exp+1).
        int exponent = digits.length() - 1 - shortest.scale();
        String sign = d < 0 ? "-" : "";
        if (exponent >= -4 && exponent < 16) {
            String plain = shortest.abs().toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        String exp = String.format("%02d", Math.abs(exponent));
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
    }
}
