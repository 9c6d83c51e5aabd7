package org.enchufe.lang.modules;

import java.time.Instant;

import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PySimpleNamespace;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Suspension;

/**
 * The time module: clocks, sleep through the host's scheduler (no thread is held), struct_time
 * and its conversions. The zone is UTC, a sandbox's only one; every reading of "now" goes through
 * the module's own {@code time_ns}, which a sandbox replaces with its kernel's clock.
 */
public final class TimeModule {

    private static final long START = System.nanoTime();

    private TimeModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("time");
        clocks(m);
        zone(m);
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
        conversions(m);
        return m;
    }

    /** time, monotonic, perf_counter, the CPU clocks and clock_gettime, with get_clock_info saying what each is. */
    private static void clocks(PyModule m) {
        m.function("time", (i, s, a, k) -> PyFloat.of(now(i, m) / 1e9));
        m.function("time_ns", (i, s, a, k) -> {
            Instant t = Instant.now();
            return PyInt.of(t.getEpochSecond() * 1_000_000_000L + t.getNano());
        });
        m.function("monotonic", (i, s, a, k) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        m.function("perf_counter", (i, s, a, k) -> PyFloat.of((System.nanoTime() - START) / 1e9));
        m.function("monotonic_ns", (i, s, a, k) -> PyInt.of(System.nanoTime() - START));
        m.function("perf_counter_ns", (i, s, a, k) -> PyInt.of(System.nanoTime() - START));
        m.function("process_time", (i, s, a, k) -> PyFloat.of(i.cpuTimeNanos() / 1e9));
        m.function("process_time_ns", (i, s, a, k) -> PyInt.of(i.cpuTimeNanos()));
        m.function("thread_time", (i, s, a, k) -> PyFloat.of(i.threadCpuTimeNanos() / 1e9));
        m.function("thread_time_ns", (i, s, a, k) -> PyInt.of(i.threadCpuTimeNanos()));
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
        m.function("get_clock_info", (i, s, a, k) -> {
            PyObject name = Args.one("get_clock_info", a, k);
            if (!(name instanceof PyStr clock)) {
                throw PyErrors.typeError("get_clock_info() argument 1 must be str, not " + name.type().name());
            }
            String id = switch (clock.value()) {
                case "time" -> "CLOCK_REALTIME";
                case "monotonic", "perf_counter" -> "CLOCK_MONOTONIC";
                case "process_time" -> "CLOCK_PROCESS_CPUTIME_ID";
                case "thread_time" -> "CLOCK_THREAD_CPUTIME_ID";
                default -> throw PyErrors.valueError("unknown clock");
            };
            boolean realtime = clock.value().equals("time");
            return new PySimpleNamespace().put("implementation", PyStr.of("clock_gettime(" + id + ")"))
                    .put("monotonic", PyBool.of(!realtime)).put("adjustable", PyBool.of(realtime))
                    .put("resolution", PyFloat.of(1e-09));
        });
        m.add("_STRUCT_TM_ITEMS", PyInt.of(11));
    }

    /** The sandbox's zone: UTC, without daylight saving time. */
    private static void zone(PyModule m) {
        m.add("timezone", PyInt.of(0));
        m.add("altzone", PyInt.of(0));
        m.add("daylight", PyInt.of(0));
        m.add("tzname", PyTuple.of(PyStr.of("UTC"), PyStr.of("UTC")));
    }

    /** struct_time and the functions between it, seconds since the epoch and text. */
    private static void conversions(PyModule m) {
        m.add("struct_time", StructTime.KIND.type());
        m.function("gmtime", (i, s, a, k) -> {
            Args.range("gmtime", a, k, 0, 1);
            Long seconds = StructTime.seconds(i, a);
            return StructTime.at(seconds != null ? seconds : Math.floorDiv(now(i, m), 1_000_000_000L), "GMT");
        });
        m.function("localtime", (i, s, a, k) -> {
            Args.range("localtime", a, k, 0, 1);
            return localtime(i, m, StructTime.seconds(i, a));
        });
        m.function("mktime", (i, s, a, k) -> {
            PyObject t = Args.one("mktime", a, k);
            return PyFloat.of((double) StructTime.forMktime(i, t).epochSeconds());
        });
        m.function("asctime", (i, s, a, k) -> {
            Args.range("asctime", a, k, 0, 1);
            PyObject t = a.length == 0 ? localtime(i, m, null) : a[0];
            return PyStr.of(StructTime.asctime(StructTime.fromTuple(i, t, "asctime")));
        });
        m.function("ctime", (i, s, a, k) -> {
            Args.range("ctime", a, k, 0, 1);
            return PyStr.of(StructTime.asctime(StructTime.fromTuple(i, localtime(i, m, StructTime.seconds(i, a)), "ctime")));
        });
        m.function("strftime", (i, s, a, k) -> {
            Args.range("strftime", a, k, 1, 2);
            if (!(a[0] instanceof PyStr format)) {
                throw PyErrors.typeError("strftime() argument 1 must be str, not " + a[0].type().name());
            }
            if (format.value().indexOf('\0') >= 0) {
                throw PyErrors.valueError("embedded null character");
            }
            PyObject t = a.length == 1 ? localtime(i, m, null) : a[1];
            return PyStr.of(Strftime.format(format.value(), StructTime.fromTuple(i, t, "strftime")));
        });
        m.function("strptime", (i, s, a, k) -> {
            // CPython's strptime calls _strptime._strptime_time, a Python function, which counts the arguments.
            if (a.length == 0) {
                throw PyErrors.typeError("_strptime_time() missing 1 required positional argument: 'data_string'");
            }
            if (a.length > 2) {
                throw PyErrors.typeError("_strptime_time() takes from 1 to 2 positional arguments but " + a.length + " were given");
            }
            for (int n = 0; n < a.length; n++) {
                if (!(a[n] instanceof PyStr)) {
                    throw PyErrors.typeError("strptime() argument " + n + " must be str, not " + Ops.repr(i, a[n].type()));
                }
            }
            return Strptime.parse(((PyStr) a[0]).value(), a.length == 1 ? "%a %b %d %H:%M:%S %Y" : ((PyStr) a[1]).value());
        });
    }

    private static PyObject localtime(Interpreter in, PyModule m, Long seconds) {
        return StructTime.at(seconds != null ? seconds : Math.floorDiv(now(in, m), 1_000_000_000L), "UTC");
    }

    /** Now, in nanoseconds since the epoch: the module's time_ns(), the kernel's in a sandbox. */
    private static long now(Interpreter in, PyModule m) {
        return ((PyInt) in.call(m.dict().getStr("time_ns"), new PyObject[0], PyBuiltin.NO_KEYWORDS)).asLong();
    }

    /** clock_gettime: CLOCK_REALTIME and CLOCK_TAI from time_ns(), the CPU clocks from the interpreter's, the others from monotonic_ns(). */
    private static long clockNanos(Interpreter in, PyModule m, PyObject id) {
        int clock = Ops.index(in, id);
        String name = switch (clock) {
            case 0, 11 -> "time_ns";
            case 2 -> "process_time_ns";
            case 3 -> "thread_time_ns";
            case 1, 4, 7 -> "monotonic_ns";
            default -> throw PyErrors.osError(Errno.EINVAL);
        };
        return ((PyInt) in.call(m.dict().getStr(name), new PyObject[0], PyBuiltin.NO_KEYWORDS)).asLong();
    }
}
