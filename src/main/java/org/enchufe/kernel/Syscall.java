package org.enchufe.kernel;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyRaise;

/**
 * One system call of a process on one descriptor, while it runs: what it was asked (its name, its
 * structured arguments, its strace line) and the one place it is reported from. The syscall layer
 * ({@link SocketCalls}, {@link UnixCalls}) makes it, looks the descriptor up through it, and hands
 * it to the socket's own method, which ends it with {@link #ok} or {@link #fail}.
 */
final class Syscall {

    private final Process process;
    private final int fd;
    private final String name;
    private final Map<String, Object> args;
    private final String line;

    Syscall(Process process, int fd, String name, Map<String, Object> args, String line) {
        this.process = process;
        this.fd = fd;
        this.name = name;
        this.args = args;
        this.line = line;
    }

    Process process() {
        return process;
    }

    int fd() {
        return fd;
    }

    String name() {
        return name;
    }

    /** The strace line as the call was asked (before " = "). */
    String line() {
        return line;
    }

    Map<String, Object> args() {
        return args;
    }

    /** The same call reported under another name (an AF_UNIX send() reports itself as sendto). */
    Syscall as(String otherName) {
        return new Syscall(process, fd, otherName, args, line);
    }

    /** The socket behind the descriptor, or EBADF (no descriptor) / ENOTSOCK (a pipe, the console). */
    SocketObject socket() {
        DescriptorTable.OpenFile file = process.descriptors().get(fd);
        if (file == null) {
            throw fail(Errno.EBADF);
        }
        if (!(file instanceof SocketObject s)) {
            throw fail(Errno.ENOTSOCK);
        }
        return s;
    }

    /** Reports success with the line as asked. */
    void ok(long result) {
        ok(result, line);
    }

    /** Reports success with the line as it came out (the buffer read, the address filled in). */
    void ok(long result, String shown) {
        process.sandbox().syscall(process, name, args, result, null, shown, DecidedBy.OS);
    }

    /** Reports the failure Linux's own rules decide; the caller throws what this returns. */
    PyRaise fail(Errno errno) {
        return fail(errno, DecidedBy.OS);
    }

    /** Reports a failure the sandbox's network decides (its routes, firewalls, limits). */
    PyRaise refuse(Errno errno) {
        return fail(errno, DecidedBy.SANDBOX);
    }

    /** Reports the failure an OS error of the real socket behind the call means. */
    PyRaise fail(IOException e) {
        return fail(OsErrors.errnoOf(e), DecidedBy.OS);
    }

    PyRaise fail(Errno errno, DecidedBy decidedBy) {
        return fail(errno, line, decidedBy);
    }

    PyRaise fail(Errno errno, String shown, DecidedBy decidedBy) {
        process.sandbox().syscall(process, name, args, -1, errno, shown, decidedBy);
        return PyErrors.osError(errno);
    }

    /** The socket on this call's descriptor changed state. */
    void state(SocketState state, Sockaddr local, Sockaddr remote) {
        process.sandbox().socketState(process, fd, state, local, remote);
    }

    /** The same descriptor's socket, on a descriptor the call made (accept, socketpair). */
    void state(int newFd, SocketState state, Sockaddr local, Sockaddr remote) {
        process.sandbox().socketState(process, newFd, state, local, remote);
    }

    /** Adds the bytes moved to the arguments, with a bounded preview for the byte inspector. */
    Syscall moved(byte[] data, int offset, int length) {
        withBytes(args, data, offset, length);
        return this;
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Map<String, Object> withBytes(Map<String, Object> args, byte[] data, int offset, int length) {
        int shown = Math.min(length, 256);
        args.put("bytes", java.util.Arrays.copyOfRange(data, offset, offset + shown));
        args.put("truncated", length > shown);
        return args;
    }
}
