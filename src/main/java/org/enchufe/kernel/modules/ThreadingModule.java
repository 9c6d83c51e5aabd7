package org.enchufe.kernel.modules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Task;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.ExceptionTypes;
import org.enchufe.lang.runtime.Forker;
import org.enchufe.lang.runtime.Numbers;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.runtime.PyType;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * {@code _thread}, the kernel's side of threads: start a thread in the calling process, join it,
 * know which one runs, and locks whose waiters sleep in the kernel like any blocked call. The
 * {@code threading} module is Python (threading.py beside this class) built on it, so programs
 * can extend {@code Thread}.
 */
public final class ThreadingModule {

    private ThreadingModule() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "threading");
    }

    /** The name threading gave a thread, for "Exception in thread NAME:". */
    public static String nameOf(Process p, Task t) {
        return t.name();
    }

    /** {@code import threading}: the Python module, loaded from its source over {@code _thread}. */
    public static PyModule threading(Interpreter in) {
        in.importModule("_thread");
        try (InputStream source = ThreadingModule.class.getResourceAsStream("threading.py")) {
            String text = new String(source.readAllBytes(), StandardCharsets.UTF_8);
            return in.loadSourceModule("threading", "/usr/lib/python3.11/threading.py", text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("threading.py is missing from the build", e);
        }
    }

    public static PyModule thread(Interpreter in) {
        PyModule m = new PyModule("_thread");
        m.add("LockType", Lock.TYPE);
        m.add("error", ExceptionTypes.RUNTIME_ERROR);
        m.function("_excepthook", ThreadingModule::excepthook);
        m.function("get_ident", (i, s, a, k) -> {
            Args.none("get_ident", a, k);
            return PyInt.of(process(i).current().tid());
        });
        m.function("allocate_lock", (i, s, a, k) -> {
            Args.none("allocate_lock", a, k);
            return new Lock();
        });
        m.function("start", (i, s, a, k) -> {
            Args.range("start", a, k, 4, 4);
            Process p = process(i);
            if (!p.sandbox().canStartThread()) {
                // What CPython says when the OS refuses a thread (pthread_create → EAGAIN).
                throw org.enchufe.lang.runtime.PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.RUNTIME_ERROR,
                        "can't start new thread");
            }
            Task task = p.addThread(i.startThread(a[0], new PyObject[] {a[1]}), a[2].truthy(i));
            task.setName(((PyStr) a[3]).value());
            p.sandbox().threadChanged(p, task, org.enchufe.events.ThreadEvent.Change.STARTED);
            return PyInt.of(task.tid());
        });
        m.function("alive", (i, s, a, k) -> {
            Task t = task(process(i), Ops.index(i, Args.one("alive", a, k)));
            return PyBool.of(t != null && t.state() != Task.State.DONE);
        });
        m.function("join", (i, s, a, k) -> {
            Args.range("join", a, k, 2, 2);
            Task t = task(process(i), Ops.index(i, a[0]));
            if (t == null || t.state() == Task.State.DONE) {
                return PyNone.NONE;
            }
            long timeout = a[1] == PyNone.NONE ? -1 : nanos(a[1]);
            KernelCall.Attempt done = () -> t.state() == Task.State.DONE ? PyNone.NONE : null;
            throw new BlockSignal(new KernelCall.Io("join", -1, List.of(), timeout, done, () -> PyNone.NONE));
        });
        return m;
    }

    private static Task task(Process p, int tid) {
        for (Task t : p.tasks()) {
            if (t.tid() == tid) {
                return t;
            }
        }
        return null;
    }

    private static long nanos(PyObject seconds) {
        if (!Numbers.isNumber(seconds)) {
            throw PyErrors.typeError("'" + seconds.type().name() + "' object cannot be interpreted as an integer");
        }
        return Math.max(0, (long) (Numbers.toDouble(seconds) * 1e9));
    }

    /**
     * threading's default excepthook (CPython's _thread._excepthook): "Exception in thread NAME:"
     * and the traceback on sys.stderr; a SystemExit ends its thread silently.
     */
    private static PyObject excepthook(Interpreter in, PyObject self, PyObject[] a, String[] k) {
        PyObject args = Args.one("_excepthook", a, k);
        PyObject value = args.getAttr(in, "exc_value");
        if (!(value instanceof org.enchufe.lang.runtime.PyException exc)
                || exc.type().isSubtypeOf(ExceptionTypes.SYSTEM_EXIT)) {
            return org.enchufe.lang.runtime.PyNone.NONE;
        }
        PyObject thread = args.getAttr(in, "thread");
        String name = thread == org.enchufe.lang.runtime.PyNone.NONE ? String.valueOf(process(in).current().tid())
                : org.enchufe.lang.runtime.Ops.str(in, thread.getAttr(in, "name"));
        PyObject stderr = in.importModule("sys").getAttr(in, "stderr");
        String text = "Exception in thread " + name + ":\n" + org.enchufe.lang.vm.Tracebacks.format(in, exc);
        in.call(stderr.getAttr(in, "write"), new PyObject[] {org.enchufe.lang.runtime.PyStr.of(text)},
                org.enchufe.lang.runtime.PyBuiltin.NO_KEYWORDS);
        return org.enchufe.lang.runtime.PyNone.NONE;
    }

    /** {@code _thread.lock}: taken by one thread at a time; the others sleep in acquire(). */
    static final class Lock extends PyObject {
        static final PyType TYPE = PyType.builtin("_thread", "lock");

        boolean locked;

        @Override
        public PyType type() {
            return TYPE;
        }

        @Override
        public String repr(Interpreter in) {
            return "<" + (locked ? "locked" : "unlocked") + " _thread.lock object at " + in.addressOf(this) + ">";
        }

        @Override
        public PyObject forkCopy(Forker fork) {
            Lock copy = new Lock();
            copy.locked = locked;
            return copy;
        }

        private PyObject take() {
            if (locked) {
                return null;
            }
            locked = true;
            return PyBool.TRUE;
        }

        static {
            TYPE.method("acquire", (in, self, a, k) -> acquire((Lock) self, in, Args.bind("acquire", a, k, 0, "blocking", "timeout")));
            TYPE.method("__enter__", (in, self, a, k) -> acquire((Lock) self, in, new PyObject[2]));
            TYPE.method("release", (in, self, a, k) -> release((Lock) self));
            TYPE.method("__exit__", (in, self, a, k) -> release((Lock) self));
            TYPE.method("locked", (in, self, a, k) -> PyBool.of(((Lock) self).locked));
        }

        private static PyObject acquire(Lock lock, Interpreter in, PyObject[] b) {
            boolean blocking = b[0] == null || b[0].truthy(in);
            double timeout = b[1] == null ? -1 : Numbers.toDouble(b[1]);
            if (!blocking && timeout != -1) {
                throw PyErrors.valueError("can't specify a timeout for a non-blocking call");
            }
            if (timeout < 0 && timeout != -1) {
                throw PyErrors.valueError("timeout value must be a non-negative number");
            }
            PyObject now = lock.take();
            if (now != null || !blocking) {
                return now != null ? now : PyBool.FALSE;
            }
            long nanos = timeout < 0 ? -1 : (long) (timeout * 1e9);
            throw new BlockSignal(new KernelCall.Io("acquire", -1, List.of(), nanos, lock::take, () -> PyBool.FALSE));
        }

        private static PyObject release(Lock lock) {
            if (!lock.locked) {
                throw PyErrors.raise(ExceptionTypes.RUNTIME_ERROR, "release unlocked lock");
            }
            lock.locked = false;
            return PyNone.NONE;
        }
    }
}
