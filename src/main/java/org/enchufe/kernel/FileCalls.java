package org.enchufe.kernel;

import java.io.IOException;

import org.enchufe.events.SocketState;
import org.enchufe.lang.runtime.Errno;

import static org.enchufe.kernel.Syscall.args;

/**
 * The os module's calls on a descriptor, whatever file it refers to — a socket, a pipe or the
 * console: pipe(), read(), write(), dup2() and fsync(). Like {@link SocketCalls}, each checks its
 * arguments, looks the descriptor up and reports itself as a syscall event; a socket's own part
 * is its {@link SocketObject}'s to answer. close() and dup(), which the socket module makes too,
 * are {@link SocketCalls}'.
 */
public final class FileCalls {

    private FileCalls() {
    }

    /** os.pipe(): a real pipe, its read end and write end on the two lowest free descriptors. */
    public static int[] pipe(Process p) {
        Syscall c = new Syscall(p, -1, "pipe", args(), "pipe2", null, "O_CLOEXEC");
        Errno full = DescriptorBudget.refusal(p, 2);
        if (full != null) {
            throw c.refuse(full);
        }
        PipeEnd[] ends;
        try {
            ends = PipeEnd.open();
        } catch (IOException e) {
            throw c.fail(e);
        }
        int r = p.descriptors().allocate(ends[0]);
        int w = p.descriptors().allocate(ends[1]);
        c.with(args("read", r, "write", w)).filled(Strace.Arg.PAIR_OUT, new int[] {r, w}).ok(0);
        return new int[] {r, w};
    }

    /** os.read(fd, n) on a socket or a pipe: the bytes (empty at end of file), or null while none are there. */
    public static byte[] read(Process p, int fd, int max) {
        Syscall c = new Syscall(p, fd, "read", args("fd", fd, "len", max), "read", fd, null, max);
        byte[] data;
        try {
            data = switch (p.descriptors().get(fd)) {
                case null -> throw c.fail(Errno.EBADF);
                case PipeEnd pipe when pipe.reading -> pipe.read(max);
                case SocketObject s -> s.read(c, max);
                default -> throw c.fail(Errno.EBADF);
            };
        } catch (IOException e) {
            throw c.fail(e);
        }
        if (data == null) {
            return null;
        }
        c.moved(data, 0, data.length).filled(Strace.Arg.BUFFER_OUT, data).ok(data.length);
        return data;
    }

    /** os.write(fd, data) on a socket or a pipe: how many bytes went, or null while it would block. */
    public static Integer write(Process p, int fd, byte[] data) {
        Syscall c = new Syscall(p, fd, "write", args("fd", fd, "len", data.length), "write", fd, data, data.length);
        int n;
        try {
            switch (p.descriptors().get(fd)) {
                case null -> throw c.fail(Errno.EBADF);
                case PipeEnd pipe when !pipe.reading -> n = pipe.write(data);
                // A socket: send() reports the call itself.
                case SocketObject s -> {
                    return SocketCalls.send(p, fd, data, 0, data.length, 0, false);
                }
                default -> throw c.fail(Errno.EBADF);
            }
        } catch (IOException e) {
            throw c.fail(e);
        }
        if (n == 0 && data.length > 0) {
            return null;
        }
        c.moved(data, 0, n).ok(n);
        return n;
    }

    /**
     * dup2(fd, fd2), or dup3(fd, fd2, O_CLOEXEC) when the copy is not inheritable: {@code fd}'s file
     * on {@code fd2}, what was there closed first. The same descriptor twice is dup2's no-op and
     * dup3's EINVAL; a number past RLIMIT_NOFILE is EBADF.
     */
    public static int dup2(Process p, int fd, int fd2, boolean inheritable) {
        Syscall c = inheritable
                ? new Syscall(p, fd, "dup2", args("fd", fd, "fd2", fd2), "dup2", fd, fd2)
                : new Syscall(p, fd, "dup3", args("fd", fd, "fd2", fd2), "dup3", fd, fd2, "O_CLOEXEC");
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null || fd2 < 0 || fd2 >= p.sandbox().kernelLimits().maxDescriptors()) {
            throw c.fail(Errno.EBADF);
        }
        if (fd == fd2) {
            if (!inheritable) {
                throw c.fail(Errno.EINVAL);
            }
            c.ok(fd2);
            return fd2;
        }
        DescriptorTable.OpenFile previous = p.descriptors().get(fd2);
        p.descriptors().replace(fd2, file);
        c.ok(fd2);
        if (previous instanceof SocketObject s && previous != file) {
            // dup2 closed the socket that was on fd2: the event names it, as close() does.
            p.sandbox().socketEvent(p.pid(), fd2, s, s.isClosed() ? SocketState.CLOSED : s.state, s.local, s.remote);
        }
        return fd2;
    }

    /** fsync(): nothing the sandbox's descriptors refer to (sockets, pipes, the console) can be synced: EINVAL. */
    public static void fsync(Process p, int fd) {
        fsync(p, "fsync", fd);
    }

    /** fsync() or fdatasync() ({@code name}): the same rule, traced under its own name. */
    public static void fsync(Process p, String name, int fd) {
        Syscall c = new Syscall(p, fd, name, args("fd", fd), name, fd);
        if (p.descriptors().get(fd) == null) {
            throw c.fail(Errno.EBADF);
        }
        throw c.fail(Errno.EINVAL);
    }
}
