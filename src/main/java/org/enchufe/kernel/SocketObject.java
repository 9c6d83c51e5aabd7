package org.enchufe.kernel;

import java.nio.channels.SelectableChannel;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;

/**
 * A socket in the sandbox, as a descriptor refers to it: the addresses its program sees, its
 * options and its state. The real NIO channel behind it depends on the kind: a stream socket
 * (TCP) or a datagram socket (UDP).
 */
public abstract sealed class SocketObject extends DescriptorTable.OpenFile implements HostNetwork.Holder
        permits StreamSocket, DatagramSocket {

    protected final HostNetwork network;
    final int type;
    /** AF_INET, or AF_UNIX (named, or the unnamed sockets of socketpair()). */
    int family = SocketCalls.AF_INET;
    /**
     * An AF_UNIX socket's own name and its peer's ("" when unnamed): a path as the program named it
     * (up to its first NUL) or an abstract name, NUL first ({@link UnixAddress}).
     */
    String localPath = "";
    String remotePath = "";
    /** The process and descriptor that made it, for events about it that no call of theirs causes. */
    int ownerPid = -1;
    int ownerFd = -1;
    Sockaddr.Inet local;
    Sockaddr.Inet remote;
    SocketState state = SocketState.CREATED;
    final SocketOptions options;
    boolean closed;

    SocketObject(HostNetwork network, int type, SocketOptions options) {
        this.network = network;
        this.type = type;
        this.options = options;
    }

    public Sockaddr.Inet local() {
        return local;
    }

    /** What getsockname() says: the bound address, or the wildcard and port 0 before bind(). */
    public Sockaddr.Inet name() {
        return local == null ? unbound() : local;
    }

    public Sockaddr.Inet remote() {
        return remote;
    }

    public SocketState state() {
        return state;
    }

    public boolean isClosed() {
        return closed;
    }

    public int family() {
        return family;
    }

    public String localPath() {
        return localPath;
    }

    public String remotePath() {
        return remotePath;
    }

    /** Gives back its AF_UNIX name: an abstract name is free again, a path's file stays (as on Linux). */
    void releaseUnixName() {
        if (family != SocketCalls.AF_UNIX || localPath.isEmpty()) {
            return;
        }
        if (UnixAddress.isAbstract(localPath)) {
            network.releaseAbstract(localPath, this);
        } else {
            network.releaseUnix(UnixAddress.key(localPath), this);
        }
    }

    boolean v6() {
        return family == SocketCalls.AF_INET6;
    }

    /** The wildcard address of the socket's family: 0.0.0.0 or ::. */
    String any() {
        return v6() ? "::" : "0.0.0.0";
    }

    static boolean isAny(String host) {
        return host.equals("0.0.0.0") || host.equals("::");
    }

    /** Where a connection to the wildcard address goes: this host's loopback. */
    String loopback() {
        return v6() ? "::1" : "127.0.0.1";
    }

    /** An address as this socket reports it: an IPv6 socket sees IPv4 peers as ::ffff:a.b.c.d. */
    Sockaddr.Inet present(Sockaddr.Inet address) {
        if (address == null || !v6() || address.v6()) {
            return address;
        }
        return new Sockaddr.Inet("::ffff:" + address.host(), address.port());
    }

    /** What getsockname() says before bind(). */
    Sockaddr.Inet unbound() {
        return new Sockaddr.Inet(any(), 0);
    }

    public String typeName() {
        return type == SocketCalls.SOCK_DGRAM ? "SOCK_DGRAM" : "SOCK_STREAM";
    }

    @Override
    public boolean reuseAddr() {
        return options.reuseAddr;
    }

    @Override
    public boolean reusePort() {
        return options.reusePort;
    }

    @Override
    public boolean datagram() {
        return type == SocketCalls.SOCK_DGRAM;
    }

    /** The channel a blocked call on this socket waits for, or null while there is none. */
    abstract SelectableChannel selectable();

    /** Whether a read (or accept) would not block now; looking does not consume anything. */
    abstract boolean readable() throws java.io.IOException;

    /** Whether a write would not block now. */
    abstract boolean writable();

    @Override
    public String describe() {
        return "socket " + Strace.family(family) + " " + typeName();
    }

    /** The options setsockopt() has set, with Linux's defaults. */
    static final class SocketOptions {
        boolean reuseAddr;
        boolean reusePort;
        boolean keepAlive;
        boolean broadcast;
        boolean noDelay;
        boolean rcvbufSet;
        boolean sndbufSet;
        int rcvbuf;
        int sndbuf;

        SocketOptions(int rcvbuf, int sndbuf) {
            this.rcvbuf = rcvbuf;
            this.sndbuf = sndbuf;
        }
    }
}
