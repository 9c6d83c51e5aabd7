package org.enchufe.kernel;

import java.io.IOException;
import java.util.Map;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.lang.runtime.Errno;

/**
 * The socket system calls of a sandbox process: the thin layer, as gVisor's. Each call checks its
 * arguments, looks the descriptor up (EBADF, ENOTSOCK) through its {@link Syscall}, and calls the
 * socket's own method, which answers as its kind does ({@link SocketObject}); an OS error of the
 * real socket becomes its errno here. Every call, successful or not, is reported as a syscall
 * event with the line strace would print. A call that would block returns null and reports
 * nothing: the caller suspends the process and tries again when the socket may be ready; the
 * event comes when the call completes. The os module's calls on any descriptor (pipe, read, write,
 * dup2, fsync) are {@link FileCalls}'.
 */
public final class SocketCalls {

    public static final int AF_UNIX = 1;
    public static final int AF_INET = 2;
    public static final int AF_INET6 = 10;
    public static final int SOCK_STREAM = 1;
    public static final int SOCK_DGRAM = 2;
    public static final int SOCK_RAW = 3;
    /** The last socket type Linux knows (SOCK_PACKET); past it socket() says EINVAL, not ESOCKTNOSUPPORT. */
    static final int SOCK_PACKET = 10;
    public static final int SOCK_NONBLOCK = 0x800;
    public static final int SOCK_CLOEXEC = 0x80000;
    public static final int IPPROTO_TCP = 6;
    public static final int IPPROTO_UDP = 17;
    public static final int SOL_SOCKET = 1;
    public static final int SOL_IP = 0;
    public static final int SOL_IPV6 = 41;
    public static final int SO_REUSEADDR = 2;
    public static final int SO_TYPE = 3;
    public static final int SO_ERROR = 4;
    public static final int SO_BROADCAST = 6;
    public static final int SO_SNDBUF = 7;
    public static final int SO_RCVBUF = 8;
    public static final int SO_KEEPALIVE = 9;
    public static final int SO_LINGER = 13;
    public static final int SO_REUSEPORT = 15;
    public static final int TCP_NODELAY = 1;
    public static final int MSG_OOB = 1;
    public static final int MSG_PEEK = 2;
    public static final int MSG_DONTWAIT = 0x40;
    public static final int MSG_WAITALL = 0x100;
    public static final int MSG_NOSIGNAL = 0x4000;
    public static final int SOMAXCONN = 4096;
    /** The first port only root may bind. */
    public static final int PRIVILEGED_PORTS = 1024;

    private SocketCalls() {
    }

    /** What accept() returns: the new descriptor and the peer's address. */
    public record Accepted(int fd, Sockaddr.Inet peer) {
    }

    // ---------------------------------------------------------------- socket, socketpair

    public static int socket(Process p, int family, int type, int proto) {
        Syscall c = new Syscall(p, -1, "socket",
                args("family", Strace.family(family), "type", Strace.type(type), "protocol", proto), "socket", family, type, proto);
        int kind = type & 0xF;
        if ((type & ~(0xF | SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            throw c.fail(Errno.EINVAL);
        }
        if (family != AF_INET && family != AF_INET6 && family != AF_UNIX) {
            throw c.fail(Errno.EAFNOSUPPORT);
        }
        if (kind == SOCK_RAW) {
            // Linux looks for a protocol before it checks the capability: proto 0 names none.
            throw c.refuse(proto == 0 ? Errno.EPROTONOSUPPORT : Errno.EPERM);
        }
        if (kind != SOCK_STREAM && kind != SOCK_DGRAM) {
            // A type Linux knows of (up to SOCK_PACKET) that the family does not offer, or none at all.
            throw c.fail(kind <= SOCK_PACKET ? Errno.ESOCKTNOSUPPORT : Errno.EINVAL);
        }
        if (proto != 0 && (family == AF_UNIX || proto != (kind == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP))) {
            throw c.fail(Errno.EPROTONOSUPPORT);
        }
        Errno full = DescriptorBudget.refusal(p, 1);
        if (full != null) {
            throw c.refuse(full);
        }
        SocketObject socket = SocketObject.open(p.network(), family, kind);
        int fd = p.descriptors().allocate(socket);
        socket.ownedBy(p, fd);
        c.ok(fd);
        c.state(fd, SocketState.CREATED, null, null);
        return fd;
    }

    /**
     * socketpair(): two connected AF_UNIX sockets with no names. A stream pair is a real AF_UNIX
     * connection (made through a private path that is removed at once); a datagram pair is two
     * loopback datagram channels that only hear each other.
     */
    public static int[] socketpair(Process p, int family, int type, int proto) {
        Syscall c = new Syscall(p, -1, "socketpair",
                args("family", Strace.family(family), "type", Strace.type(type), "protocol", proto), "socketpair",
                family, type, proto, null);
        int kind = type & 0xF;
        if (family != AF_UNIX) {
            throw c.fail(family == AF_INET || family == AF_INET6 ? Errno.ENOTSUP : Errno.EAFNOSUPPORT);
        }
        if (kind != SOCK_STREAM && kind != SOCK_DGRAM || proto != 0) {
            throw c.fail(proto != 0 ? Errno.EPROTONOSUPPORT : Errno.ESOCKTNOSUPPORT);
        }
        Errno full = DescriptorBudget.refusal(p, 2);
        if (full != null) {
            throw c.refuse(full);
        }
        SocketObject[] pair;
        try {
            pair = kind == SOCK_STREAM ? UnixStreamSocket.pair(p) : UnixDatagramSocket.pair(p);
        } catch (IOException e) {
            throw c.fail(e);
        }
        int fa = p.descriptors().allocate(pair[0]);
        int fb = p.descriptors().allocate(pair[1]);
        c.filled(Strace.Arg.PAIR_OUT, new int[] {fa, fb}).ok(0);
        c.state(fa, SocketState.ESTABLISHED, null, null);
        c.state(fb, SocketState.ESTABLISHED, null, null);
        return new int[] {fa, fb};
    }

    /** The channel a call blocked on {@code fd} (a socket or a pipe) waits for, for the selectors. */
    public static java.nio.channels.SelectableChannel channelOf(Process p, int fd) {
        return switch (p.descriptors().get(fd)) {
            case PipeEnd pipe -> pipe.channel();
            case SocketObject s -> s.selectable();
            case null, default -> null;
        };
    }

    // ---------------------------------------------------------------- bind, listen, accept, connect

    public static void bind(Process p, int fd, String host, int port) {
        Sockaddr.Inet addr = new Sockaddr.Inet(host, port);
        Syscall c = new Syscall(p, fd, "bind", args("fd", fd, "addr", addr), "bind", fd, addr);
        c.socket().bind(c, addr);
    }

    public static void listen(Process p, int fd, int backlog) {
        Syscall c = new Syscall(p, fd, "listen", args("fd", fd, "backlog", backlog), "listen", fd, backlog);
        SocketObject s = c.socket();
        try {
            s.listen(c, backlog);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    /** accept(): the new connection, or null while none is waiting. */
    public static Accepted accept(Process p, int fd, boolean nonBlocking) {
        Syscall c = new Syscall(p, fd, "accept", args("fd", fd), "accept4", fd, null, "SOCK_CLOEXEC");
        SocketObject s = c.socket();
        try {
            return s.accept(c, nonBlocking);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    /**
     * Starts connect(): true when the connection is up, false while it is in progress (then call
     * {@link #finishConnect}). A non-blocking socket gets EINPROGRESS instead of false.
     */
    public static boolean connect(Process p, int fd, String host, int port, boolean nonBlocking) {
        Sockaddr.Inet addr = new Sockaddr.Inet(host, port);
        Syscall c = new Syscall(p, fd, "connect", args("fd", fd, "addr", addr), "connect", fd, addr);
        return c.socket().connect(c, host, port, nonBlocking);
    }

    /**
     * For a connect() nobody answers (a firewall drops it): how many nanoseconds are left before it
     * fails with ETIMEDOUT; -1 for any other socket.
     */
    public static long unansweredFor(Process p, int fd) {
        return p.descriptors().get(fd) instanceof SocketObject s ? s.unansweredFor(p.sandbox().clock()) : -1;
    }

    /**
     * A connect() whose socket timeout ran out before the connection was made: CPython made it
     * non-blocking, so strace shows it as EINPROGRESS (the poll that ran out is the caller's to
     * report); the attempt goes on, and the next connect() says EALREADY.
     */
    public static void connectCutShort(Process p, int fd) {
        connectInProgress(p, fd).fail(Errno.EINPROGRESS);
    }

    /** Completes a connect() in progress: true when up, false while still in progress. */
    public static boolean finishConnect(Process p, int fd) {
        Syscall c = connectInProgress(p, fd);
        return c.socket().finishConnect(c);
    }

    // connect() asked again of a socket whose connection is in progress, to the address first asked.
    private static Syscall connectInProgress(Process p, int fd) {
        SocketObject s = (SocketObject) p.descriptors().get(fd);
        return new Syscall(p, fd, "connect", args("fd", fd, "addr", s.remote), "connect", fd, s.connectAddress());
    }

    // ---------------------------------------------------------------- send, recv

    /** send(): how many bytes went, or null while the send buffer is full. */
    public static Integer send(Process p, int fd, byte[] data, int offset, int length, int flags, boolean nonBlocking) {
        Syscall c = new Syscall(p, fd, "send", args("fd", fd, "len", length, "flags", Strace.msgFlags(flags)),
                "sendto", fd, new Strace.Bytes(data, offset, length), length, flags, null);
        SocketObject s = c.socket();
        s.checkFlags(c, flags, true);
        try {
            return s.send(c, data, offset, length, flags, nonBlocking);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    /** sendto(): on a datagram socket, one datagram to {@code (host, port)}; a connected stream ignores the address. */
    public static Integer sendto(Process p, int fd, byte[] data, int flags, String host, int port, boolean nonBlocking) {
        Sockaddr.Inet to = new Sockaddr.Inet(host, port);
        Syscall c = new Syscall(p, fd, "sendto", args("fd", fd, "len", data.length, "flags", Strace.msgFlags(flags), "addr", to),
                "sendto", fd, data, data.length, flags, to);
        SocketObject s = c.socket();
        s.checkFlags(c, flags, true);
        try {
            return s.sendto(c, data, flags, to, nonBlocking);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    /** recv(): the bytes (empty at end of stream), or null while none have arrived. */
    public static byte[] recv(Process p, int fd, int max, int flags, boolean nonBlocking) {
        Syscall c = recvCall(p, fd, max, flags);
        SocketObject s = c.socket();
        s.checkFlags(c, flags, false);
        try {
            return s.recv(c, max, flags, nonBlocking);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    /**
     * recv(MSG_WAITALL) on a stream socket: one call, traced once, that returns when {@code max}
     * bytes have arrived, or fewer at the end of the stream; {@code got} keeps what came so far
     * between the retries of a blocked call. Null while it must wait.
     */
    public static byte[] recvAll(Process p, int fd, int max, int flags, boolean nonBlocking, java.io.ByteArrayOutputStream got) {
        Syscall c = recvCall(p, fd, max, flags);
        SocketObject s = c.socket();
        s.checkFlags(c, flags, false);
        try {
            return s.recvAll(c, max, flags, nonBlocking, got);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    private static Syscall recvCall(Process p, int fd, int max, int flags) {
        return new Syscall(p, fd, "recv", args("fd", fd, "len", max, "flags", Strace.msgFlags(flags)),
                "recvfrom", fd, null, max, flags, Strace.NULL);
    }

    /** recvfrom(): the bytes and who sent them (null for a stream), or null while nothing has arrived. */
    public static DatagramSocket.Datagram recvfrom(Process p, int fd, int max, int flags, boolean nonBlocking) {
        Syscall c = new Syscall(p, fd, "recvfrom", args("fd", fd, "len", max, "flags", Strace.msgFlags(flags)),
                "recvfrom", fd, null, max, flags, null);
        SocketObject s = c.socket();
        s.checkFlags(c, flags, false);
        try {
            return s.recvfrom(c, max, flags, nonBlocking);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    // ---------------------------------------------------------------- shutdown, close, names, options

    public static void shutdown(Process p, int fd, int how) {
        Syscall c = new Syscall(p, fd, "shutdown", args("fd", fd, "how", Strace.shutdownHow(how)), "shutdown", fd, how);
        SocketObject s = c.socket();
        if (how < 0 || how > 2) {
            throw c.fail(Errno.EINVAL);
        }
        try {
            s.shutdown(c, how);
        } catch (IOException e) {
            throw c.fail(e);
        }
    }

    public static void close(Process p, int fd) {
        Syscall c = new Syscall(p, fd, "close", args("fd", fd), "close", fd);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw c.fail(Errno.EBADF);
        }
        p.descriptors().close(fd);
        c.ok(0);
        if (file instanceof SocketObject s) {
            // The descriptor is gone from the table: the event names the socket it referred to.
            p.sandbox().socketEvent(p.pid(), fd, s, s.isClosed() ? SocketState.CLOSED : s.state, s.local, s.remote);
        }
    }

    /**
     * dup() as CPython makes it, fcntl(F_DUPFD_CLOEXEC): the same open file on the lowest free
     * descriptor; the file (a socket) lives while any descriptor refers to it.
     */
    public static int dup(Process p, int fd) {
        Syscall c = new Syscall(p, fd, "dup", args("fd", fd), "fcntl", fd, "F_DUPFD_CLOEXEC", 0);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw c.fail(Errno.EBADF);
        }
        if (DescriptorBudget.tableFull(p)) {
            throw c.refuse(Errno.EMFILE);
        }
        int copy = p.descriptors().allocate(file);
        c.ok(copy);
        return copy;
    }

    /** getsockname(): the internet name, or null for an AF_UNIX socket (its name is in the trace). */
    public static Sockaddr.Inet getsockname(Process p, int fd) {
        Syscall c = new Syscall(p, fd, "getsockname", args("fd", fd), "getsockname", fd, null);
        return c.socket().getsockname(c);
    }

    /** getpeername(): the internet peer, or null for an AF_UNIX socket. */
    public static Sockaddr.Inet getpeername(Process p, int fd) {
        Syscall c = new Syscall(p, fd, "getpeername", args("fd", fd), "getpeername", fd, null);
        return c.socket().getpeername(c);
    }

    public static void setsockopt(Process p, int fd, int level, int option, int value) {
        setsockopt(p, fd, level, option, littleEndian(value), 4);
    }

    /** setsockopt() with a value of {@code length} bytes; {@code value} null is a NULL pointer (Python's None). */
    public static void setsockopt(Process p, int fd, int level, int option, byte[] value, int length) {
        Syscall c = new Syscall(p, fd, "setsockopt",
                args("fd", fd, "level", Strace.level(level), "option", Strace.option(level, option),
                        "value", value != null && length >= 4 ? intAt(value) : (Object) "", "length", length),
                "setsockopt", fd, level, option, new Strace.OptionValue(level, option, value, length), length);
        SocketObject s = c.socket();
        if (!s.hasLevel(level)) {
            throw c.fail(s.foreignLevel(true));
        }
        SocketOption known = SocketOption.of(level, option);
        Errno refused = known == null ? Errno.ENOPROTOOPT : s.setOption(known, value, length);
        if (refused != null) {
            throw c.fail(refused);
        }
        c.ok(0);
    }

    public static int getsockopt(Process p, int fd, int level, int option) {
        return intAt(getsockopt(p, fd, level, option, 4));
    }

    /** getsockopt() into a buffer of {@code length} bytes: what Linux puts there, no more than its value's size. */
    public static byte[] getsockopt(Process p, int fd, int level, int option, int length) {
        Syscall c = new Syscall(p, fd, "getsockopt",
                args("fd", fd, "level", Strace.level(level), "option", Strace.option(level, option)),
                "getsockopt", fd, level, option, null, "[" + length + "]");
        SocketObject s = c.socket();
        if (!s.hasLevel(level)) {
            throw c.fail(s.foreignLevel(false));
        }
        SocketOption known = SocketOption.of(level, option);
        if (known == null) {
            throw c.fail(Errno.ENOPROTOOPT);
        }
        byte[] whole = s.option(known);
        byte[] value = whole.length <= length ? whole : java.util.Arrays.copyOf(whole, length);
        if (value.length >= 4) {
            c.args().put("value", intAt(value));
        }
        c.filled(Strace.Arg.OPTION_OUT, new Strace.OptionValue(level, option, value, value.length));
        if (value.length != length) {
            c.filled(Strace.Arg.TEXT, "[" + length + " => " + value.length + "]");
        }
        c.ok(0);
        return value;
    }

    private static byte[] littleEndian(int value) {
        return java.nio.ByteBuffer.allocate(4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static int intAt(byte[] b) {
        return java.nio.ByteBuffer.wrap(b).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt();
    }

    static Map<String, Object> args(Object... pairs) {
        return Syscall.args(pairs);
    }
}
