package org.enchufe.kernel.modules;

import java.util.Set;
import java.util.TreeSet;

import org.enchufe.kernel.IntervalTimers;
import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Signal;
import org.enchufe.kernel.SignalOrigin;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyException;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyIntEnumMember;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyRaise;
import org.enchufe.lang.runtime.PySet;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * The signal module's timers and waits: alarm, setitimer/getitimer (on the kernel's clock, see
 * {@link IntervalTimers}), pause, raise_signal, pthread_kill, siginterrupt, pthread_sigmask,
 * sigpending and the sigwait family. Masks and waits are the process's: its handlers run in its
 * main thread, as CPython's do.
 */
final class SignalCalls {

    static final PyType ITIMER_ERROR = PyType.builtin("signal", "itimer_error", ExceptionTypes.OS_ERROR)
            .withConstructor(PyException::construct);

    private SignalCalls() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "signal");
    }

    static void add(PyModule m) {
        m.add("ItimerError", ITIMER_ERROR);
        timers(m);
        waits(m);
    }

    /** struct_siginfo is posix.py's class: the module's name for it once the process has loaded it. */
    static void addStructs(Interpreter in, PyModule m) {
        m.add("struct_siginfo", PosixHelper.get(in, "struct_siginfo"));
    }

    private static void timers(PyModule m) {
        m.function("alarm", (i, s, a, k) -> {
            int seconds = Ops.index(i, Args.one("alarm", a, k));
            Process p = process(i);
            long now = p.sandbox().clock().nanoTime();
            IntervalTimers.Setting old = p.timers().set(IntervalTimers.REAL, Math.max(0, seconds) * 1_000_000_000L, 0, now);
            return PyInt.of(alarmSeconds(old.value()));
        });
        m.function("setitimer", (i, s, a, k) -> {
            Args.range("setitimer", a, k, 2, 3);
            int which = Ops.index(i, a[0]);
            long value = timeval(a[1]);
            long interval = a.length > 2 ? timeval(a[2]) : 0;
            if (which < 0 || which > 2 || value < 0 || interval < 0) {
                throw itimerError();
            }
            Process p = process(i);
            return pair(p.timers().set(which, value, interval, p.sandbox().clock().nanoTime()));
        });
        m.function("getitimer", (i, s, a, k) -> {
            int which = Ops.index(i, Args.one("getitimer", a, k));
            if (which < 0 || which > 2) {
                throw itimerError();
            }
            Process p = process(i);
            return pair(p.timers().get(which, p.sandbox().clock().nanoTime()));
        });
    }

    /** alarm()'s answer: the seconds the previous alarm had left, rounded as Linux rounds them (never 0 while armed). */
    private static long alarmSeconds(long nanos) {
        if (nanos <= 0) {
            return 0;
        }
        long micros = nanos / 1000;
        long seconds = micros / 1_000_000 + (micros % 1_000_000 >= 500_000 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** A number of seconds as a timeval, in nanoseconds rounded up to the microsecond, as CPython converts it. */
    private static long timeval(PyObject seconds) {
        if (!Numbers.isNumber(seconds)) {
            throw PyErrors.typeError("'" + seconds.type().name() + "' object cannot be interpreted as an integer");
        }
        return (long) Math.ceil(Numbers.toDouble(seconds) * 1e6) * 1000;
    }

    private static PyObject pair(IntervalTimers.Setting setting) {
        return PyTuple.of(PyFloat.of(setting.value() / 1000 / 1e6), PyFloat.of(setting.interval() / 1000 / 1e6));
    }

    private static PyRaise itimerError() {
        return new PyRaise(PyException.withArgs(ITIMER_ERROR, PyInt.of(Errno.EINVAL.number()),
                PyStr.of(Errno.EINVAL.message())));
    }

    private static void waits(PyModule m) {
        m.function("pause", (i, s, a, k) -> {
            Args.none("pause", a, k);
            process(i);
            throw new BlockSignal(new KernelCall.Pause());
        });
        m.function("raise_signal", (i, s, a, k) -> {
            int signal = Ops.index(i, Args.one("raise_signal", a, k));
            Process p = process(i);
            if (signal < 0 || signal > 64 || signal == 32 || signal == 33) {
                // raise(3) refuses what is no signal, and the two glibc keeps for its threads.
                throw PyErrors.osError(Errno.EINVAL);
            }
            if (signal == 0) {
                return PyNone.NONE;
            }
            p.sandbox().raiseSignal(p, signal);
            return PyNone.NONE;
        });
        m.function("pthread_kill", (i, s, a, k) -> {
            Args.range("pthread_kill", a, k, 2, 2);
            long thread = Ops.index(i, a[0]);
            int signal = Ops.index(i, a[1]);
            Process p = process(i);
            if (p.tasks().stream().noneMatch(t -> t.tid() == thread)) {
                throw PyErrors.osError(Errno.ESRCH);
            }
            if (signal < 0 || signal > 64 || signal == 32 || signal == 33) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            if (signal != 0) {
                // Its handler runs in the main thread whichever thread it was sent to, as CPython's do.
                p.sandbox().raiseSignal(p, signal);
            }
            return PyNone.NONE;
        });
        m.function("siginterrupt", (i, s, a, k) -> {
            Args.range("siginterrupt", a, k, 2, 2);
            int signal = Ops.index(i, a[0]);
            Ops.index(i, a[1]);
            if (signal < 1 || signal > 64) {
                throw PyErrors.valueError("signal number out of range");
            }
            if (Signal.SIGKILL.is(signal) || Signal.SIGSTOP.is(signal)) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            // With PEP 475 a call a handler interrupts is retried either way; SA_RESTART changes nothing a program sees.
            return PyNone.NONE;
        });
        m.function("pthread_sigmask", (i, s, a, k) -> {
            Args.range("pthread_sigmask", a, k, 2, 2);
            int how = Ops.index(i, a[0]);
            Set<Integer> given = sigset(i, a[1]);
            if (how < 0 || how > 2) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            Process p = process(i);
            Set<Integer> old = p.signalMask();
            Set<Integer> mask = new TreeSet<>(old);
            switch (how) {
                case 0 -> mask.addAll(given);
                case 1 -> mask.removeAll(given);
                default -> mask = given;
            }
            p.setSignalMask(mask);
            PyObject result = members(i, old);
            p.sandbox().unblocked(p, result);
            return result;
        });
        m.function("sigpending", (i, s, a, k) -> {
            Args.none("sigpending", a, k);
            return members(i, process(i).pendingBlocked());
        });
        m.function("sigwait", (i, s, a, k) -> {
            Set<Integer> wanted = sigset(i, Args.one("sigwait", a, k));
            return await(i, wanted, -1, origin -> PyInt.of(origin.signal()));
        });
        m.function("sigwaitinfo", (i, s, a, k) -> {
            Set<Integer> wanted = sigset(i, Args.one("sigwaitinfo", a, k));
            return await(i, wanted, -1, origin -> siginfo(i, origin));
        });
        m.function("sigtimedwait", (i, s, a, k) -> {
            Args.range("sigtimedwait", a, k, 2, 2);
            Set<Integer> wanted = sigset(i, a[0]);
            if (!Numbers.isNumber(a[1])) {
                throw PyErrors.typeError("'" + a[1].type().name() + "' object cannot be interpreted as an integer");
            }
            double timeout = Numbers.toDouble(a[1]);
            if (timeout < 0) {
                throw PyErrors.valueError("timeout must be non-negative");
            }
            return await(i, wanted, (long) (timeout * 1e9), origin -> siginfo(i, origin));
        });
    }

    /** A pending signal of {@code wanted} now, or asleep until one comes ({@code timeoutNanos} ≥ 0: None after it). */
    private static PyObject await(Interpreter in, Set<Integer> wanted, long timeoutNanos,
                                  java.util.function.Function<SignalOrigin, PyObject> answer) {
        Process p = process(in);
        SignalOrigin pending = p.takePending(wanted);
        if (pending != null) {
            return answer.apply(pending);
        }
        if (timeoutNanos == 0) {
            return PyNone.NONE;
        }
        throw new BlockSignal(new KernelCall.SigWait(wanted, timeoutNanos, answer));
    }

    private static PyObject siginfo(Interpreter in, SignalOrigin origin) {
        return PosixHelper.struct(in, "struct_siginfo", PyInt.of(origin.signal()), PyInt.of(origin.code()), PyInt.of(0),
                PyInt.of(origin.pid()), PyInt.of(origin.uid()), PyInt.of(0), PyInt.of(0));
    }

    /** A set of signals as CPython's sigset converter reads it: any iterable of numbers in 1–64. */
    private static Set<Integer> sigset(Interpreter in, PyObject iterable) {
        Set<Integer> signals = new TreeSet<>();
        PyObject it = Ops.iter(in, iterable);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            int signal = Ops.index(in, x);
            if (signal < 1 || signal > 64) {
                throw PyErrors.valueError("signal number " + signal + " out of range [1; 64]");
            }
            signals.add(signal);
        }
        return signals;
    }

    /** A set of signals as CPython returns them: Signals members where Linux names them. */
    private static PyObject members(Interpreter in, Set<Integer> signals) {
        PySet set = new PySet(false);
        for (int n : signals) {
            set.add(in, Signal.of(n).<PyObject>map(sig -> new PyIntEnumMember(SignalModule.SIGNALS, sig.name(), n))
                    .orElseGet(() -> PyInt.of(n)));
        }
        return set;
    }
}
