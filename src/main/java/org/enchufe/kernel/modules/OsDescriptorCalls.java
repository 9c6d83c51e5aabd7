package org.enchufe.kernel.modules;

import org.enchufe.kernel.DescriptorTable;
import org.enchufe.kernel.PipeEnd;
import org.enchufe.kernel.Process;
import org.enchufe.lang.runtime.Args;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.Ops;
import org.enchufe.lang.runtime.PyBool;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyFloat;
import org.enchufe.lang.runtime.PyInt;
import org.enchufe.lang.runtime.PyModule;
import org.enchufe.lang.runtime.PyNone;
import org.enchufe.lang.runtime.PyObject;
import org.enchufe.lang.runtime.PyTuple;
import org.enchufe.lang.vm.Interpreter;

/**
 * The os module's calls on a descriptor's flags and kind: fstat (a socket is S_IFSOCK, a pipe
 * and the console — a pipe to the page — S_IFIFO), get/set_blocking (O_NONBLOCK), get/set_inheritable
 * (close-on-exec), pipe2 and device_encoding.
 */
final class OsDescriptorCalls {

    static final int O_NONBLOCK = 0x800;
    static final int O_CLOEXEC = 0x80000;
    private static final int S_IFSOCK = 0xC000;
    private static final int S_IFIFO = 0x1000;

    private OsDescriptorCalls() {
    }

    private static Process process(Interpreter in) {
        return Process.of(in, "os");
    }

    /** The open file on {@code fd}, or OSError EBADF. */
    static DescriptorTable.OpenFile open(Process p, int fd) {
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw PyErrors.osError(Errno.EBADF);
        }
        return file;
    }

    static void add(PyModule m) {
        m.add("O_NONBLOCK", PyInt.of(O_NONBLOCK));
        m.add("O_CLOEXEC", PyInt.of(O_CLOEXEC));
        m.function("fstat", (i, s, a, k) -> {
            PyObject[] b = Args.bind("fstat", a, k, 1, "fd");
            int fd = Ops.index(i, b[0]);
            DescriptorTable.OpenFile file = open(process(i), fd);
            boolean pipe = file instanceof PipeEnd || file instanceof DescriptorTable.Console;
            // Sockets show mode 0777 and pipes 0600, as sockfs and pipefs do; their times mean nothing here: 0.
            int mode = pipe ? S_IFIFO | 0600 : S_IFSOCK | 0777;
            PyObject zero = PyInt.of(0);
            PyObject noTime = PyFloat.of(0.0);
            return PosixHelper.struct(i, "stat_result", PyInt.of(mode), PyInt.of(inode(file)), PyInt.of(pipe ? 13 : 8),
                    PyInt.of(1), PyInt.of(Process.UID), PyInt.of(Process.UID), zero, noTime, noTime, noTime,
                    zero, zero, zero, PyInt.of(4096), zero, zero);
        });
        m.function("get_blocking", (i, s, a, k) -> {
            int fd = Ops.index(i, Args.one("get_blocking", a, k));
            return PyBool.of(!open(process(i), fd).nonBlocking());
        });
        m.function("set_blocking", (i, s, a, k) -> {
            Args.range("set_blocking", a, k, 2, 2);
            int fd = Ops.index(i, a[0]);
            boolean blocking = Ops.truthy(i, a[1]);
            open(process(i), fd).setNonBlocking(!blocking);
            return PyNone.NONE;
        });
        m.function("get_inheritable", (i, s, a, k) -> {
            int fd = Ops.index(i, Args.one("get_inheritable", a, k));
            Process p = process(i);
            open(p, fd);
            return PyBool.of(p.descriptors().inheritable(fd));
        });
        m.function("set_inheritable", (i, s, a, k) -> {
            Args.range("set_inheritable", a, k, 2, 2);
            int fd = Ops.index(i, a[0]);
            boolean inheritable = Ops.truthy(i, a[1]);
            Process p = process(i);
            open(p, fd);
            p.descriptors().setInheritable(fd, inheritable);
            return PyNone.NONE;
        });
        m.function("pipe2", (i, s, a, k) -> {
            int flags = Ops.index(i, Args.one("pipe2", a, k));
            if ((flags & ~(O_NONBLOCK | O_CLOEXEC)) != 0) {
                throw PyErrors.osError(Errno.EINVAL);
            }
            Process p = process(i);
            int[] fds = org.enchufe.kernel.FileCalls.pipe(p);
            for (int fd : fds) {
                p.descriptors().get(fd).setNonBlocking((flags & O_NONBLOCK) != 0);
                p.descriptors().setInheritable(fd, (flags & O_CLOEXEC) == 0);
            }
            return PyTuple.of(PyInt.of(fds[0]), PyInt.of(fds[1]));
        });
        m.function("device_encoding", (i, s, a, k) -> {
            PyObject[] b = Args.bind("device_encoding", a, k, 1, "fd");
            Ops.index(i, b[0]);
            // Only a terminal has an encoding, and nothing a sandboxed program holds is one.
            return PyNone.NONE;
        });
    }

    /** An inode number for the open file: the same for every descriptor that refers to it. */
    private static long inode(DescriptorTable.OpenFile file) {
        return 10_000 + (System.identityHashCode(file) & 0xFFFFF);
    }
}
