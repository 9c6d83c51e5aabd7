package org.enchufe.kernel;

import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyRaise;

/**
 * The calls on a descriptor whatever it refers to — dup, dup2, fsync — with Linux's errno rules,
 * each traced as strace shows it. A duplicate refers to the same open file (a socket stays open
 * until its last descriptor closes) and counts against the descriptor limits as any other.
 */
public final class DescriptorCalls {

    private DescriptorCalls() {
    }

    /** dup(fd): the lowest free descriptor, the same open file. */
    public static int dup(Process p, int fd) {
        String call = "dup(" + fd + ")";
        Map<String, Object> args = Map.of("fd", fd);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw fail(p, "dup", args, Errno.EBADF, call, DecidedBy.OS);
        }
        if (tableFull(p)) {
            throw fail(p, "dup", args, Errno.EMFILE, call, DecidedBy.SANDBOX);
        }
        int copy = p.descriptors().allocate(file);
        p.sandbox().syscall(p, "dup", args, copy, null, call, DecidedBy.OS);
        return copy;
    }

    /** dup2(fd, fd2): fd2 closed first if open, then the same open file as fd; fd2 == fd just checks fd. */
    public static int dup2(Process p, int fd, int fd2) {
        String call = "dup2(" + fd + ", " + fd2 + ")";
        Map<String, Object> args = Map.of("fd", fd, "fd2", fd2);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null || fd2 < 0) {
            throw fail(p, "dup2", args, Errno.EBADF, call, DecidedBy.OS);
        }
        if (fd2 >= p.sandbox().kernelLimits().maxDescriptors()) {
            // Linux: a target past RLIMIT_NOFILE is EBADF, not EMFILE.
            throw fail(p, "dup2", args, Errno.EBADF, call, DecidedBy.SANDBOX);
        }
        if (fd != fd2) {
            if (p.descriptors().get(fd2) == null && tableFull(p)) {
                throw fail(p, "dup2", args, Errno.EMFILE, call, DecidedBy.SANDBOX);
            }
            p.descriptors().installAt(fd2, file);
        }
        p.sandbox().syscall(p, "dup2", args, fd2, null, call, DecidedBy.OS);
        return fd2;
    }

    /** fsync(fd): Linux answers EINVAL for what cannot be synced — sockets, pipes, a terminal. */
    public static void fsync(Process p, String name, int fd) {
        String call = name + "(" + fd + ")";
        Map<String, Object> args = Map.of("fd", fd);
        Errno errno = p.descriptors().get(fd) == null ? Errno.EBADF : Errno.EINVAL;
        throw fail(p, name, args, errno, call, DecidedBy.OS);
    }

    /** A duplicate opens no new file, so only the process's own table can be full (EMFILE). */
    private static boolean tableFull(Process p) {
        return p.descriptors().view().size() + 1 > p.sandbox().kernelLimits().maxDescriptors();
    }

    private static PyRaise fail(Process p, String name, Map<String, Object> args, Errno errno, String call, DecidedBy by) {
        p.sandbox().syscall(p, name, args, -1, errno, call, by);
        return PyErrors.osError(errno);
    }
}
