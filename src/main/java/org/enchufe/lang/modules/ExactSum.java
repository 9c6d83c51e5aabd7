package org.enchufe.lang.modules;

import java.util.Arrays;

import org.enchufe.lang.runtime.Cost;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.vm.Interpreter;

/**
 * math.fsum: the correctly rounded sum of floats by Shewchuk's algorithm, as CPython does it.
 * The running sum is kept exactly as a list of non-overlapping partials; at the end the partials
 * are added from the largest down, with a correction so that halfway cases round to even across
 * partials. Infinities and NaNs are summed apart; a finite sum that overflows is an error.
 */
final class ExactSum {

    private ExactSum() {
    }

    static double of(Interpreter in, PyObject iterable) {
        double[] partials = new double[32];
        int n = 0;
        double special = 0.0;
        double infinities = 0.0;
        PyObject it = Ops.iter(in, iterable);
        for (PyObject item = Ops.next(in, it); item != null; item = Ops.next(in, it)) {
            double x = MathNumbers.real(in, item);
            double original = x;
            Cost.items(in, n + 1);
            int kept = 0;
            for (int j = 0; j < n; j++) {
                double y = partials[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0.0) {
                    partials[kept++] = lo;
                }
                x = hi;
            }
            n = kept;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(original)) {
                        throw PyErrors.overflow("intermediate overflow in fsum");
                    }
                    if (Double.isInfinite(original)) {
                        infinities += original;
                    }
                    special += original;
                    n = 0;
                } else {
                    if (n == partials.length) {
                        partials = Arrays.copyOf(partials, n * 2);
                    }
                    partials[n++] = x;
                }
            }
        }
        if (special != 0.0) {
            if (Double.isNaN(infinities)) {
                throw PyErrors.valueError("-inf + inf in fsum");
            }
            return special;
        }
        return round(partials, n);
    }

    /** The partials' sum, rounded once: from the top until a sum is inexact, then half-even across partials. */
    private static double round(double[] p, int n) {
        double hi = 0.0;
        if (n == 0) {
            return hi;
        }
        hi = p[--n];
        double lo = 0.0;
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0.0) {
                break;
            }
        }
        if (n > 0 && (lo < 0.0 && p[n - 1] < 0.0 || lo > 0.0 && p[n - 1] > 0.0)) {
            double y = lo * 2.0;
            double x = hi + y;
            if (y == x - hi) {
                hi = x;
            }
        }
        return hi;
    }
}
