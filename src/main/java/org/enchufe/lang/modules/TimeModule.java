package org.enchufe.lang.modules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
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
        m.function("perf_counter_ns", (i, s, a, k) -> PyInt.of(System.nanoTime() - START));
        // Linux's clock ids; the monotonic ones read what monotonic() reads (the kernel's, in a sandbox).
        String[] clocks = {"CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID",
            "CLOCK_MONOTONIC_RAW", null, null, "CLOCK_BOOTTIME", null, null, null, "CLOCK_TAI"};
        for (int id = 0; id < clocks.length; id++) {
            if (clocks[id] != null) {
                m.add(clocks[id], PyInt.of(id));
            }
        }
        m.function("clock_gettime_ns", (i, s, a, k) -> PyInt.of(clockNanos(i, m, a[0])));
        m.function("clock_gettime", (i, s, a, k) -> PyFloat.of(clockNanos(i, m, a[0]) / 1e9));
        m.function("clock_getres", (i, s, a, k) -> {
            clockNanos(i, m, a[0]);
            return PyFloat.of(1e-09);
        });
        java.time.zone.ZoneRules zone = ZoneId.systemDefault().getRules();
        Instant now = Instant.now();
        int standard = zone.getStandardOffset(now).getTotalSeconds();
        boolean daylight = !zone.getTransitionRules().isEmpty();
        m.add("timezone", PyInt.of(-standard));
        m.add("altzone", PyInt.of(daylight ? -standard - 3600 : -standard));
        m.add("daylight", PyInt.of(daylight ? 1 : 0));
        String name = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ROOT).format(now.atZone(ZoneId.systemDefault()));
        m.add("tzname", org.enchufe.lang.runtime.PyTuple.of(PyStr.of(name), PyStr.of(name)));
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
            long millis = a.length == 0 || a[0] == org.enchufe.lang.runtime.PyNone.NONE ? System.currentTimeMillis()
                    : (long) (Numbers.toDouble(a[0]) * 1000);
            ZonedDateTime t = Instant.ofEpochMilli(millis).atZone(ZoneId.systemDefault());
            String day = String.format(Locale.ROOT, "%2d", t.getDayOfMonth());
            return PyStr.of(t.format(DateTimeFormatter.ofPattern("EEE MMM ", Locale.ROOT)) + day
                    + t.format(DateTimeFormatter.ofPattern(" HH:mm:ss yyyy", Locale.ROOT)));
        });
        return m;
    }

    /** clock_gettime: CLOCK_REALTIME and CLOCK_TAI from time_ns(), the others from monotonic_ns(). */
    private static long clockNanos(Interpreter in, PyModule m, PyObject id) {
        int clock = Ops.index(in, id);
        String name = switch (clock) {
            case 0, 11 -> "time_ns";
            case 1, 2, 3, 4, 7 -> "monotonic_ns";
            default -> throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EINVAL);
        };
        return ((PyInt) in.call(m.dict().getStr(name), new PyObject[0], org.enchufe.lang.runtime.PyBuiltin.NO_KEYWORDS)).asLong();
    }
}
