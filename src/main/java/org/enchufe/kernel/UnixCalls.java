package org.enchufe.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;

import org.enchufe.events.DecidedBy;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyRaise;

/**
 * The calls that take an AF_UNIX address — bind, connect, sendto — with Linux's rules for the three
 * kinds of name ({@link UnixAddress}): a path, whose file appears in the sandbox's tree; an
 * abstract name, held only in the host's table and free again when its socket closes; and none,
 * which bind() answers with an automatic abstract name.
 */
public final class UnixCalls {

    private UnixCalls() {
    }

    /** bind() of an AF_UNIX socket. */
    public static void bind(Process p, int fd, UnixAddress addr) {
        String call = "bind(" + fd + ", " + addr.strace() + ", " + addr.length() + ")";
        Map<String, Object> args = SocketCalls.args("fd", fd, "addr", sockaddr(addr.name()));
        SocketObject s = SocketCalls.socket(p, fd, "bind", args, call);
        if (s.family != SocketCalls.AF_UNIX) {
            throw fail(p, "bind", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        if (addr.autobind() && !s.localPath.isEmpty()) {
            // Linux's autobind of a socket that already has a name does nothing, and succeeds.
            SocketCalls.ok(p, "bind", args, 0, call);
            return;
        }
        if (!s.localPath.isEmpty() || s instanceof StreamSocket stream && stream.channel != null) {
            throw fail(p, "bind", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        String name = addr.autobind() ? p.network().autobindName(s.datagram()) : addr.name();
        if (name == null) {
            // Every one of the million automatic names is taken.
            throw fail(p, "bind", args, Errno.ENOSPC, call, DecidedBy.OS);
        }
        try {
            if (UnixAddress.isAbstract(name)) {
                if (!p.network().bindAbstract(name, s)) {
                    throw fail(p, "bind", args, Errno.EADDRINUSE, call, DecidedBy.SANDBOX);
                }
                openReal(p, s, name);
            } else {
                Files.createFile(freeSocketFile(p, name, args, call));
                openReal(p, s, name);
                if (s instanceof DatagramSocket) {
                    p.network().listenUnix(UnixAddress.key(name), s);
                }
            }
        } catch (IOException e) {
            throw fail(p, "bind", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        s.localPath = name;
        s.state = SocketState.BOUND;
        SocketCalls.ok(p, "bind", args, 0, call);
        p.sandbox().socketState(p, fd, SocketState.BOUND, null, null);
    }

    // The real channel behind a name: a stream socket's listener under a short real name (it listens
    // as soon as it is bound, as Java binds and listens in one step; a connect finds it only after
    // listen()), a datagram socket's loopback channel.
    private static void openReal(Process p, SocketObject s, String name) throws IOException {
        try {
            if (s instanceof StreamSocket stream) {
                stream.openUnixListener(p.files().socketFile());
            } else {
                ((DatagramSocket) s).openReal();
            }
        } catch (IOException e) {
            if (UnixAddress.isAbstract(name)) {
                p.network().releaseAbstract(name, s);
            }
            throw e;
        }
    }

    // Where bind() may make a path's file: a path nothing occupies, in a directory that exists.
    private static Path freeSocketFile(Process p, String path, Map<String, Object> args, String call) throws IOException {
        Path file = p.files().resolve(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw fail(p, "bind", args, Errno.EADDRINUSE, call, DecidedBy.OS);
        }
        if (!Files.isDirectory(file.getParent())) {
            throw fail(p, "bind", args, Errno.ENOENT, call, DecidedBy.OS);
        }
        return file;
    }

    /** connect() of an AF_UNIX socket; true when connected, false while a stream connect is in progress. */
    public static boolean connect(Process p, int fd, UnixAddress addr, boolean nonBlocking) {
        String call = "connect(" + fd + ", " + addr.strace() + ", " + addr.length() + ")";
        Map<String, Object> args = SocketCalls.args("fd", fd, "addr", sockaddr(addr.name()));
        SocketObject any = SocketCalls.socket(p, fd, "connect", args, call);
        if (any.family != SocketCalls.AF_UNIX || addr.autobind()) {
            throw fail(p, "connect", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        if (any instanceof DatagramSocket d) {
            // A datagram socket's connect only names its peer: sends go there, and only it is heard.
            receiver(p, "connect", addr.name(), args, call);
            d.remotePath = addr.name();
            SocketCalls.ok(p, "connect", args, 0, call);
            return true;
        }
        StreamSocket s = (StreamSocket) any;
        if (s.state == SocketState.LISTEN || s.connected()) {
            throw fail(p, "connect", args, Errno.EISCONN, call, DecidedBy.OS);
        }
        StreamSocket listener = listener(p, addr.name(), args, call);
        boolean done;
        try {
            done = s.openUnixConnection(listener.unixFile());
        } catch (IOException e) {
            s.channel = null;
            throw fail(p, "connect", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        s.remotePath = addr.name();
        s.connectCall = call;
        if (done) {
            s.state = SocketState.ESTABLISHED;
            SocketCalls.ok(p, "connect", args, 0, call);
            p.sandbox().socketState(p, fd, SocketState.ESTABLISHED, null, null);
            return true;
        }
        s.state = SocketState.SYN_SENT;
        if (nonBlocking) {
            throw fail(p, "connect", args, Errno.EINPROGRESS, call, DecidedBy.OS);
        }
        return false;
    }

    // The stream socket listening at a name, or the error Linux gives: no file (ENOENT), a datagram
    // socket's file (EPROTOTYPE), nobody listening (ECONNREFUSED); an abstract name nobody of the
    // type listens on is ECONNREFUSED.
    private static StreamSocket listener(Process p, String name, Map<String, Object> args, String call) {
        HostNetwork.Holder holder;
        if (UnixAddress.isAbstract(name)) {
            holder = p.network().abstractAt(name, false);
        } else {
            requireFile(p, "connect", name, args, call);
            holder = p.network().unixAt(UnixAddress.key(name));
            if (holder instanceof DatagramSocket) {
                throw fail(p, "connect", args, Errno.EPROTOTYPE, call, DecidedBy.OS);
            }
        }
        if (!(holder instanceof StreamSocket listener) || !listener.listening()) {
            throw fail(p, "connect", args, Errno.ECONNREFUSED, call, DecidedBy.SANDBOX);
        }
        return listener;
    }

    /** sendto() of an AF_UNIX socket: a datagram to the socket named {@code addr}. */
    public static Integer sendto(Process p, int fd, byte[] data, int flags, UnixAddress addr) {
        String call = "sendto(" + fd + ", " + Strace.quote(data, data.length) + ", " + data.length + ", "
                + Strace.msgFlags(flags) + ", " + addr.strace() + ", " + addr.length() + ")";
        Map<String, Object> args = SocketCalls.args("fd", fd, "len", data.length, "flags", Strace.msgFlags(flags), "addr",
                sockaddr(addr.name()));
        SocketObject any = SocketCalls.socket(p, fd, "sendto", args, call);
        if (!(any instanceof DatagramSocket d) || d.family != SocketCalls.AF_UNIX) {
            throw fail(p, "sendto", args, any.family == SocketCalls.AF_UNIX && any instanceof StreamSocket st && st.connected()
                    ? Errno.EISCONN : Errno.ENOTSUP, call, DecidedBy.OS);
        }
        if (addr.autobind()) {
            throw fail(p, "sendto", args, Errno.EINVAL, call, DecidedBy.OS);
        }
        return send(p, d, data, receiver(p, "sendto", addr.name(), args, call), args, call);
    }

    /** send() of a connected AF_UNIX datagram socket: to its peer. */
    static int sendToPeer(Process p, DatagramSocket d, byte[] data, Map<String, Object> args, String call) {
        return send(p, d, data, receiver(p, "send", d.remotePath, args, call), args, call);
    }

    private static int send(Process p, DatagramSocket d, byte[] data, DatagramSocket receiver, Map<String, Object> args,
                            String call) {
        try {
            d.openReal();
            d.sendReal(data, 0, data.length, receiver.realPort());
        } catch (IOException e) {
            throw fail(p, "sendto", args, OsErrors.errnoOf(e), call, DecidedBy.OS);
        }
        SocketCalls.ok(p, "sendto", SocketCalls.withBytes(args, data, 0, data.length), data.length, call);
        return data.length;
    }

    // The datagram socket bound at a name, or the error Linux gives: no file (ENOENT), nobody bound
    // there (ECONNREFUSED).
    private static DatagramSocket receiver(Process p, String call, String name, Map<String, Object> args, String line) {
        HostNetwork.Holder holder;
        if (UnixAddress.isAbstract(name)) {
            holder = p.network().abstractAt(name, true);
        } else {
            requireFile(p, call, name, args, line);
            holder = p.network().unixAt(UnixAddress.key(name));
        }
        if (!(holder instanceof DatagramSocket receiver) || receiver.isClosed()) {
            throw fail(p, call, args, Errno.ECONNREFUSED, line, DecidedBy.SANDBOX);
        }
        return receiver;
    }

    private static void requireFile(Process p, String call, String path, Map<String, Object> args, String line) {
        boolean exists;
        try {
            exists = Files.exists(p.files().resolve(path), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw fail(p, call, args, OsErrors.errnoOf(e), line, DecidedBy.OS);
        }
        if (!exists) {
            throw fail(p, call, args, Errno.ENOENT, line, DecidedBy.OS);
        }
    }

    /** A name as events carry it: the path, or '@' and the abstract name as ss prints it. */
    static Sockaddr.Unix sockaddr(String name) {
        return new Sockaddr.Unix(UnixAddress.display(name));
    }

    private static PyRaise fail(Process p, String name, Map<String, Object> args, Errno errno, String call, DecidedBy decidedBy) {
        return SocketCalls.fail(p, name, args, errno, call, decidedBy);
    }
}
