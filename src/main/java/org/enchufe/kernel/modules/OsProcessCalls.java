package org.enchufe.kernel.modules;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.Signal;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * The os module's calls about processes beyond fork and wait: the sandbox's user, process groups
 * and sessions (killpg), wait3/wait4/waitid with what the sandbox can say of a child's resources,
 * times, uname, cpu_count and abort.
 */
final class OsProcessCalls {

    private static final int WNOHANG = 1;
    private static final int WEXITED = 4;
    private static final int WSTOPPED = 2;
    private static final int WCONTINUED = 8;
    private static final int WNOWAIT = 0x1000000;
    private static final int P_ALL = 0;
    private static final int P_PID = 1;
    private static final int P_PGID = 2;
    private static final int CLD_EXITED = 1;
    private static final int CLD_KILLED = 2;

    private OsProcessCalls() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "os");
    }

    static void add(PyModule m) {
        for (String name : new String[] {"getuid", "geteuid", "getgid", "getegid"}) {
            m.function(name, (i, s, a, k) -> {
                Args.none(name, a, k);
                process(i);
                return PyInt.of(Process.UID);
            });
        }
        groups(m);
        waits(m);
        m.function("times", (i, s, a, k) -> {
            Args.none("times", a, k);
            Process p = process(i);
            // Clock ticks of 1/100 s, as times(2) counts them; the sandbox measures no system time apart.
            long elapsed = (p.sandbox().clock().nanoTime() - p.sandbox().bootNanos()) / 10_000_000L;
            return PosixHelper.struct(i, "times_result", ticks(p.cpuSeconds()), PyFloat.of(0.0),
                    ticks(p.childrenCpuSeconds()), PyFloat.of(0.0), PyFloat.of(elapsed / 100.0));
        });
        m.function("uname", (i, s, a, k) -> {
            Args.none("uname", a, k);
            Process p = process(i);
            return PosixHelper.struct(i, "uname_result", PyStr.of("Linux"), PyStr.of(p.network().name()),
                    PyStr.of(RELEASE), PyStr.of(VERSION), PyStr.of("x86_64"));
        });
        m.function("cpu_count", (i, s, a, k) -> {
            Args.none("cpu_count", a, k);
            // A sandbox's processes take turns on one worker: one CPU is what it has.
            return PyInt.of(1);
        });
        m.function("abort", (i, s, a, k) -> {
            Args.none("abort", a, k);
            process(i);
            // SIGABRT's default action whatever its disposition: abort() ends the process, no atexit, no flush.
            throw new BlockSignal(new KernelCall.Killed(Signal.SIGABRT.number()));
        });
    }

    /** What uname() says of the sandbox's kernel (docs/language.md). */
    static final String RELEASE = "6.1.0-enchufe";
    static final String VERSION = "#1 SMP PREEMPT_DYNAMIC Debian 6.1.0";

    private static PyObject ticks(double seconds) {
        return PyFloat.of(Math.floor(seconds * 100) / 100);
    }

    private static void groups(PyModule m) {
        m.function("getpgrp", (i, s, a, k) -> {
            Args.none("getpgrp", a, k);
            return PyInt.of(process(i).pgid());
        });
        m.function("setpgrp", (i, s, a, k) -> {
            Args.none("setpgrp", a, k);
            process(i).leadOwnGroup();
            return PyNone.NONE;
        });
        m.function("getpgid", (i, s, a, k) -> PyInt.of(named(i, Ops.index(i, Args.one("getpgid", a, k))).pgid()));
        m.function("getsid", (i, s, a, k) -> PyInt.of(named(i, Ops.index(i, Args.one("getsid", a, k))).sid()));
        m.function("killpg", (i, s, a, k) -> {
            Args.range("killpg", a, k, 2, 2);
            int pgid = Ops.index(i, a[0]);
            int signal = Ops.index(i, a[1]);
            Process p = process(i);
            if (pgid < 0 || signal < 0 || signal > 64) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            signalGroup(p, pgid == 0 ? p.pgid() : pgid, signal);
            return PyNone.NONE;
        });
    }

    /**
     * killpg(), and os.kill() with 0 or -pgid: {@code signal} to every process of {@code group}
     * (zombies count, as Linux's do); ProcessLookupError when it has none.
     */
    static void signalGroup(Process p, int group, int signal) {
        java.util.List<Process> members = p.sandbox().processes().values().stream()
                .filter(q -> q.pgid() == group && q.state() != ProcessState.EXITED).toList();
        if (members.isEmpty()) {
            throw PyErrors.osError(Errno.ESRCH);
        }
        // The others first: a signal that ends or interrupts the sender must not stop it reaching them.
        for (Process q : members) {
            if (q != p) {
                p.sandbox().signal(p, q.pid(), signal);
            }
        }
        if (members.contains(p)) {
            p.sandbox().signal(p, p.pid(), signal);
        }
    }

    /** The process {@code pid} names (0: the caller), zombies included; ProcessLookupError when none. */
    private static Process named(Interpreter in, int pid) {
        Process p = process(in);
        if (pid == 0) {
            return p;
        }
        Process q = p.sandbox().processes().get(pid);
        if (q == null || q.state() == ProcessState.EXITED) {
            throw PyErrors.osError(Errno.ESRCH);
        }
        return q;
    }

    private static void waits(PyModule m) {
        m.function("wait3", (i, s, a, k) -> {
            PyObject[] b = Args.bind("wait3", a, k, 1, "options");
            return wait4(i, -1, Ops.index(i, b[0]));
        });
        m.function("wait4", (i, s, a, k) -> {
            PyObject[] b = Args.bind("wait4", a, k, 2, "pid", "options");
            return wait4(i, Ops.index(i, b[0]), Ops.index(i, b[1]));
        });
        m.function("waitid", (i, s, a, k) -> {
            Args.range("waitid", a, k, 3, 3);
            int idtype = Ops.index(i, a[0]);
            int id = Ops.index(i, a[1]);
            int options = Ops.index(i, a[2]);
            return waitid(i, idtype, id, options);
        });
    }

    private static PyObject wait4(Interpreter in, int pid, int options) {
        Process p = process(in);
        java.util.function.Function<Process, PyObject> answer = child -> PyTuple.of(PyInt.of(child.pid()),
                PyInt.of(child.status()), rusage(in, child));
        return collect(p, pid, options, answer, PyTuple.of(PyInt.of(0), PyInt.of(0), rusage(in, null)));
    }

    private static PyObject waitid(Interpreter in, int idtype, int id, int options) {
        Process p = process(in);
        if ((options & (WEXITED | WSTOPPED | WCONTINUED)) == 0 || idtype < P_ALL || idtype > P_PGID) {
            throw PyErrors.osError(Errno.EINVAL);
        }
        // As waitpid's pid: -1 any child, 0 the caller's group, -pgid that group's.
        int pid = switch (idtype) {
            case P_PID -> id;
            case P_PGID -> id == 0 ? 0 : -id;
            default -> -1;
        };
        java.util.function.Function<Process, PyObject> answer = child -> {
            int status = child.status();
            boolean killed = (status & 0x7F) != 0;
            return PosixHelper.struct(in, "waitid_result", PyInt.of(child.pid()), PyInt.of(Process.UID),
                    PyInt.of(Signal.SIGCHLD.number()), PyInt.of(killed ? status & 0x7F : (status >> 8) & 0xFF),
                    PyInt.of(killed ? CLD_KILLED : CLD_EXITED));
        };
        if ((options & WNOWAIT) != 0) {
            // The child stays a zombie: a later wait collects it.
            if (!p.sandbox().hasChild(p, pid)) {
                throw PyErrors.osError(Errno.ECHILD);
            }
            Process ended = p.sandbox().waitableChild(p, pid);
            if (ended != null) {
                return answer.apply(ended);
            }
            if ((options & WNOHANG) != 0) {
                return PyNone.NONE;
            }
            throw new BlockSignal(new KernelCall.WaitChild(pid, answer, false));
        }
        return collect(p, pid, options, answer, PyNone.NONE);
    }

    /** A child collected now, {@code nothing} with WNOHANG when none has ended, or asleep until one does. */
    private static PyObject collect(Process p, int pid, int options, java.util.function.Function<Process, PyObject> answer,
                                    PyObject nothing) {
        if (!p.sandbox().hasChild(p, pid)) {
            throw PyErrors.osError(Errno.ECHILD);
        }
        PyObject collected = p.sandbox().collectNow(p, pid);
        if (collected != null) {
            int childPid = Ops.index(p.interpreter(), ((PyTuple) collected).get(0));
            return answer.apply(p.sandbox().processes().get(childPid));
        }
        if ((options & WNOHANG) != 0) {
            return nothing;
        }
        throw new BlockSignal(new KernelCall.WaitChild(pid, answer, true));
    }

    /**
     * resource.struct_rusage of a collected child: its user time is the time it and its own
     * collected children ran in the interpreter; what the sandbox does not measure (system time,
     * memory, faults, context switches) is 0.
     */
    private static PyObject rusage(Interpreter in, Process child) {
        PyObject[] values = new PyObject[16];
        values[0] = PyFloat.of(child == null ? 0.0 : child.cpuSeconds() + child.childrenCpuSeconds());
        values[1] = PyFloat.of(0.0);
        for (int n = 2; n < 16; n++) {
            values[n] = PyInt.of(0);
        }
        return PosixHelper.struct(in, "struct_rusage", values);
    }
}
