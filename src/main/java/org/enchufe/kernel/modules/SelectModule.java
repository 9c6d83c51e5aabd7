package org.enchufe.kernel.modules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Readiness;
import org.enchufe.kernel.SocketCalls;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBuiltin;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyList;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * Python's {@code select} module: {@code select.select}, {@code select.poll} and
 * {@code select.epoll} ({@link PyEpoll}) over sockets and the console, with CPython's argument checks. A call with nothing ready suspends the process
 * until one of its descriptors is ready or its timeout passes.
 */
public final class SelectModule {

    private SelectModule() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "select");
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("select");
        m.add("error", ExceptionTypes.OS_ERROR);
        m.add("POLLIN", PyInt.of(Readiness.POLLIN));
        m.add("POLLPRI", PyInt.of(Readiness.POLLPRI));
        m.add("POLLOUT", PyInt.of(Readiness.POLLOUT));
        m.add("POLLERR", PyInt.of(Readiness.POLLERR));
        m.add("POLLHUP", PyInt.of(Readiness.POLLHUP));
        m.add("POLLNVAL", PyInt.of(Readiness.POLLNVAL));
        m.add("POLLRDNORM", PyInt.of(64));
        m.add("POLLWRNORM", PyInt.of(256));
        // The rest of Linux's poll and epoll bits, as CPython's module has them.
        Object[] more = {"POLLRDBAND", 128, "POLLWRBAND", 512, "POLLMSG", 1024, "POLLRDHUP", 8192, "PIPE_BUF", 4096,
            "EPOLLIN", 1, "EPOLLPRI", 2, "EPOLLOUT", 4, "EPOLLERR", 8, "EPOLLHUP", 16, "EPOLLRDNORM", 64, "EPOLLRDBAND", 128,
            "EPOLLWRNORM", 256, "EPOLLWRBAND", 512, "EPOLLMSG", 1024, "EPOLLRDHUP", 8192, "EPOLLEXCLUSIVE", 268435456,
            "EPOLLONESHOT", 1073741824, "EPOLL_CLOEXEC", 524288};
        for (int n = 0; n < more.length; n += 2) {
            m.add((String) more[n], PyInt.of((Integer) more[n + 1]));
        }
        m.add("EPOLLET", PyInt.of(2147483648L));
        m.function("select", SelectModule::select);
        m.function("poll", (i, s, a, k) -> new Poll());
        m.add("epoll", PyEpoll.TYPE);
        // CPython's select is an extension module: its file is a shared library.
        m.add("__file__", PyStr.of("/usr/lib/python3.11/lib-dynload/select.cpython-311-x86_64-linux-gnu.so"));
        return m;
    }

    /** An object of a select() list and the descriptor it stands for. */
    private record Entry(PyObject object, int fd) {
    }

    private static PyObject select(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        Args.range("select", a, k, 3, 4);
        List<List<Entry>> lists = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lists.add(entries(in, a[i]));
        }
        long timeout = a.length < 4 || a[3] == PyNone.NONE ? -1 : timeout(a[3]);
        Process p = process(in);
        List<Integer> read = fds(lists.get(0));
        List<Integer> write = fds(lists.get(1));
        List<Integer> except = fds(lists.get(2));
        long deadline = p.sandbox().clock().nanoTime() + Math.max(0, timeout);
        KernelCall.Attempt attempt = () -> {
            Readiness.Ready ready = Readiness.select(p, read, write, except, timeout);
            if (!ready.any()) {
                return null;
            }
            Readiness.reportSelect(p, read, write, except, timeout, Math.max(0, deadline - p.sandbox().clock().nanoTime()), ready);
            return result(lists, ready);
        };
        KernelCall.Attempt timedOut = () -> {
            Readiness.Ready none = Readiness.Ready.NONE;
            Readiness.reportSelect(p, read, write, except, timeout, 0, none);
            return result(lists, none);
        };
        PyObject now = attempt.tryNow();
        if (now != null) {
            return now;
        }
        if (timeout == 0) {
            return timedOut.tryNow();
        }
        throw new BlockSignal(waitFor("select", p, read, write, timeout, attempt, timedOut));
    }

    /**
     * The wait of a select() or poll(). A connect() nobody answers (a firewall drops it) settles
     * with ETIMEDOUT at its deadline, with no channel to wake the wait: it wakes by then.
     */
    private static KernelCall.Io waitFor(String call, Process p, List<Integer> read, List<Integer> write, long timeout,
                                         KernelCall.Attempt attempt, KernelCall.Attempt timedOut) {
        long soonest = write.stream().mapToLong(fd -> SocketCalls.unansweredFor(p, fd)).filter(n -> n >= 0).min().orElse(-1);
        long wake = soonest + 2_000_000L;
        if (soonest >= 0 && (timeout < 0 || wake < timeout)) {
            KernelCall.Attempt settled = () -> {
                PyObject ready = attempt.tryNow();
                return ready != null ? ready : timedOut.tryNow();
            };
            return new KernelCall.Io(call, -1, Readiness.waits(p, read, write), wake, attempt, settled);
        }
        return new KernelCall.Io(call, -1, Readiness.waits(p, read, write), timeout, attempt, timedOut);
    }

    private static PyObject result(List<List<Entry>> lists, Readiness.Ready ready) {
        PyList r = new PyList();
        PyList w = new PyList();
        for (Entry e : lists.get(0)) {
            if (ready.read().contains(e.fd())) {
                r.append(e.object());
            }
        }
        for (Entry e : lists.get(1)) {
            if (ready.write().contains(e.fd())) {
                w.append(e.object());
            }
        }
        PyList x = new PyList();
        for (Entry e : lists.get(2)) {
            if (ready.except().contains(e.fd())) {
                x.append(e.object());
            }
        }
        return PyTuple.of(r, w, x);
    }

    private static List<Integer> fds(List<Entry> entries) {
        return entries.stream().map(Entry::fd).toList();
    }

    private static List<Entry> entries(Interpreter in, PyObject sequence) {
        if (!(sequence instanceof PyList) && !(sequence instanceof PyTuple) && !(sequence instanceof org.enchufe.lang.runtime.PySet)) {
            throw PyErrors.typeError("arguments 1-3 must be sequences");
        }
        List<Entry> out = new ArrayList<>();
        PyObject it = sequence.iter(in);
        for (PyObject x = it.next(in); x != null; x = it.next(in)) {
            out.add(new Entry(x, fileno(in, x)));
        }
        return out;
    }

    /** CPython's PyObject_AsFileDescriptor: an int, or the int its fileno() returns. */
    static int fileno(Interpreter in, PyObject x) {
        PyObject number;
        if (x instanceof PyInt && !(x instanceof PyBool)) {
            number = x;
        } else if (x instanceof PySocket s) {
            number = PyInt.of(s.fd);
        } else {
            PyObject method;
            try {
                method = x.getAttr(in, "fileno");
            } catch (org.enchufe.lang.runtime.PyRaise missing) {
                throw PyErrors.typeError("argument must be an int, or have a fileno() method.");
            }
            number = in.call(method, new PyObject[0], PyBuiltin.NO_KEYWORDS);
            if (!(number instanceof PyInt)) {
                throw PyErrors.typeError("fileno() returned a non-integer");
            }
        }
        int fd = Ops.index(in, number);
        if (fd < 0) {
            throw PyErrors.valueError("file descriptor cannot be a negative integer (" + fd + ")");
        }
        return fd;
    }

    private static long timeout(PyObject value) {
        if (!Numbers.isNumber(value)) {
            throw PyErrors.typeError("timeout must be a float or None");
        }
        double seconds = Numbers.toDouble(value);
        if (seconds < 0) {
            throw PyErrors.valueError("timeout must be non-negative");
        }
        return (long) Math.ceil(seconds * 1e9);
    }

    // ---------------------------------------------------------------- poll

    /** A {@code select.poll} object: the descriptors registered with their event masks. */
    static final class Poll extends PyObject {
        static final PyType TYPE = PyType.builtin("select", "poll");

        static {
            TYPE.dict().put("__module__", PyStr.of("select"));
        }

        private final Map<Integer, Integer> registered = new LinkedHashMap<>();

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            Poll copy = new Poll();
            copy.registered.putAll(registered);
            return copy;
        }

        static {
            TYPE.method("register", (in, self, a, k) -> {
                int mask = a.length > 1 ? Ops.index(in, a[1]) : Readiness.POLLIN | Readiness.POLLPRI | Readiness.POLLOUT;
                ((Poll) self).registered.put(fileno(in, a[0]), mask);
                return PyNone.NONE;
            });
            TYPE.method("modify", (in, self, a, k) -> {
                int fd = fileno(in, a[0]);
                Poll poll = (Poll) self;
                if (!poll.registered.containsKey(fd)) {
                    throw PyErrors.osError(org.enchufe.lang.runtime.Errno.ENOENT);
                }
                poll.registered.put(fd, Ops.index(in, a[1]));
                return PyNone.NONE;
            });
            TYPE.method("unregister", (in, self, a, k) -> {
                int fd = fileno(in, a[0]);
                if (((Poll) self).registered.remove(fd) == null) {
                    throw PyErrors.keyError(PyInt.of(fd));
                }
                return PyNone.NONE;
            });
            TYPE.method("poll", (in, self, a, k) -> ((Poll) self).poll(in, a, k));
        }

        private PyObject poll(Interpreter in, PyObject[] a, String[] k) {
            int millis = a.length == 0 || a[0] == PyNone.NONE ? -1 : (int) Math.ceil(Numbers.toDouble(checkedNumber(a[0])));
            Process p = process(in);
            List<int[]> asked = registered.entrySet().stream().map(e -> new int[] {e.getKey(), e.getValue()}).toList();
            KernelCall.Attempt attempt = () -> {
                List<int[]> ready = new ArrayList<>();
                for (int[] entry : asked) {
                    int revents = Readiness.revents(p, entry[0], entry[1]);
                    if (revents != 0) {
                        ready.add(new int[] {entry[0], revents});
                    }
                }
                if (ready.isEmpty()) {
                    return null;
                }
                Readiness.reportPoll(p, asked, ready, millis);
                return list(ready);
            };
            KernelCall.Attempt timedOut = () -> {
                Readiness.reportPoll(p, asked, List.of(), millis);
                return new PyList();
            };
            return readyOrWait(attempt, timedOut, millis, timeout -> {
                List<Integer> read = asked.stream().filter(e -> (e[1] & Readiness.POLLIN) != 0).map(e -> e[0]).toList();
                List<Integer> write = asked.stream().filter(e -> (e[1] & Readiness.POLLOUT) != 0).map(e -> e[0]).toList();
                return waitFor("poll", p, read, write, timeout, attempt, timedOut);
            });
        }

        private static PyObject checkedNumber(PyObject value) {
            if (!Numbers.isNumber(value)) {
                throw PyErrors.typeError("timeout must be an integer or None");
            }
            return value;
        }

        private static PyObject list(List<int[]> ready) {
            PyList out = new PyList();
            for (int[] r : ready) {
                out.append(PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1])));
            }
            return out;
        }
    }

    /**
     * poll()'s and epoll's wait: what is ready now, else at once the timed-out answer for a timeout
     * of 0, else the process sleeps in {@code blocked(timeout in nanoseconds, -1: none)}.
     */
    static PyObject readyOrWait(KernelCall.Attempt attempt, KernelCall.Attempt timedOut, int millis,
                                java.util.function.LongFunction<KernelCall> blocked) {
        PyObject now = attempt.tryNow();
        if (now != null) {
            return now;
        }
        if (millis == 0) {
            return timedOut.tryNow();
        }
        throw new BlockSignal(blocked.apply(millis < 0 ? -1 : millis * 1_000_000L));
    }
}
