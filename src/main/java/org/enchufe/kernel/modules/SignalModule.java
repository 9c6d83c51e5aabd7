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
 * {@code os.kill}) and {@code signal.signal(SIGCHLD, SIG_IGN)}, the idiom that keeps a forking
 * server free of zombies. Handlers written in Python are not run yet.
 */
public final class SignalModule {

    static final PyType SIGNALS = PyIntEnumMember.enumType("signal", "Signals");
    static final PyType HANDLERS = PyIntEnumMember.enumType("signal", "Handlers");
    private static final int SIGCHLD = 17;

    private SignalModule() {
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
        m.function("signal", (i, s, a, k) -> {
            Args.range("signal", a, k, 2, 2);
            int signal = Ops.index(i, a[0]);
            Process p = Process.of(i, "signal");
            if (signal < 1 || signal > 64) {
                throw PyErrors.valueError("signal number out of range");
            }
            if (signal == 9 || signal == 19) {
                throw PyErrors.osError(org.enchufe.lang.runtime.Errno.EINVAL);
            }
            boolean ignore = a[1] == ign || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_IGN");
            boolean fallback = a[1] == dfl || a[1] instanceof PyIntEnumMember h && h.name().equals("SIG_DFL");
            if (!ignore && !fallback) {
                throw PyErrors.notImplemented("signal handlers written in Python");
            }
            PyObject previous = signal == SIGCHLD && p.ignoresChildren() ? ign : dfl;
            if (signal == SIGCHLD) {
                p.setIgnoresChildren(ignore);
            } else if (ignore) {
                throw PyErrors.notImplemented("ignoring signal " + signal);
            }
            return previous;
        });
        return m;
    }
}
