package org.enchufe.kernel.modules;

import org.enchufe.kernel.Process;
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
    private static final int SIGCHLD = 17;

    private static final int SIGINT = 2;

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
        if (signal == SIGCHLD ? p.ignoresChildren() : p.ignores(signal)) {
            return ign;
        }
        return signal == SIGINT && !p.sigintKills() ? defaultInt : dfl;
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("signal");
        Object[][] signals = {{"SIGHUP", 1}, {"SIGINT", 2}, {"SIGQUIT", 3}, {"SIGKILL", 9}, {"SIGUSR1", 10}, {"SIGSEGV", 11},
            {"SIGUSR2", 12}, {"SIGPIPE", 13}, {"SIGALRM", 14}, {"SIGTERM", 15}, {"SIGCHLD", SIGCHLD}};
        for (Object[] s : signals) {
            m.add((String) s[0], new PyIntEnumMember(SIGNALS, (String) s[0], (Integer) s[1]));
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
            if (signal == 9 || signal == 19) {
                throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EINVAL);
            }
            boolean ignore = a[1] == ign || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_IGN");
            boolean fallback = a[1] == dfl || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_DFL")
                    || a[1] == defaultInt && signal == SIGINT;
            if (!ignore && !fallback && !(a[1] instanceof org.enchufe.lang.runtime.PyFunction)) {
                throw PyErrors.typeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            }
            PyObject previous = current(p, signal, dfl, ign, defaultInt);
            if (signal == SIGCHLD) {
                p.setIgnoresChildren(ignore);
            }
            if (signal == SIGINT) {
                p.setSigintKills(fallback && a[1] != defaultInt);
            }
            p.setDisposition(signal, ignore || fallback ? null : a[1], ignore && signal != SIGCHLD);
            return previous;
        });
        return m;
    }
}
