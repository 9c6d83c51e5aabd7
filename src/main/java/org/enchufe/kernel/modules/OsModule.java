package org.enchufe.kernel.modules;

import java.nio.charset.StandardCharsets;

import org.enchufe.kernel.KernelCall;
import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyBytesLike;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyStr;
import org.enchufe.lang.vm.BlockSignal;
import org.enchufe.lang.vm.Interpreter;

/**
 * The os module of a sandbox process: processes (fork, wait, getpid…) and the console
 * descriptors. Each call finds its process through the interpreter, so after fork() the child's
 * copy of the module answers for the child.
 */
public final class OsModule {

    private static final int WNOHANG = 1;

    private OsModule() {
    }

    private static Process process(Interpreter in) {
        Process p = in.host(Process.class);
        if (p == null) {
            throw PyErrors.raise(org.enchufe.lang.runtime.ExceptionTypes.RUNTIME_ERROR, "os needs the sandbox kernel");
        }
        return p;
    }

    public static PyModule create(Interpreter in) {
        PyModule m = new PyModule("os");
        m.add("name", PyStr.of("posix"));
        m.add("sep", PyStr.of("/"));
        m.add("linesep", PyStr.of("\n"));
        m.add("WNOHANG", PyInt.of(WNOHANG));
        m.add("error", org.enchufe.lang.runtime.ExceptionTypes.OS_ERROR);
        m.function("getpid", (i, s, a, k) -> {
            Args.none("getpid", a, k);
            return PyInt.of(process(i).pid());
        });
        m.function("getppid", (i, s, a, k) -> {
            Args.none("getppid", a, k);
            return PyInt.of(process(i).ppid());
        });
        m.function("fork", (i, s, a, k) -> {
            Args.none("fork", a, k);
            process(i);
            throw new BlockSignal(new KernelCall.Fork());
        });
        m.function("wait", (i, s, a, k) -> {
            Args.none("wait", a, k);
            return waitFor(i, -1, 0);
        });
        m.function("waitpid", (i, s, a, k) -> {
            Args.range("waitpid", a, k, 2, 2);
            return waitFor(i, Ops.index(i, a[0]), Ops.index(i, a[1]));
        });
        m.function("_exit", (i, s, a, k) -> {
            PyObject status = Args.one("_exit", a, k);
            throw new BlockSignal(new KernelCall.Exit(Ops.index(i, status)));
        });
        m.function("WEXITSTATUS", (i, s, a, k) -> PyInt.of((status(i, a, k, "WEXITSTATUS") >> 8) & 0xFF));
        m.function("WIFEXITED", (i, s, a, k) -> PyBool.of((status(i, a, k, "WIFEXITED") & 0x7F) == 0));
        m.function("WIFSIGNALED", (i, s, a, k) -> {
            int st = status(i, a, k, "WIFSIGNALED");
            return PyBool.of((st & 0x7F) != 0 && (st & 0x7F) != 0x7F);
        });
        m.function("WTERMSIG", (i, s, a, k) -> PyInt.of(status(i, a, k, "WTERMSIG") & 0x7F));
        m.function("write", (i, s, a, k) -> {
            Args.range("write", a, k, 2, 2);
            int fd = Ops.index(i, a[0]);
            if (!(a[1] instanceof PyBytesLike data)) {
                throw PyErrors.typeError("a bytes-like object is required, not '" + a[1].type().name() + "'");
            }
            if (process(i).descriptors().get(fd) == null) {
                throw PyErrors.osError(Errno.EBADF);
            }
            byte[] bytes = data.bytesView();
            int length = a[1] instanceof org.enchufe.lang.runtime.PyByteArray ba ? ba.size() : bytes.length;
            String text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            switch (fd) {
                case 1 -> i.writeStdout(text);
                case 2 -> i.writeStderr(text);
                default -> throw PyErrors.notImplemented("os.write() on descriptor " + fd);
            }
            return PyInt.of(length);
        });
        m.function("close", (i, s, a, k) -> {
            int fd = Ops.index(i, Args.one("close", a, k));
            if (!process(i).descriptors().close(fd)) {
                throw PyErrors.osError(Errno.EBADF);
            }
            return PyNone.NONE;
        });
        return m;
    }

    private static int status(Interpreter in, PyObject[] a, String[] k, String name) {
        return Ops.index(in, Args.one(name, a, k));
    }

    private static PyObject waitFor(Interpreter in, int pid, int options) {
        Process p = process(in);
        if (!p.sandbox().hasChild(p, pid)) {
            throw PyErrors.osError(Errno.ECHILD);
        }
        PyObject collected = p.sandbox().collectNow(p, pid);
        if (collected != null) {
            return collected;
        }
        if ((options & WNOHANG) != 0) {
            return org.enchufe.lang.runtime.PyTuple.of(PyInt.of(0), PyInt.of(0));
        }
        throw new BlockSignal(new KernelCall.WaitChild(pid));
    }
}
