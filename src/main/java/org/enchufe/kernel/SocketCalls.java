package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.LinkEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.VirtualNetwork;
import org.enchufe.kernel.net.Route;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyErrors;
import org.enchufe.lang.runtime.PyRaise;

/**
 * The socket system calls of a sandbox process, with Linux's rules for which errno each misuse
 * gets. Every call, successful or not, is reported as a syscall event with the line strace would
 * print. A call that would block returns null and reports nothing: the caller suspends the
 * process and tries again when the socket may be ready; the event comes when the call completes.
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

    // ---------------------------------------------------------------- socket, bind, listen

    public static int socket(Process p, int family, int type, int proto) {
        String call = "socket(" + Strace.family(family) + ", " + Strace.type(type) + ", " + Strace.protocol(family, proto) + ")";
        Map<String, Object> args = args("family", Strace.family(family), "type", Strace.type(type), "protocol", proto);
        int kind = type & 0xF;
        if ((type & ~(0xF | SOCK_NONBLOCK | SOCK_CLOEXEC)) != 0) {
            throw fail(p, "socket", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        if (family != AF_INET && family != AF_INET6 && family != AF_UNIX) {
            throw fail(p, "socket", args, Errno.EAFNOSUPPORT, call, DecidedBy.OS);
        }
        if (kind == SOCK_RAW) {
            // Linux looks for a protocol before it checks the capability: proto 0 names none.
            throw fail(p, "socket", args, proto == 0 ? Errno.EPROTONOSUPPORT : Errno.EPERM, call, DecidedBy.SANDBOX);
        }
        if (kind != SOCK_STREAM && kind != SOCK_DGRAM) {
            // A type Linux knows of (up to SOCK_PACKET) that the family does not offer, or none at all.
            throw fail(p, "socket", args, kind <= SOCK_PACKET ? Errno.ESOCKTNOSUPPORT : Errno.EINVAL, call, DecidedBy.OS);
        }
        if (proto != 0 && (family == AF_UNIX || proto != (kind == SOCK_STREAM ? IPPROTO_TCP : IPPROTO_UDP))) {
            throw fail(p, "socket", args, Errno.EPROTONOSUPPORT, call, DecidedBy.OS);
        }
        Errno full = DescriptorBudget.refusal(p, 1);
        if (full != null) {
            throw fail(p, "socket", args, full, call, DecidedBy.SANDBOX);
        }
        SocketObject socket = kind == SOCK_STREAM ? new StreamSocket(p.network())
                : new DatagramSocket(p.network());
        socket.family = family;
        int fd = p.descriptors().allocate(socket);
        socket.ownerPid = p.pid();
        socket.ownerFd = fd;
        ok(p, "socket", args, fd, call);
        p.sandbox().socketState(p, fd, SocketState.CREATED, null, null);
        return fd;
    }

    /**
     * socketpair(): two connected AF_UNIX sockets with no names. A stream pair is a real AF_UNIX
     * connection (made through a private path that is removed at once); a datagram pair is two
     * loopback datagram channels that only hear each other.
     */
    public static int[] socketpair(Process p, int family, int type, int proto) {
        String prefix = "socketpair(" + Strace.family(family) + ", " + Strace.type(type) + ", " + proto + ", ";
        Map<String, Object> args = args("family", Strace.family(family), "type", Strace.type(type), "protocol", proto);
        int kind = type & 0xF;
        if (family != AF_UNIX) {
            throw fail(p, "socketpair", args, family == AF_INET || family == AF_INET6 ? Errno.ENOTSUP : Errno.EAFNOSUPPORT,
                    prefix + Strace.POINTER + ")", DecidedBy.OS);
        }
        if (kind != SOCK_STREAM && kind != SOCK_DGRAM || proto != 0) {
            throw fail(p, "socketpair", args, proto != 0 ? Errno.EPROTONOSUPPORT : Errno.ESOCKTNOSUPPORT,
                    prefix + Strace.POINTER + ")", DecidedBy.OS);
        }
        Errno full = DescriptorBudget.refusal(p, 2);
        if (full != null) {
            throw fail(p, "socketpair", args, full, prefix + Strace.POINTER + ")", DecidedBy.SANDBOX);
        }
        SocketObject a;
        SocketObject b;
        try {
            if (kind == SOCK_STREAM) {
                SocketChannel[] ends = p.files().unixPair();
                StreamSocket sa = new StreamSocket(p.network());
                StreamSocket sb = new StreamSocket(p.network());
                sa.adopt(ends[0]);
                sb.adopt(ends[1]);
                sa.paired = sb.paired = true;
                sa.peer = sb;
                sb.peer = sa;
                a = sa;
                b = sb;
            } else {
                DatagramSocket da = new DatagramSocket(p.network());
                DatagramSocket db = new DatagramSocket(p.network());
                da.openReal();
                db.openReal();
                da.pairPeer = db;
                db.pairPeer = da;
                a = da;
                b = db;
            }
        } catch (IOException e) {
            throw fail(p, "socketpair", args, OsErrors.errnoOf(e), prefix + Strace.POINTER + ")", DecidedBy.OS);
        }
        for (SocketObject s : List.of(a, b)) {
            s.family = AF_UNIX;
            s.state = SocketState.ESTABLISHED;
        }
        int fa = p.descriptors().allocate(a);
        int fb = p.descriptors().allocate(b);
        ok(p, "socketpair", args, 0, prefix + "[" + fa + ", " + fb + "])");
        p.sandbox().socketState(p, fa, SocketState.ESTABLISHED, null, null);
        p.sandbox().socketState(p, fb, SocketState.ESTABLISHED, null, null);
        return new int[] {fa, fb};
    }

    /** os.pipe(): a real pipe, its read end and write end on the two lowest free descriptors. */
    public static int[] pipe(Process p) {
        Map<String, Object> args = args();
        Errno full = DescriptorBudget.refusal(p, 2);
        if (full != null) {
            throw fail(p, "pipe", args, full, "pipe2(" + Strace.POINTER + ", O_CLOEXEC)", DecidedBy.SANDBOX);
        }
        PipeEnd[] ends;
        try {
            ends = PipeEnd.open();
        } catch (IOException e) {
            throw fail(p, "pipe", args, OsErrors.errnoOf(e), "pipe2(" + Strace.POINTER + ", O_CLOEXEC)", DecidedBy.OS);
        }
        int r = p.descriptors().allocate(ends[0]);
        int w = p.descriptors().allocate(ends[1]);
        ok(p, "pipe", args("read", r, "write", w), 0, "pipe2([" + r + ", " + w + "], O_CLOEXEC)");
        return new int[] {r, w};
    }

    /** os.read(fd, n) on a socket or a pipe: the bytes (empty at end of file), or null while none are there. */
    public static byte[] read(Process p, int fd, int max) {
        String failed = "read(" + fd + ", " + Strace.POINTER + ", " + max + ")";
        Map<String, Object> args = args("fd", fd, "len", max);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        byte[] data;
        try {
            data = switch (file) {
                case null -> throw fail(p, "read", args, Errno.EBADF, failed, DecidedBy.OS);
                case PipeEnd pipe when pipe.reading -> pipe.read(max);
                case StreamSocket s when s.connected() -> max == 0 ? new byte[0] : s.readAvailable(max, false);
                case DatagramSocket d -> {
                    DatagramSocket.Datagram got = d.receive(false);
                    yield got == null ? null : java.util.Arrays.copyOf(got.data(), Math.min(max, got.data().length));
                }
                case StreamSocket s -> throw fail(p, "read", args, Errno.ENOTCONN, failed, DecidedBy.OS);
                default -> throw fail(p, "read", args, Errno.EBADF, failed, DecidedBy.OS);
            };
        } catch (IOException e) {
            throw fail(p, "read", args, OsErrors.errnoOf(e), failed, DecidedBy.OS);
        }
        if (data == null) {
            return null;
        }
        ok(p, "read", withBytes(args, data, 0, data.length), data.length, "read(" + fd + ", " + Strace.quote(data, data.length)
                + ", " + max + ")");
        return data;
    }

    /** os.write(fd, data) on a socket or a pipe: how many bytes went, or null while it would block. */
    public static Integer write(Process p, int fd, byte[] data) {
        String call = "write(" + fd + ", " + Strace.quote(data, data.length) + ", " + data.length + ")";
        Map<String, Object> args = args("fd", fd, "len", data.length);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        int n;
        try {
            n = switch (file) {
                case null -> throw fail(p, "write", args, Errno.EBADF, call, DecidedBy.OS);
                case PipeEnd pipe when !pipe.reading -> pipe.write(data);
                case SocketObject s -> {
                    Integer sent = send(p, fd, data, 0, data.length, 0, false);
                    yield sent == null ? 0 : -sent - 1;
                }
                default -> throw fail(p, "write", args, Errno.EBADF, call, DecidedBy.OS);
            };
        } catch (IOException e) {
            throw fail(p, "write", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        if (n < 0) {
            // A socket: send() has reported the call already.
            return -n - 1;
        }
        if (n == 0 && data.length > 0) {
            return null;
        }
        ok(p, "write", withBytes(args, data, 0, n), n, call);
        return n;
    }

    /** The channel a call blocked on {@code fd} (a socket or a pipe) waits for, for the selectors. */
    public static java.nio.channels.SelectableChannel channelOf(Process p, int fd) {
        return switch (p.descriptors().get(fd)) {
            case PipeEnd pipe -> pipe.channel();
            case SocketObject s -> s.selectable();
            case null, default -> null;
        };
    }

    public static void bind(Process p, int fd, String host, int port) {
        Sockaddr.Inet addr = new Sockaddr.Inet(host, port);
        String call = "bind(" + fd + ", " + addr.strace() + ", " + addr.socklen() + ")";
        Map<String, Object> args = args("fd", fd, "addr", addr);
        SocketObject s = socket(p, fd, "bind", args, call);
        HostNetwork net = p.network();
        if (s.local != null) {
            throw fail(p, "bind", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        if (!net.isLocal(host)) {
            throw fail(p, "bind", args, Errno.EADDRNOTAVAIL, call, DecidedBy.SANDBOX);
        }
        if (port != 0 && port < PRIVILEGED_PORTS) {
            throw fail(p, "bind", args, Errno.EACCES, call, DecidedBy.SANDBOX);
        }
        if (port == 0) {
            port = net.bindEphemeral(host, s);
            if (port < 0) {
                throw fail(p, "bind", args, Errno.EADDRINUSE, call, DecidedBy.SANDBOX);
            }
        } else if (net.conflicts(host, port, s)) {
            throw fail(p, "bind", args, Errno.EADDRINUSE, call, DecidedBy.SANDBOX);
        } else {
            net.bind(host, port, s);
        }
        s.local = new Sockaddr.Inet(host, port);
        s.state = SocketState.BOUND;
        if (s instanceof DatagramSocket d) {
            try {
                d.openReal();
            } catch (IOException e) {
                net.release(host, port, s, false);
                s.local = null;
                throw fail(p, "bind", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
            }
        }
        ok(p, "bind", args, 0, call);
        p.sandbox().socketState(p, fd, SocketState.BOUND, s.local, null);
    }

    public static void listen(Process p, int fd, int backlog) {
        String call = "listen(" + fd + ", " + backlog + ")";
        Map<String, Object> args = args("fd", fd, "backlog", backlog);
        if (!(socket(p, fd, "listen", args, call) instanceof StreamSocket s)) {
            throw fail(p, "listen", args, Errno.ENOTSUP, call, DecidedBy.OS);
        }
        if (s.channel != null) {
            throw fail(p, "listen", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        int effective = Math.min(Math.max(backlog, 0), SOMAXCONN);
        if (s.family == AF_UNIX) {
            if (s.server == null) {
                throw fail(p, "listen", args, Errno.EINVAL, call, DecidedBy.OS);
            }
            s.state = SocketState.LISTEN;
            if (!UnixAddress.isAbstract(s.localPath)) {
                // A path's listener is found through the host's table; an abstract name is there since bind().
                p.network().listenUnix(UnixAddress.key(s.localPath), s);
            }
            ok(p, "listen", args, 0, call);
            p.sandbox().socketState(p, fd, SocketState.LISTEN, null, null);
            return;
        }
        if (s.state == SocketState.LISTEN) {
            // Linux would resize the queue; the real channel keeps the backlog it was opened with.
            ok(p, "listen", args, 0, call);
            return;
        }
        HostNetwork net = p.network();
        if (s.local == null) {
            int port = net.bindEphemeral(s.any(), s);
            s.local = new Sockaddr.Inet(s.any(), port);
        }
        int realPort;
        try {
            // Java passes the backlog to listen() as is and Linux queues backlog + 1; Java cannot ask for 0.
            realPort = s.openListener(Math.max(1, effective));
        } catch (IOException e) {
            throw fail(p, "listen", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        s.state = SocketState.LISTEN;
        net.listen(s.local.host(), s.local.port(), s, realPort);
        ok(p, "listen", args, 0, call);
        p.sandbox().socketState(p, fd, SocketState.LISTEN, s.local, null);
    }

    // ---------------------------------------------------------------- accept, connect

    private static int clientRealPortOf(SocketChannel accepted) {
        try {
            return ((InetSocketAddress) accepted.getRemoteAddress()).getPort();
        } catch (IOException e) {
            return -1;
        }
    }

    /** accept(): the new connection, or null while none is waiting. */
    public static Accepted accept(Process p, int fd, boolean nonBlocking) {
        String failedCall = "accept4(" + fd + ", " + Strace.POINTER + ", [16], SOCK_CLOEXEC)";
        Map<String, Object> args = args("fd", fd);
        if (!(socket(p, fd, "accept", args, failedCall) instanceof StreamSocket s)) {
            throw fail(p, "accept", args, Errno.ENOTSUP, failedCall, DecidedBy.OS);
        }
        if (s.state != SocketState.LISTEN) {
            throw fail(p, "accept", args, Errno.EINVAL, failedCall, DecidedBy.OS);
        }
        Errno full = DescriptorBudget.refusal(p, 1);
        if (full != null) {
            throw fail(p, "accept", args, full, failedCall, DecidedBy.SANDBOX);
        }
        SocketChannel real;
        try {
            real = s.acceptReal();
        } catch (IOException e) {
            throw fail(p, "accept", args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
        }
        if (real == null) {
            if (nonBlocking) {
                throw fail(p, "accept", args, Errno.EAGAIN, failedCall, DecidedBy.OS);
            }
            return null;
        }
        if (s.family == AF_UNIX) {
            return acceptUnix(p, fd, s, real, args, failedCall);
        }
        StreamSocket conn = new StreamSocket(p.network());
        conn.options.reuseAddr = s.options.reuseAddr;
        conn.options.reusePort = s.options.reusePort;
        StreamSocket client;
        try {
            conn.adopt(real);
            int clientRealPort = ((InetSocketAddress) real.getRemoteAddress()).getPort();
            client = (StreamSocket) p.network().clientFor(clientRealPort);
        } catch (IOException e) {
            closeQuietly(real);
            throw fail(p, "accept", args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
        }
        conn.family = s.family;
        String localHost = SocketObject.isAny(s.local.host()) && client != null ? s.present(client.remote).host() : s.local.host();
        conn.local = new Sockaddr.Inet(localHost, s.local.port());
        conn.remote = client != null ? s.present(client.local) : s.unbound();
        conn.peer = client;
        if (client != null) {
            client.peer = conn;
        }
        conn.state = SocketState.ESTABLISHED;
        p.network().bind(conn.local.host(), conn.local.port(), conn);
        int newFd = p.descriptors().allocate(conn);
        conn.ownerPid = p.pid();
        conn.ownerFd = newFd;
        if (client != null && client.queuedIn == s) {
            client.queuedIn = null;
            s.queued = Math.max(0, s.queued - 1);
            p.sandbox().queueChanged(s);
            if (client.closed) {
                p.network().forgetClient(clientRealPortOf(real));
            }
        }
        Map<String, Object> done = args("fd", fd, "addr", conn.remote);
        ok(p, "accept", done, newFd, "accept4(" + fd + ", " + conn.remote.strace() + ", [" + conn.remote.socklen() + "], SOCK_CLOEXEC)");
        p.sandbox().socketState(p, newFd, SocketState.ESTABLISHED, conn.local, conn.remote);
        return new Accepted(newFd, conn.remote);
    }

    private static Accepted acceptUnix(Process p, int fd, StreamSocket s, SocketChannel real, Map<String, Object> args,
                                       String failedCall) {
        StreamSocket conn = new StreamSocket(p.network());
        try {
            conn.adopt(real);
        } catch (IOException e) {
            closeQuietly(real);
            throw fail(p, "accept", args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
        }
        conn.family = AF_UNIX;
        conn.localPath = s.localPath;
        conn.state = SocketState.ESTABLISHED;
        int newFd = p.descriptors().allocate(conn);
        ok(p, "accept", args, newFd, "accept4(" + fd + ", {sa_family=AF_UNIX}, [110 => 2], SOCK_CLOEXEC)");
        p.sandbox().socketState(p, newFd, SocketState.ESTABLISHED, null, null);
        return new Accepted(newFd, null);
    }

    /**
     * Starts connect(): true when the connection is up, false while it is in progress (then call
     * {@link #finishConnect}). A non-blocking socket gets EINPROGRESS instead of false.
     */
    public static boolean connect(Process p, int fd, String host, int port, boolean nonBlocking) {
        Sockaddr.Inet addr = new Sockaddr.Inet(host, port);
        String call = "connect(" + fd + ", " + addr.strace() + ", " + addr.socklen() + ")";
        Map<String, Object> args = args("fd", fd, "addr", addr);
        SocketObject any = socket(p, fd, "connect", args, call);
        if (any instanceof DatagramSocket d) {
            connectDatagram(p, fd, d, host, port, args, call);
            return true;
        }
        StreamSocket s = (StreamSocket) any;
        if (s.state == SocketState.SYN_SENT) {
            throw fail(p, "connect", args, Errno.EALREADY, call, DecidedBy.OS);
        }
        if (s.state == SocketState.LISTEN || s.connected()) {
            throw fail(p, "connect", args, Errno.EISCONN, call, DecidedBy.OS);
        }
        HostNetwork net = p.network();
        String target = SocketObject.isAny(host) ? s.loopback() : host;
        Route.Deliver route = deliverable(p, net.route(target), "connect", args, call);
        HostNetwork to = route.host();
        // Linux picks the local port before it knows whether anyone answers, and keeps it after a refusal.
        if (s.local == null) {
            int local = net.bindEphemeral(s.any(), s);
            if (local < 0) {
                throw fail(p, "connect", args, Errno.EADDRNOTAVAIL, call, DecidedBy.SANDBOX);
            }
            s.local = new Sockaddr.Inet(s.any(), local);
        }
        // The source address is chosen with the route; a refused socket keeps the wildcard, as on Linux.
        Sockaddr.Inet source = !SocketObject.isAny(s.local.host()) ? s.local : new Sockaddr.Inet(
                route.remote() ? s.present(new Sockaddr.Inet(net.sourceFor(target), 0)).host() : target, s.local.port());
        Topology.Rule rule = route.remote() ? to.firewall(HostNetwork.unmapped(source.host()), port, false) : null;
        if (rule != null && rule.drops()) {
            s.local = source;
            return unanswered(p, fd, s, target, port, nonBlocking, args, call);
        }
        if (rule != null) {
            throw fail(p, "connect", args, Errno.ECONNREFUSED, call, DecidedBy.SANDBOX);
        }
        int realPort = to.realListener(target, port);
        if (realPort < 0 && Daemons.serves(port)) {
            try {
                realPort = p.sandbox().daemons(to).tcp(port);
            } catch (IOException e) {
                throw fail(p, "connect", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
            }
        }
        if (realPort < 0) {
            throw fail(p, "connect", args, Errno.ECONNREFUSED, call, DecidedBy.SANDBOX);
        }
        s.queuedIn = to.listenerAt(target, port) instanceof StreamSocket listener ? listener : null;
        boolean done;
        try {
            done = s.openConnection(realPort);
            net.registerClient(s.realLocalPort(), s);
        } catch (IOException e) {
            s.channel = null;
            throw fail(p, "connect", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        s.local = source;
        s.remote = new Sockaddr.Inet(target, port);
        s.connectCall = call;
        if (done) {
            established(p, fd, s, args, call);
            return true;
        }
        s.state = SocketState.SYN_SENT;
        p.sandbox().socketState(p, fd, SocketState.SYN_SENT, s.local, s.remote);
        if (nonBlocking) {
            throw fail(p, "connect", args, Errno.EINPROGRESS, call, DecidedBy.OS);
        }
        return false;
    }

    /** The route to a reachable host, or the error Linux gives when there is none. */
    private static Route.Deliver deliverable(Process p, Route route, String name, Map<String, Object> args, String call) {
        return switch (route) {
            case Route.Deliver d -> d;
            case Route.Unreachable u -> throw fail(p, name, args, u.wholeNetwork() ? Errno.ENETUNREACH : Errno.EHOSTUNREACH,
                    call, DecidedBy.SANDBOX);
        };
    }

    // A firewall drops the SYN: nobody answers, so the connection stays in SYN_SENT until the
    // topology's connect timeout (Linux: 127 s of retries) ends it with ETIMEDOUT.
    private static boolean unanswered(Process p, int fd, StreamSocket s, String target, int port, boolean nonBlocking,
                                      Map<String, Object> args, String call) {
        s.remote = new Sockaddr.Inet(target, port);
        s.connectCall = call;
        s.unansweredUntil = p.sandbox().clock().nanoTime() + p.sandbox().network().connectTimeoutNanos();
        s.state = SocketState.SYN_SENT;
        p.sandbox().socketState(p, fd, SocketState.SYN_SENT, s.local, s.remote);
        if (nonBlocking) {
            throw fail(p, "connect", args, Errno.EINPROGRESS, call, DecidedBy.SANDBOX);
        }
        return false;
    }

    /**
     * For a connect() nobody answers (a firewall drops it): how many nanoseconds are left before it
     * fails with ETIMEDOUT; -1 for any other socket.
     */
    public static long unansweredFor(Process p, int fd) {
        return p.descriptors().get(fd) instanceof StreamSocket s && s.unansweredUntil != 0 && s.state == SocketState.SYN_SENT
                ? Math.max(0, s.unansweredUntil - p.sandbox().clock().nanoTime()) : -1;
    }

    // Whether an unanswered connect() has run out of time; then it is closed with ETIMEDOUT waiting.
    private static boolean timedOut(StreamSocket s, KernelClock clock) {
        if (s.unansweredUntil - clock.nanoTime() > 1_000_000L) {
            return false;
        }
        s.state = SocketState.CLOSED;
        s.unansweredUntil = 0;
        return true;
    }

    /** Completes a connect() in progress: true when up, false while still in progress. */
    public static boolean finishConnect(Process p, int fd) {
        StreamSocket s = (StreamSocket) p.descriptors().get(fd);
        Map<String, Object> args = args("fd", fd, "addr", s.remote);
        if (s.unansweredUntil != 0) {
            if (!timedOut(s, p.sandbox().clock())) {
                return false;
            }
            throw fail(p, "connect", args, Errno.ETIMEDOUT, s.connectCall, DecidedBy.SANDBOX);
        }
        try {
            if (!s.channel.finishConnect()) {
                return false;
            }
        } catch (IOException e) {
            s.state = SocketState.CLOSED;
            throw fail(p, "connect", args, OsErrors.errnoOf(e), s.connectCall, DecidedBy.OS);
        }
        established(p, fd, s, args, s.connectCall);
        return true;
    }

    /**
     * select()/poll() asking whether a connect() in progress is writable: by the time Linux says so
     * the connection is up (or refused, the error waiting in SO_ERROR), with no call of the
     * program's own. True once it is settled either way.
     */
    public static boolean settleConnect(Process p, int fd, StreamSocket s) {
        if (s.unansweredUntil != 0) {
            if (!timedOut(s, p.sandbox().clock())) {
                return false;
            }
            s.connectError = Errno.ETIMEDOUT;
            return true;
        }
        try {
            if (!s.channel.finishConnect()) {
                return false;
            }
        } catch (IOException e) {
            s.state = SocketState.CLOSED;
            s.connectError = OsErrors.errnoOf(e);
            return true;
        }
        connected(p, fd, s);
        return true;
    }

    private static void established(Process p, int fd, StreamSocket s, Map<String, Object> args, String call) {
        ok(p, "connect", args, 0, call);
        connected(p, fd, s);
    }

    private static void connected(Process p, int fd, StreamSocket s) {
        s.state = SocketState.ESTABLISHED;
        p.sandbox().socketState(p, fd, SocketState.ESTABLISHED, s.local, s.remote);
        if (s.queuedIn != null) {
            // The connection now waits in the listener's queue until accept() takes it.
            s.queuedIn.queued++;
            p.sandbox().queueChanged(s.queuedIn);
        }
    }

    // ---------------------------------------------------------------- send, recv

    /** send(): how many bytes went, or null while the send buffer is full. */
    public static Integer send(Process p, int fd, byte[] data, int offset, int length, int flags, boolean nonBlocking) {
        String call = "sendto(" + fd + ", " + Strace.quote(java.util.Arrays.copyOfRange(data, offset, offset + length), length)
                + ", " + length + ", " + Strace.msgFlags(flags) + ", NULL, 0)";
        Map<String, Object> args = args("fd", fd, "len", length, "flags", Strace.msgFlags(flags));
        SocketObject any = socket(p, fd, "send", args, call);
        if (any instanceof DatagramSocket d && d.pairPeer != null) {
            return sendPaired(p, d, data, offset, length, args, call);
        }
        if (any instanceof DatagramSocket d && d.family == AF_UNIX) {
            // A connected AF_UNIX datagram socket sends to its peer; an unconnected one has nobody.
            if (d.remotePath.isEmpty()) {
                throw fail(p, "send", args, Errno.ENOTCONN, call, DecidedBy.OS);
            }
            return UnixCalls.sendToPeer(p, d, java.util.Arrays.copyOfRange(data, offset, offset + length), args, call);
        }
        if (any instanceof DatagramSocket d) {
            if (d.remote == null) {
                throw fail(p, "send", args, Errno.EDESTADDRREQ, call, DecidedBy.OS);
            }
            return sendDatagram(p, fd, d, data, offset, length, flags, d.remote, args, call);
        }
        StreamSocket s = (StreamSocket) any;
        if (!s.connected() || s.writeShut) {
            throw fail(p, "send", args, Errno.EPIPE, call, DecidedBy.OS);
        }
        int sent;
        try {
            sent = length == 0 ? 0 : s.writeSome(data, offset, length);
        } catch (IOException e) {
            throw fail(p, "send", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        if (sent == 0 && length > 0) {
            if (nonBlocking || (flags & MSG_DONTWAIT) != 0) {
                throw fail(p, "send", args, Errno.EAGAIN, call, DecidedBy.OS);
            }
            return null;
        }
        String shown = "sendto(" + fd + ", " + Strace.quote(java.util.Arrays.copyOfRange(data, offset, offset + sent), sent)
                + ", " + length + ", " + Strace.msgFlags(flags) + ", NULL, 0)";
        ok(p, "send", withBytes(args, data, offset, sent), sent, sent == length ? call : shown);
        return sent;
    }

    /**
     * recv(MSG_WAITALL) on a stream socket: one call, traced once, that returns when {@code max}
     * bytes have arrived, or fewer at the end of the stream; {@code got} keeps what came so far
     * between the retries of a blocked call. Null while it must wait.
     */
    public static byte[] recvAll(Process p, int fd, int max, int flags, boolean nonBlocking, java.io.ByteArrayOutputStream got) {
        if (!(p.descriptors().get(fd) instanceof StreamSocket s) || !s.connected() || max == 0 || (flags & MSG_PEEK) != 0) {
            return recv(p, fd, max, flags, nonBlocking);
        }
        String failedCall = "recvfrom(" + fd + ", " + Strace.POINTER + ", " + max + ", " + Strace.msgFlags(flags) + ", NULL, NULL)";
        Map<String, Object> args = args("fd", fd, "len", max, "flags", Strace.msgFlags(flags));
        while (got.size() < max) {
            byte[] data;
            try {
                data = s.readAvailable(max - got.size(), false);
            } catch (IOException e) {
                throw fail(p, "recv", args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
            }
            if (data == null) {
                if (!nonBlocking && (flags & MSG_DONTWAIT) == 0) {
                    return null;
                }
                if (got.size() == 0) {
                    throw fail(p, "recv", args, Errno.EAGAIN, failedCall, DecidedBy.OS);
                }
                break;
            }
            if (data.length == 0) {
                break;
            }
            got.writeBytes(data);
        }
        byte[] all = got.toByteArray();
        ok(p, "recv", withBytes(args, all, 0, all.length), all.length, "recvfrom(" + fd + ", " + Strace.quote(all, all.length)
                + ", " + max + ", " + Strace.msgFlags(flags) + ", NULL, NULL)");
        return all;
    }

    /** recv(): the bytes (empty at end of stream), or null while none have arrived. */
    public static byte[] recv(Process p, int fd, int max, int flags, boolean nonBlocking) {
        String failedCall = "recvfrom(" + fd + ", " + Strace.POINTER + ", " + max + ", " + Strace.msgFlags(flags) + ", NULL, NULL)";
        Map<String, Object> args = args("fd", fd, "len", max, "flags", Strace.msgFlags(flags));
        SocketObject any = socket(p, fd, "recv", args, failedCall);
        if (any instanceof DatagramSocket d) {
            DatagramSocket.Datagram got = receiveDatagram(p, fd, d, max, flags, nonBlocking, args, failedCall, false);
            return got == null ? null : got.data();
        }
        StreamSocket s = (StreamSocket) any;
        if (!s.connected()) {
            throw fail(p, "recv", args, Errno.ENOTCONN, failedCall, DecidedBy.OS);
        }
        byte[] data;
        if (max == 0) {
            data = new byte[0];
        } else {
            try {
                data = s.readAvailable(max, (flags & MSG_PEEK) != 0);
            } catch (IOException e) {
                throw fail(p, "recv", args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
            }
        }
        if (data == null) {
            if (nonBlocking || (flags & MSG_DONTWAIT) != 0) {
                throw fail(p, "recv", args, Errno.EAGAIN, failedCall, DecidedBy.OS);
            }
            return null;
        }
        ok(p, "recv", withBytes(args, data, 0, data.length), data.length, "recvfrom(" + fd + ", " + Strace.quote(data, data.length)
                + ", " + max + ", " + Strace.msgFlags(flags) + ", NULL, NULL)");
        return data;
    }

    /** sendto(): on a datagram socket, one datagram to {@code (host, port)}; a connected stream ignores the address. */
    public static Integer sendto(Process p, int fd, byte[] data, int flags, String host, int port, boolean nonBlocking) {
        Sockaddr.Inet to = new Sockaddr.Inet(host, port);
        String call = "sendto(" + fd + ", " + Strace.quote(data, data.length) + ", " + data.length + ", "
                + Strace.msgFlags(flags) + ", " + to.strace() + ", " + to.socklen() + ")";
        Map<String, Object> args = args("fd", fd, "len", data.length, "flags", Strace.msgFlags(flags), "addr", to);
        SocketObject any = socket(p, fd, "sendto", args, call);
        if (any instanceof StreamSocket stream) {
            if (!stream.connected()) {
                throw fail(p, "sendto", args, Errno.EPIPE, call, DecidedBy.OS);
            }
            return send(p, fd, data, 0, data.length, flags, nonBlocking);
        }
        DatagramSocket d = (DatagramSocket) any;
        if (d.local == null) {
            int local = p.network().bindEphemeral(d.any(), d);
            d.local = new Sockaddr.Inet(d.any(), local);
            try {
                d.openReal();
            } catch (IOException e) {
                throw fail(p, "sendto", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
            }
            // The kernel bound it to an ephemeral port: the views show it bound, as netstat would.
            d.state = SocketState.BOUND;
            p.sandbox().socketState(p, fd, SocketState.BOUND, d.local, null);
        }
        // Linux binds the socket first (above), then refuses port 0 as a destination.
        if (port == 0) {
            throw fail(p, "sendto", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        return sendDatagram(p, fd, d, data, 0, data.length, flags, to, args, call);
    }

    private static int sendPaired(Process p, DatagramSocket d, byte[] data, int offset, int length, Map<String, Object> args,
                                  String call) {
        try {
            if (d.writeShut || d.pairPeer.isClosed()) {
                throw fail(p, "send", args, d.writeShut ? Errno.EPIPE : Errno.ECONNREFUSED, call, DecidedBy.OS);
            }
            d.sendReal(data, offset, length, d.pairPeer.realPort());
        } catch (IOException e) {
            throw fail(p, "send", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        ok(p, "send", withBytes(args, data, offset, length), length, call);
        return length;
    }

    private static int sendDatagram(Process p, int fd, DatagramSocket d, byte[] data, int offset, int length, int flags,
                                    Sockaddr.Inet to, Map<String, Object> args, String call) {
        if (d.pendingError != null) {
            Errno error = d.pendingError;
            d.pendingError = null;
            throw fail(p, "sendto", args, error, call, DecidedBy.SANDBOX);
        }
        if (d.writeShut) {
            throw fail(p, "sendto", args, Errno.EPIPE, call, DecidedBy.OS);
        }
        if (length > DatagramSocket.MAX_DATAGRAM) {
            throw fail(p, "sendto", args, Errno.EMSGSIZE, call, DecidedBy.OS);
        }
        HostNetwork net = p.network();
        String target = SocketObject.isAny(to.host()) ? d.loopback() : HostNetwork.unmapped(to.host());
        boolean broadcast = p.sandbox().network().isBroadcast(target);
        if (broadcast && !d.options.broadcast) {
            throw fail(p, "sendto", args, Errno.EACCES, call, DecidedBy.OS);
        }
        List<Route.Deliver> routes;
        Route route = broadcast ? null : net.route(target);
        if (broadcast) {
            routes = p.sandbox().network().broadcastTo(net, target);
        } else if (route instanceof Route.Unreachable u && u.wholeNetwork()) {
            throw fail(p, "sendto", args, Errno.ENETUNREACH, call, DecidedBy.SANDBOX);
        } else {
            routes = route instanceof Route.Deliver deliver ? List.of(deliver) : List.of();
        }
        String source = SocketObject.isAny(d.local.host()) ? net.sourceFor(target) : HostNetwork.unmapped(d.local.host());
        boolean refused = route instanceof Route.Deliver;
        try {
            for (Route.Deliver r : routes) {
                refused &= !sendOver(p, fd, d, r, data, offset, length, source, target, to.port(), broadcast);
            }
        } catch (IOException e) {
            throw fail(p, "sendto", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        if (d.remote != null && (refused || route instanceof Route.Unreachable)) {
            // Linux hears an ICMP "port unreachable" (or "host unreachable"); a connected socket's next call reports it.
            d.pendingError = refused ? Errno.ECONNREFUSED : Errno.EHOSTUNREACH;
        }
        ok(p, "sendto", withBytes(args, data, offset, length), length, call);
        return length;
    }

    /**
     * Sends one datagram to the sockets bound at {@code port} on the host {@code r} leads to, through
     * its firewall and its link (loss, duplication, reordering, delay), starting that host's
     * built-in service when the port is one. False when nothing there takes it and nothing
     * stopped it silently (Linux then answers "port unreachable").
     */
    private static boolean sendOver(Process p, int fd, DatagramSocket d, Route.Deliver r, byte[] data, int offset, int length,
                                    String source, String target, int port, boolean broadcast) throws IOException {
        HostNetwork to = r.host();
        Topology.Rule rule = r.remote() ? to.firewall(source, port, true) : null;
        String where = target + ":" + port;
        if (rule != null) {
            p.sandbox().linkFate(p, fd, LinkEvent.Fate.FILTERED, r.via().name(), where, length);
            return rule.drops();
        }
        List<Integer> receivers = to.datagramReceivers(target, port, broadcast);
        if (receivers.isEmpty() && !broadcast && Daemons.serves(port)) {
            p.sandbox().daemons(to).udp(port);
            receivers = to.datagramReceivers(target, port, false);
        }
        VirtualNetwork.Passage passage = p.sandbox().network().fate(r.via());
        if (r.remote() && !receivers.isEmpty()) {
            LinkEvent.Fate fate = passage.lost() ? LinkEvent.Fate.LOST : passage.duplicated() ? LinkEvent.Fate.DUPLICATED
                    : passage.reordered() ? LinkEvent.Fate.REORDERED : null;
            if (fate != null) {
                p.sandbox().linkFate(p, fd, fate, r.via().name(), where, length);
            }
        }
        long now = p.sandbox().clock().nanoTime();
        for (int realPort : receivers) {
            for (long after : passage.arrivals()) {
                if (after == 0) {
                    d.sendReal(data, offset, length, realPort);
                } else {
                    // A link that already holds all it may drops the datagram, as a full router queue does.
                    p.sandbox().delayed().schedule(now + after, d, java.util.Arrays.copyOfRange(data, offset, offset + length), realPort);
                }
            }
        }
        return !receivers.isEmpty() || broadcast;
    }

    /** recvfrom(): the bytes and who sent them (null for a stream), or null while nothing has arrived. */
    public static DatagramSocket.Datagram recvfrom(Process p, int fd, int max, int flags, boolean nonBlocking) {
        Map<String, Object> args = args("fd", fd, "len", max, "flags", Strace.msgFlags(flags));
        String failedCall = "recvfrom(" + fd + ", " + Strace.POINTER + ", " + max + ", " + Strace.msgFlags(flags) + ", "
                + Strace.POINTER + ", [16])";
        SocketObject any = socket(p, fd, "recvfrom", args, failedCall);
        if (any instanceof StreamSocket) {
            byte[] data = recv(p, fd, max, flags, nonBlocking);
            return data == null ? null : new DatagramSocket.Datagram(data, null);
        }
        return receiveDatagram(p, fd, (DatagramSocket) any, max, flags, nonBlocking, args, failedCall, true);
    }

    private static DatagramSocket.Datagram receiveDatagram(Process p, int fd, DatagramSocket d, int max, int flags,
                                                          boolean nonBlocking, Map<String, Object> args, String failedCall,
                                                          boolean withAddress) {
        String name = withAddress ? "recvfrom" : "recv";
        if (d.pendingError != null) {
            Errno error = d.pendingError;
            d.pendingError = null;
            throw fail(p, name, args, error, failedCall, DecidedBy.SANDBOX);
        }
        if (d.readShut) {
            ok(p, name, args, 0, "recvfrom(" + fd + ", \"\", " + max + ", " + Strace.msgFlags(flags) + ", NULL, NULL)");
            return new DatagramSocket.Datagram(new byte[0], null);
        }
        DatagramSocket.Datagram got;
        try {
            got = d.receive((flags & MSG_PEEK) != 0);
        } catch (IOException e) {
            throw fail(p, name, args, OsErrors.errnoOf(e), failedCall, DecidedBy.OS);
        }
        if (got == null) {
            if (nonBlocking || (flags & MSG_DONTWAIT) != 0) {
                throw fail(p, name, args, Errno.EAGAIN, failedCall, DecidedBy.OS);
            }
            return null;
        }
        // A datagram longer than the buffer is cut, and the rest is lost, as on Linux.
        byte[] data = got.data().length > max ? java.util.Arrays.copyOf(got.data(), max) : got.data();
        String from;
        if (d.family == AF_UNIX) {
            String sender = got.fromPath() == null ? "" : got.fromPath();
            // An unnamed sender fills in no address at all: strace shows the buffer and a length of 0.
            String shown = got.fromPath() == null ? Strace.POINTER + ", [110 => 0]"
                    : UnixAddress.strace(sender) + ", " + UnixAddress.socklenResult(sender);
            from = withAddress ? shown : "NULL, NULL";
            args.put("addr", UnixCalls.sockaddr(sender));
        } else {
            from = withAddress ? got.from().strace() + ", [" + got.from().socklen() + "]" : "NULL, NULL";
            args.put("addr", got.from());
        }
        ok(p, name, withBytes(args, data, 0, data.length), data.length, "recvfrom(" + fd + ", " + Strace.quote(data, data.length)
                + ", " + max + ", " + Strace.msgFlags(flags) + ", " + from + ")");
        return new DatagramSocket.Datagram(data, got.from(), got.fromPath());
    }

    private static void connectDatagram(Process p, int fd, DatagramSocket d, String host, int port, Map<String, Object> args,
                                        String call) {
        HostNetwork net = p.network();
        String target = SocketObject.isAny(host) ? d.loopback() : host;
        boolean broadcast = p.sandbox().network().isBroadcast(HostNetwork.unmapped(target));
        if (broadcast && !d.options.broadcast) {
            throw fail(p, "connect", args, Errno.EACCES, call, DecidedBy.OS);
        }
        // Linux looks up the route (no network: ENETUNREACH) but sends nothing: a host nobody has is
        // found out only when a datagram goes.
        Route route = net.route(target);
        if (!broadcast && route instanceof Route.Unreachable u && u.wholeNetwork()) {
            throw fail(p, "connect", args, Errno.ENETUNREACH, call, DecidedBy.SANDBOX);
        }
        String local = net.isLocal(target) && !broadcast ? target : d.present(new Sockaddr.Inet(net.sourceFor(target), 0)).host();
        try {
            if (d.local == null) {
                int port0 = net.bindEphemeral(local, d);
                d.local = new Sockaddr.Inet(local, port0);
                d.openReal();
            } else if (SocketObject.isAny(d.local.host())) {
                d.local = new Sockaddr.Inet(local, d.local.port());
            }
        } catch (IOException e) {
            throw fail(p, "connect", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        d.remote = new Sockaddr.Inet(target, port);
        d.state = SocketState.ESTABLISHED;
        ok(p, "connect", args, 0, call);
        p.sandbox().socketState(p, fd, SocketState.ESTABLISHED, d.local, d.remote);
    }

    // ---------------------------------------------------------------- shutdown, close, names, options

    public static void shutdown(Process p, int fd, int how) {
        String call = "shutdown(" + fd + ", " + Strace.shutdownHow(how) + ")";
        Map<String, Object> args = args("fd", fd, "how", Strace.shutdownHow(how));
        SocketObject any = socket(p, fd, "shutdown", args, call);
        if (how < 0 || how > 2) {
            throw fail(p, "shutdown", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        if (any instanceof DatagramSocket d) {
            // Linux marks the socket shut down even when it then says ENOTCONN (an unconnected UDP
            // socket): later sends fail with EPIPE.
            d.readShut |= how != 1;
            d.writeShut |= how != 0;
            if (d.remote == null) {
                throw fail(p, "shutdown", args, Errno.ENOTCONN, call, DecidedBy.OS);
            }
            ok(p, "shutdown", args, 0, call);
            return;
        }
        StreamSocket s = (StreamSocket) any;
        if (!s.connected()) {
            throw fail(p, "shutdown", args, Errno.ENOTCONN, call, DecidedBy.OS);
        }
        try {
            if (how != 1) {
                s.readShut = true;
            }
            if (how != 0 && !s.writeShut) {
                s.channel.shutdownOutput();
                s.writeShut = true;
            }
        } catch (IOException e) {
            throw fail(p, "shutdown", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        ok(p, "shutdown", args, 0, call);
        if (s.writeShut) {
            p.sandbox().socketState(p, fd, SocketState.FIN_WAIT, s.local, s.remote);
        }
    }

    public static void close(Process p, int fd) {
        String call = "close(" + fd + ")";
        Map<String, Object> args = args("fd", fd);
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw fail(p, "close", args, Errno.EBADF, call, DecidedBy.OS);
        }
        p.descriptors().close(fd);
        ok(p, "close", args, 0, call);
        if (file instanceof SocketObject s) {
            // The descriptor is gone from the table: the event names the socket it referred to.
            p.sandbox().socketEvent(p.pid(), fd, s, s.isClosed() ? SocketState.CLOSED : s.state, s.local, s.remote);
        }
    }

    public static Sockaddr.Inet getsockname(Process p, int fd) {
        Map<String, Object> args = args("fd", fd);
        SocketObject s = socket(p, fd, "getsockname", args, "getsockname(" + fd + ", " + Strace.POINTER + ", [16])");
        if (s.family == AF_UNIX) {
            ok(p, "getsockname", args, 0, "getsockname(" + fd + ", " + UnixAddress.strace(s.localPath) + ", "
                    + UnixAddress.socklenResult(s.localPath) + ")");
            return null;
        }
        Sockaddr.Inet name = s.name();
        ok(p, "getsockname", args, 0, "getsockname(" + fd + ", " + name.strace() + ", [" + name.socklen() + "])");
        return name;
    }

    public static Sockaddr.Inet getpeername(Process p, int fd) {
        Map<String, Object> args = args("fd", fd);
        String failed = "getpeername(" + fd + ", " + Strace.POINTER + ", [16])";
        SocketObject s = socket(p, fd, "getpeername", args, failed);
        if (s.family == AF_UNIX) {
            if (s instanceof StreamSocket stream && !stream.connected()) {
                throw fail(p, "getpeername", args, Errno.ENOTCONN, failed, DecidedBy.OS);
            }
            ok(p, "getpeername", args, 0, "getpeername(" + fd + ", " + UnixAddress.strace(s.remotePath) + ", "
                    + UnixAddress.socklenResult(s.remotePath) + ")");
            return null;
        }
        if (s.remote == null || s instanceof StreamSocket stream && !stream.connected()) {
            throw fail(p, "getpeername", args, Errno.ENOTCONN, failed, DecidedBy.OS);
        }
        ok(p, "getpeername", args, 0, "getpeername(" + fd + ", " + s.remote.strace() + ", [" + s.remote.socklen() + "])");
        return s.remote;
    }

    public static void setsockopt(Process p, int fd, int level, int option, int value) {
        String call = "setsockopt(" + fd + ", " + Strace.level(level) + ", " + Strace.option(level, option) + ", [" + value + "], 4)";
        Map<String, Object> args = args("fd", fd, "level", Strace.level(level), "option", Strace.option(level, option), "value", value);
        SocketObject s = socket(p, fd, "setsockopt", args, call);
        SocketObject.SocketOptions o = s.options;
        if (level != SOL_SOCKET && !tcp(s)) {
            throw fail(p, "setsockopt", args, notAnOption(s), call, DecidedBy.OS);
        }
        switch (level == SOL_SOCKET ? option : level == IPPROTO_TCP && option == TCP_NODELAY ? -TCP_NODELAY : Integer.MIN_VALUE) {
            case SO_REUSEADDR -> o.reuseAddr = value != 0;
            case SO_REUSEPORT -> o.reusePort = value != 0;
            case SO_KEEPALIVE -> o.keepAlive = value != 0;
            case SO_BROADCAST -> o.broadcast = value != 0;
            // Linux doubles the size asked for, to leave room for its bookkeeping.
            case SO_RCVBUF -> {
                o.rcvbuf = Math.max(2304, 2 * value);
                o.rcvbufSet = true;
            }
            case SO_SNDBUF -> {
                o.sndbuf = Math.max(4608, 2 * value);
                o.sndbufSet = true;
            }
            case -TCP_NODELAY -> o.noDelay = value != 0;
            default -> throw fail(p, "setsockopt", args, Errno.ENOPROTOOPT, call, DecidedBy.OS);
        }
        ok(p, "setsockopt", args, 0, call);
    }

    public static int getsockopt(Process p, int fd, int level, int option) {
        String prefix = "getsockopt(" + fd + ", " + Strace.level(level) + ", " + Strace.option(level, option) + ", ";
        Map<String, Object> args = args("fd", fd, "level", Strace.level(level), "option", Strace.option(level, option));
        SocketObject s = socket(p, fd, "getsockopt", args, prefix + Strace.POINTER + ", [4])");
        SocketObject.SocketOptions o = s.options;
        if (level != SOL_SOCKET && !tcp(s)) {
            throw fail(p, "getsockopt", args, notAnOption(s), prefix + Strace.POINTER + ", [4])", DecidedBy.OS);
        }
        int value = switch (level == SOL_SOCKET ? option : level == IPPROTO_TCP && option == TCP_NODELAY ? -TCP_NODELAY : Integer.MIN_VALUE) {
            case SO_REUSEADDR -> o.reuseAddr ? 1 : 0;
            case SO_REUSEPORT -> o.reusePort ? 1 : 0;
            case SO_KEEPALIVE -> o.keepAlive ? 1 : 0;
            case SO_BROADCAST -> o.broadcast ? 1 : 0;
            case SO_RCVBUF -> o.rcvbuf;
            case SO_SNDBUF -> o.sndbuf;
            case SO_TYPE -> s.type;
            case SO_ERROR -> {
                // A non-blocking connect's outcome, once: reading SO_ERROR clears it, as on Linux.
                if (s instanceof StreamSocket stream && stream.connectError != null) {
                    int number = stream.connectError.number();
                    stream.connectError = null;
                    yield number;
                }
                yield 0;
            }
            case -TCP_NODELAY -> o.noDelay ? 1 : 0;
            default -> throw fail(p, "getsockopt", args, Errno.ENOPROTOOPT, prefix + Strace.POINTER + ", [4])", DecidedBy.OS);
        };
        // strace names the error SO_ERROR holds: [ECONNREFUSED].
        String shown = option == SO_ERROR && value != 0
                ? Errno.ofNumber(value).map(Strace::errnoName).orElse(String.valueOf(value)) : String.valueOf(value);
        ok(p, "getsockopt", args, 0, prefix + "[" + shown + "], [4])");
        return value;
    }

    // ---------------------------------------------------------------- helpers

    // Whether IPPROTO_TCP options apply: a TCP socket (not UDP, not AF_UNIX).
    private static boolean tcp(SocketObject s) {
        return s instanceof StreamSocket && s.family != AF_UNIX;
    }

    // What Linux says to an option of a level the socket's protocol does not have.
    private static Errno notAnOption(SocketObject s) {
        return s.family == AF_UNIX ? Errno.ENOTSUP : Errno.ENOPROTOOPT;
    }

    /**
     * socket(fileno=fd): what the socket behind {@code fd} is — its family and type — asked as
     * CPython asks, with getsockopt(SO_TYPE); EBADF for no descriptor, ENOTSOCK for a pipe or the console.
     */
    public static int[] describe(Process p, int fd) {
        int type = getsockopt(p, fd, SOL_SOCKET, SO_TYPE);
        return new int[] {((SocketObject) p.descriptors().get(fd)).family, type};
    }

    static SocketObject socket(Process p, int fd, String name, Map<String, Object> args, String call) {
        DescriptorTable.OpenFile file = p.descriptors().get(fd);
        if (file == null) {
            throw fail(p, name, args, Errno.EBADF, call, DecidedBy.OS);
        }
        if (!(file instanceof SocketObject s)) {
            throw fail(p, name, args, Errno.ENOTSOCK, call, DecidedBy.OS);
        }
        return s;
    }

    static void ok(Process p, String name, Map<String, Object> args, long result, String call) {
        p.sandbox().syscall(p, name, args, result, null, call, DecidedBy.OS);
    }

    static PyRaise fail(Process p, String name, Map<String, Object> args, Errno errno, String call, DecidedBy decidedBy) {
        p.sandbox().syscall(p, name, args, -1, errno, call, decidedBy);
        return PyErrors.osError(errno);
    }

    static Map<String, Object> args(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Bytes moved, with a bounded preview for the byte inspector. */
    static Map<String, Object> withBytes(Map<String, Object> args, byte[] data, int offset, int length) {
        int shown = Math.min(length, 256);
        args.put("bytes", java.util.Arrays.copyOfRange(data, offset, offset + shown));
        args.put("truncated", length > shown);
        return args;
    }

    private static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing a program could observe.
        }
    }
}
