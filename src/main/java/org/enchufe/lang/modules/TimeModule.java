package org.enchufe.lang.modules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Suspension;

/** The time module: clocks, and sleep through the host's scheduler (no thread is held). */
public final class TimeModule {

    private static final long START = System.nanoTime();

    private TimeModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("time");
        m.function("time", (i, s, a, k) -> PyFloat.of(System.currentTimeMillis() / 1000.0 + (System.nanoTime() % 1_000_000) / 1e9));
        m.function("time_ns", (i, s, a, k) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
        m.function("monotonic", (i, s, a, k) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        m.function("perf_counter", (i, s, a, k) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        m.function("monotonic_ns", (i, s, a, k) -> PyInt.of(System.nanoTime() - START));
        m.function("sleep", (i, s, a, k) -> {
            PyObject seconds = Args.one("sleep", a, k);
            if (!Numbers.isNumber(seconds)) {
                throw PyErrors.typeError("'" + seconds.type().name() + "' object cannot be interpreted as an integer");
            }
            double d = Numbers.toDouble(seconds);
            if (d < 0) {
                throw PyErrors.valueError("sleep length must be non-negative");
            }
            throw new BlockSignal(new Suspension.Sleep((long) (d * 1e9)));
        });
        m.function("ctime", (i, s, a, k) -> {
            Args.range("ctime", a, k, 0, 1);
            long millis = a.length == 0 || a[0] == org.enchufe.lang.runtime.PyNone.NONE ? System.currentTimeMillis()
                    : (long) (Numbers.toDouble(a[0]) * 1000);
            ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault());
            String day = String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            return PyStr.of(t.format(DateTimeFormatter.ofPattern("EEE MMM ", Locale.ROOT)) + day
                    + t.format(DateTimeFormatter.ofPattern(" HH:mm:ss yyyy", Locale.ROOT)));
        });
        return m;
    }
}
