package org.enchufe.kernel.modules;

import org.enchufe.kernel.Process;
import org.enchufe.lang.modules.TimeModule;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.vm.Interpreter;

/**
 * Python's {@code time} module inside a sandbox: the language's, with every clock read from the
 * kernel's, so a program timing its own timeouts ({@code time.monotonic() - t0}) measures what the
 * kernel waited, and {@code time.time()} moves on by as much as a {@code time.sleep} waited (the
 * lessons run on a virtual clock). Monotonic time counts from the sandbox's start, as Linux counts
 * CLOCK_MONOTONIC from boot; wall time from the wall clock's reading at that start.
 */
public final class KernelTimeModule {

    private KernelTimeModule() {
    }

    public static PyModule create(Interpreter in) {
        PyModule m = TimeModule.create(in);
        m.function("monotonic", (i, s, a, k) -> PyFloat.of(sinceBoot(i) / 1e9));
        m.function("perf_counter", (i, s, a, k) -> PyFloat.of(sinceBoot(i) / 1e9));
        m.function("monotonic_ns", (i, s, a, k) -> PyInt.of(sinceBoot(i)));
        m.function("perf_counter_ns", (i, s, a, k) -> PyInt.of(sinceBoot(i)));
        m.function("time_ns", (i, s, a, k) -> PyInt.of(Process.of(i, "time").sandbox().bootEpochNanos() + sinceBoot(i)));
        return m;
    }

    private static long sinceBoot(Interpreter in) {
        Process p = Process.of(in, "time");
        return p.sandbox().clock().nanoTime() - p.sandbox().bootNanos();
    }
}
