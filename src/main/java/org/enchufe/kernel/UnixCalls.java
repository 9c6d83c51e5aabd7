package org.enchufe.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * The calls that take an AF_UNIX address — bind, connect, sendto — as the thin layer makes them,
 * and the lookups of a name they share: a path, whose file appears in the sandbox's tree; an
 * abstract name, held only in the host's table and free again when its socket closes; and none,
 * which bind() answers with an automatic abstract name ({@link UnixAddress}). What each socket
 * does with the name is its own ({@link UnixStreamSocket}, {@link UnixDatagramSocket}).
 */
public final class UnixCalls {

    private UnixCalls() {
    }

    /** bind() of an AF_UNIX socket. */
    public static void bind(Process p, int fd, UnixAddress addr) {
        Syscall c = new Syscall(p, fd, "bind", SocketCalls.args("fd", fd, "addr", sockaddr(addr.name())), "bind", fd, addr);
        c.socket().bind(c, addr);
    }

    /** connect() of an AF_UNIX socket; true when connected, false while a stream connect is in progress. */
    public static boolean connect(Process p, int fd, UnixAddress addr, boolean nonBlocking) {
        Syscall c = new Syscall(p, fd, "connect", SocketCalls.args("fd", fd, "addr", sockaddr(addr.name())), "connect", fd, addr);
        return c.socket().connect(c, addr, nonBlocking);
    }

    /** sendto() of an AF_UNIX socket: a datagram to the socket named {@code addr}. */
    public static Integer sendto(Process p, int fd, byte[] data, int flags, UnixAddress addr) {
        Syscall c = new Syscall(p, fd, "sendto", SocketCalls.args("fd", fd, "len", data.length, "flags", Strace.msgFlags(flags),
                "addr", sockaddr(addr.name())), "sendto", fd, data, data.length, flags, addr);
        c.socket().checkFlags(c, flags, true);
        return c.socket().sendto(c, data, flags, addr);
    }

    // Where bind() may make a path's file: a path nothing occupies, in a directory that exists.
    static Path freeSocketFile(Syscall c, String path) throws IOException {
        Path file = c.process().files().resolve(path);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw c.fail(Errno.EADDRINUSE);
        }
        if (!Files.isDirectory(file.getParent())) {
            throw c.fail(Errno.ENOENT);
        }
        return file;
    }

    /**
     * The stream socket listening at a name, or the error Linux gives: no file (ENOENT), a datagram
     * socket's file (EPROTOTYPE), nobody listening (ECONNREFUSED); an abstract name nobody of the
     * type listens on is ECONNREFUSED.
     */
    static UnixStreamSocket listener(Syscall c, String name) {
        HostNetwork network = c.process().network();
        HostNetwork.Holder holder;
        if (UnixAddress.isAbstract(name)) {
            holder = network.abstractAt(name, false);
        } else {
            requireFile(c, name);
            holder = network.unixAt(UnixAddress.key(name));
            if (holder instanceof DatagramSocket) {
                throw c.fail(Errno.EPROTOTYPE);
            }
        }
        if (!(holder instanceof UnixStreamSocket listener) || !listener.listening()) {
            throw c.refuse(Errno.ECONNREFUSED);
        }
        return listener;
    }

    /**
     * The datagram socket bound at a name, or the error Linux gives: no file (ENOENT), nobody bound
     * there (ECONNREFUSED).
     */
    static UnixDatagramSocket receiver(Syscall c, String name) {
        HostNetwork network = c.process().network();
        HostNetwork.Holder holder;
        if (UnixAddress.isAbstract(name)) {
            holder = network.abstractAt(name, true);
        } else {
            requireFile(c, name);
            holder = network.unixAt(UnixAddress.key(name));
        }
        if (!(holder instanceof UnixDatagramSocket receiver) || receiver.isClosed()) {
            throw c.refuse(Errno.ECONNREFUSED);
        }
        return receiver;
    }

    private static void requireFile(Syscall c, String path) {
        boolean exists;
        try {
            exists = Files.exists(c.process().files().resolve(path), LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw c.fail(e);
        }
        if (!exists) {
            throw c.fail(Errno.ENOENT);
        }
    }

    /** A name as events carry it: the path, or '@' and the abstract name as ss prints it. */
    static Sockaddr.Unix sockaddr(String name) {
        return new Sockaddr.Unix(UnixAddress.display(name));
    }
}
