package org.enchufe.kernel;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.FailureCause;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyRaise;

/**
 * One system call of a process on one descriptor, while it runs: what it was asked (its name, the
 * structured arguments its event carries, and its arguments as strace reads them) and the one
 * place it is reported from. The syscall layer ({@link SocketCalls}, {@link UnixCalls}) makes it,
 * looks the descriptor up through it, and hands it to the socket's own method, which fills in what
 * the call returns through its arguments ({@link #filled}) and ends it with {@link #ok} or
 * {@link #fail}. The strace line is rendered then, by {@link Strace}'s table.
 */
final class Syscall {

    private final Process process;
    private final int fd;
    private final String name;
    private final Map<String, Object> args;
    /** The call as strace names it (send() is sendto), its argument formats and their values. */
    private final String call;
    private final Strace.Arg[] formats;
    private final Object[] values;
    /** What the call does once the socket has answered and before it is reported (recvmsg installs descriptors). */
    private java.util.function.LongUnaryOperator completing = java.util.function.LongUnaryOperator.identity();

    /**
     * A call named {@code name} in the events and {@code call} in strace, whose arguments as strace
     * reads them are {@code values} (one for each format of {@code call} in {@link Strace}'s table;
     * null for what the call fills in).
     */
    Syscall(Process process, int fd, String name, Map<String, Object> args, String call, Object... values) {
        this(process, fd, name, args, call, Strace.formats(call), values);
    }

    private Syscall(Process process, int fd, String name, Map<String, Object> args, String call, Strace.Arg[] formats,
                    Object[] values) {
        this.process = process;
        this.fd = fd;
        this.name = name;
        this.args = args;
        this.call = call;
        this.formats = formats;
        this.values = values;
    }

    Process process() {
        return process;
    }

    int fd() {
        return fd;
    }

    /**
     * What the call gives back through its argument of format {@code format}: the bytes read, the
     * address filled in; or, for a buffer it read, the part it took.
     */
    Syscall filled(Strace.Arg format, Object value) {
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] == format) {
                // An address filled into a room of the caller's size keeps the room for strace.
                values[i] = values[i] instanceof Strace.AddressRoom room ? new Strace.AddressRoom(room.room(), value) : value;
                return this;
            }
        }
        for (Object v : values) {
            if (v instanceof MessageHeader message) {
                // sendmsg/recvmsg: what a send or receive fills in goes into the msghdr.
                message.filled(format, value);
                return this;
            }
        }
        throw new IllegalArgumentException(call + " has no " + format);
    }

    Map<String, Object> args() {
        return args;
    }

    /** The same call reported under another name (an AF_UNIX send() reports itself as sendto). */
    Syscall as(String otherName) {
        return new Syscall(process, fd, otherName, args, call, formats, values).completing(completing);
    }

    /** The same call, its event carrying other arguments (accept's names the peer it accepted). */
    Syscall with(Map<String, Object> otherArgs) {
        return new Syscall(process, fd, name, otherArgs, call, formats, values).completing(completing);
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

    /** Has {@code finish} run on the call's result when it succeeds, before it is reported; its answer is reported. */
    Syscall completing(java.util.function.LongUnaryOperator finish) {
        completing = finish;
        return this;
    }

    /** Reports success, with what the call filled in. */
    void ok(long answer) {
        long result = completing.applyAsLong(answer);
        process.sandbox().syscall(process, name, args, result, null, Strace.line(call, formats, values, false), DecidedBy.OS);
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
        Errno errno = OsErrors.errnoOf(e);
        // Only moving bytes over a stream meets these: its connection is gone (Linux's TCP_CLOSE).
        if ((errno == Errno.EPIPE || errno == Errno.ECONNRESET) && process.descriptors().get(fd) instanceof StreamSocket s) {
            s.wasReset();
        }
        return fail(errno, DecidedBy.OS);
    }

    /** Reports a failure the sandbox's network decides, with what it knows of why. */
    PyRaise refuse(Errno errno, FailureCause cause) {
        process.sandbox().syscall(process, name, args, errno, cause, Strace.line(call, formats, values, true), DecidedBy.SANDBOX);
        return PyErrors.osError(errno);
    }

    PyRaise fail(Errno errno, DecidedBy decidedBy) {
        process.sandbox().syscall(process, name, args, -1, errno, Strace.line(call, formats, values, true), decidedBy);
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
