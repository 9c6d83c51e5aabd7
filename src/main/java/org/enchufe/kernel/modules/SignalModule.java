package org.enchufe.kernel.modules;

import static org.enchufe.kernel.Signal.SIGALRM;
import static org.enchufe.kernel.Signal.SIGCHLD;
import static org.enchufe.kernel.Signal.SIGHUP;
import static org.enchufe.kernel.Signal.SIGINT;
import static org.enchufe.kernel.Signal.SIGKILL;
import static org.enchufe.kernel.Signal.SIGPIPE;
import static org.enchufe.kernel.Signal.SIGQUIT;
import static org.enchufe.kernel.Signal.SIGSEGV;
import static org.enchufe.kernel.Signal.SIGSTOP;
import static org.enchufe.kernel.Signal.SIGTERM;
import static org.enchufe.kernel.Signal.SIGUSR1;
import static org.enchufe.kernel.Signal.SIGUSR2;

import java.util.List;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.Signal;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyIntEnumMember;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.Interpreter;

/**
 * Python's {@code signal} module as far as a sandbox needs it: Linux's signal numbers (for
 * {@code os.kill}), {@code signal.signal} with handlers written in Python (run in the main thread
 * as soon as the signal comes; a call it sleeps in goes on afterwards, as CPython retries it),
 * SIG_IGN (with SIGCHLD, the idiom that keeps a forking server free of zombies) and SIG_DFL,
 * {@code getsignal} and {@code default_int_handler}.
 */
public final class SignalModule {

    static final PyType SIGNALS = PyIntEnumMember.enumType("signal", "Signals");
    static final PyType HANDLERS = PyIntEnumMember.enumType("signal", "Handlers");
    /** The signals the module names, as it always has: the ones a socket course meets. */
    private static final List<Signal> NAMED = List.of(SIGHUP, SIGINT, SIGQUIT, SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2,
            SIGPIPE, SIGALRM, SIGTERM, SIGCHLD);

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
        for (Signal s : NAMED) {
            m.add(s.name(), new PyIntEnumMember(SIGNALS, s.name(), s.number()));
        }
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
        return m;
    }
}
