package org.enchufe.kernel.modules;

import static org.enchufe.kernel.Signal.SIGCHLD;
import static org.enchufe.kernel.Signal.SIGINT;
import static org.enchufe.kernel.Signal.SIGKILL;
import static org.enchufe.kernel.Signal.SIGSTOP;


import org.enchufe.kernel.Process;
import org.enchufe.kernel.Signal;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyIntEnumMember;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * Python's {@code signal} module as far as a sandbox needs it: Linux's signal numbers (for
 * {@code os.kill}), {@code signal.signal} with handlers written in Python (run in the main thread
 * as soon as the signal comes; a call it sleeps in goes on afterwards, as CPython retries it),
 * SIG_IGN (with SIGCHLD, the idiom that keeps a forking server free of zombies) and SIG_DFL,
 * {@code getsignal} and {@code default_int_handler}; its timers, masks and waits are {@link SignalCalls}.
 */
public final class SignalModule {

    static final PyType SIGNALS = PyIntEnumMember.enumType("signal", "Signals");
    static final PyType HANDLERS = PyIntEnumMember.enumType("signal", "Handlers");
    static final PyType SIGMASKS = PyIntEnumMember.enumType("signal", "Sigmasks");
    /** glibc's aliases, which CPython's enum makes other names of the same members. */
    private static final java.util.Map<String, Signal> ALIASES = java.util.Map.of("SIGIOT", Signal.SIGABRT,
            "SIGCLD", Signal.SIGCHLD, "SIGPOLL", Signal.SIGIO);
    /** strsignal(3)'s texts in glibc, by number; the real-time ones are "Real-time signal N". */
    private static final String[] DESCRIPTIONS = {null, "Hangup", "Interrupt", "Quit", "Illegal instruction",
        "Trace/breakpoint trap", "Aborted", "Bus error", "Floating point exception", "Killed", "User defined signal 1",
        "Segmentation fault", "User defined signal 2", "Broken pipe", "Alarm clock", "Terminated", "Stack fault",
        "Child exited", "Continued", "Stopped (signal)", "Stopped", "Stopped (tty input)", "Stopped (tty output)",
        "Urgent I/O condition", "CPU time limit exceeded", "File size limit exceeded", "Virtual timer expired",
        "Profiling timer expired", "Window changed", "I/O possible", "Power failure", "Bad system call"};

    private SignalModule() {
    }

    private static int checked(int signal) {
        if (signal < 1 || signal > 64) {
            throw PyErrors.valueError("signal number out of range");
        }
        return signal;
    }

    /** What signal.getsignal() answers: the Python handler, SIG_IGN, default_int_handler for SIGINT, or SIG_DFL. */
    private static PyObject current(Process p, int signal, PyObject dfl, PyObject ign, PyObject defaultInt) {
        PyObject handler = p.handler(signal);
        if (handler != null) {
            return handler;
        }
        if (SIGCHLD.is(signal) ? p.ignoresChildren() : p.ignores(signal)) {
            return ign;
        }
        return SIGINT.is(signal) && !p.sigintKills() ? defaultInt : dfl;
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("signal");
        java.util.Map<Signal, PyObject> members = new java.util.EnumMap<>(Signal.class);
        for (Signal s : Signal.values()) {
            PyObject member = new PyIntEnumMember(SIGNALS, s.name(), s.number());
            members.put(s, member);
            m.add(s.name(), member);
        }
        ALIASES.forEach((alias, s) -> m.add(alias, members.get(s)));
        m.add("NSIG", org.enchufe.lang.runtime.PyInt.of(65));
        m.add("SIG_BLOCK", new PyIntEnumMember(SIGMASKS, "SIG_BLOCK", 0));
        m.add("SIG_UNBLOCK", new PyIntEnumMember(SIGMASKS, "SIG_UNBLOCK", 1));
        m.add("SIG_SETMASK", new PyIntEnumMember(SIGMASKS, "SIG_SETMASK", 2));
        m.add("Sigmasks", SIGMASKS);
        m.add("Handlers", HANDLERS);
        m.add("ITIMER_REAL", org.enchufe.lang.runtime.PyInt.of(0));
        m.add("ITIMER_VIRTUAL", org.enchufe.lang.runtime.PyInt.of(1));
        m.add("ITIMER_PROF", org.enchufe.lang.runtime.PyInt.of(2));
        m.function("strsignal", (i, s, a, k) -> {
            Args.range("strsignal", a, k, 1, 1);
            int signal = Ops.index(i, a[0]);
            if (signal < 1 || signal > 64) {
                throw PyErrors.valueError("signal number out of range");
            }
            if (signal < DESCRIPTIONS.length) {
                return org.enchufe.lang.runtime.PyStr.of(DESCRIPTIONS[signal]);
            }
            return signal < 34 ? org.enchufe.lang.runtime.PyNone.NONE
                    : org.enchufe.lang.runtime.PyStr.of("Real-time signal " + (signal - 34));
        });
        m.function("valid_signals", (i, s, a, k) -> {
            Args.none("valid_signals", a, k);
            org.enchufe.lang.runtime.PySet valid = new org.enchufe.lang.runtime.PySet(false);
            for (int n = 1; n <= 64; n++) {
                if (n != 32 && n != 33) {
                    int number = n;
                    valid.add(i, Signal.of(n).map(members::get).orElseGet(() -> org.enchufe.lang.runtime.PyInt.of(number)));
                }
            }
            return valid;
        });
        PyObject dfl = new PyIntEnumMember(HANDLERS, "SIG_DFL", 0);
        PyObject ign = new PyIntEnumMember(HANDLERS, "SIG_IGN", 1);
        m.add("SIG_DFL", dfl);
        m.add("SIG_IGN", ign);
        m.add("Signals", SIGNALS);
        m.function("default_int_handler", (i, s, a, k) -> {
            throw new org.enchufe.lang.runtime.PyRaise(org.enchufe.lang.runtime.PyException.withArgs(
                    org.enchufe.lang.runtime.ExceptionTypes.KEYBOARD_INTERRUPT));
        });
        PyObject defaultInt = m.dict().getStr("default_int_handler");
        m.function("getsignal", (i, s, a, k) -> {
            Args.range("getsignal", a, k, 1, 1);
            int signal = checked(Ops.index(i, a[0]));
            return current(Process.of(i, "signal"), signal, dfl, ign, defaultInt);
        });
        m.function("signal", (i, s, a, k) -> {
            Args.range("signal", a, k, 2, 2);
            int signal = checked(Ops.index(i, a[0]));
            Process p = Process.of(i, "signal");
            if (SIGKILL.is(signal) || SIGSTOP.is(signal)) {
                throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EINVAL);
            }
            boolean ignore = a[1] == ign || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_IGN");
            boolean fallback = a[1] == dfl || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_DFL")
                    || a[1] == defaultInt && SIGINT.is(signal);
            if (!ignore && !fallback && !(a[1] instanceof org.enchufe.lang.runtime.PyFunction)) {
                throw PyErrors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            PyObject previous = current(p, signal, dfl, ign, defaultInt);
            if (SIGCHLD.is(signal)) {
                p.setIgnoresChildren(ignore);
            }
            if (SIGINT.is(signal)) {
                p.setSigintKills(fallback && a[1] != defaultInt);
            }
            p.setDisposition(signal, ignore || fallback ? null : a[1], ignore && !SIGCHLD.is(signal));
            return previous;
        });
        SignalCalls.add(m);
        SignalCalls.addStructs(in, m);
        m.add("__file__", PyStr.of("/usr/lib/python3.11/signal.py"));
        m.add("__builtins__", new PyModule("builtins", in.builtins()));
        return m;
    }
}
