package org.enchufe.kernel;

import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyRaise;

/**
 * fdatasync on a descriptor whatever it refers to, with Linux's errno rules, traced as strace
 * shows it (dup, dup2 and fsync are the kernel's socket-aware calls in {@link SocketCalls}).
 */
public final class DescriptorCalls {

    private DescriptorCalls() {
    }

    /** fsync(fd): Linux answers EINVAL for what cannot be synced — sockets, pipes, a terminal. */
    public static void fsync(Process p, String name, int fd) {
        String call = name + "(" + fd + ")";
        Map<String, Object> args = Map.of("fd", fd);
        Errno errno = p.descriptors().get(fd) == null ? Errno.EBADF : Errno.EINVAL;
        throw fail(p, name, args, errno, call, DecidedBy.OS);
    }

    private static PyRaise fail(Process p, String name, Map<String, Object> args, Errno errno, String call, DecidedBy by) {
        p.sandbox().syscall(p, name, args, -1, errno, call, by);
        return PyErrors.osError(errno);
    }
}
