package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.SelectableChannel;

import org.enchufe.events.FailureCause;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * A socket in the sandbox, as a descriptor refers to it: the addresses its program sees, its
 * options and its state, and what each socket call does to it. The kinds are a closed family —
 * streams ({@link TcpSocket}, {@link UnixStreamSocket}) and datagrams ({@link UdpSocket},
 * {@link UnixDatagramSocket}) — and each answers the calls its own way: the syscall layer
 * ({@link SocketCalls}) looks the descriptor up and calls the method here, never asking the kind.
 * Its fields are set only by the socket classes themselves.
 */
public abstract sealed class SocketObject extends DescriptorTable.OpenFile implements HostNetwork.Holder
        permits StreamSocket, DatagramSocket {

    protected final HostNetwork network;
    final int type;
    /** AF_INET or AF_INET6, or AF_UNIX (named, or the unnamed sockets of socketpair()). */
    final int family;
    /**
     * An AF_UNIX socket's own name and its peer's ("" when unnamed): a path as the program named it
     * (up to its first NUL) or an abstract name, NUL first ({@link UnixAddress}).
     */
    String localPath = "";
    String remotePath = "";
    /** The process and descriptor that made it, for events about it that no call of theirs causes. */
    int ownerPid = -1;
    int ownerFd = -1;
    /** How many datagrams came in: epoll's edge trigger counts on it (see {@link #arrivals()}). */
    long arrivals;
    /** The sandbox of that process; null for a socket no process made (a built-in service's). */
    private Sandbox sandbox;
    Sockaddr.Inet local;
    Sockaddr.Inet remote;
    SocketState state = SocketState.CREATED;
    final SocketOptions options;
    boolean closed;

    SocketObject(HostNetwork network, int family, int type, SocketOptions options) {
        this.network = network;
        this.family = family;
        this.type = type;
        this.options = options;
    }

    /** A new socket of the kind socket() asks for; the caller has checked the family and type. */
    static SocketObject open(HostNetwork network, int family, int kind) {
        if (family == SocketCalls.AF_UNIX) {
            return kind == SocketCalls.SOCK_STREAM ? new UnixStreamSocket(network) : new UnixDatagramSocket(network);
        }
        return kind == SocketCalls.SOCK_STREAM ? new TcpSocket(network, family) : new UdpSocket(network, family);
    }

    /** Remembers who made it, for the events about it that no call of theirs causes. */
    void ownedBy(Process p, int fd) {
        ownerPid = p.pid();
        ownerFd = fd;
        sandbox = p.sandbox();
    }

    /**
     * The socket changed state by no call of its holders (its peer closed, its orphaned connection
     * moved on): an event in the name of the process that made it, on the descriptor it made it on
     * — or on none (-1) once the socket is closed and only its connection lives on, which no
     * process holds.
     */
    void changedBehindItsHolders(SocketState now) {
        if (sandbox != null) {
            sandbox.socketEvent(ownerPid, closed ? -1 : ownerFd, this, now, local, remote);
        }
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

    /** Its own end as the views write it: {@code host:port}, or an AF_UNIX name. */
    String localShown() {
        return family == SocketCalls.AF_UNIX ? UnixAddress.display(localPath) : Netstat.endpoint(name());
    }

    /** The other end as the views write it, or null while there is none. */
    String remoteShown() {
        return family == SocketCalls.AF_UNIX ? UnixAddress.display(remotePath) : remote == null ? null : Netstat.endpoint(remote);
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
        return options.on(SocketOption.SO_REUSEADDR);
    }

    @Override
    public boolean reusePort() {
        return options.on(SocketOption.SO_REUSEPORT);
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

    // ---------------------------------------------------------------- the calls, as this kind answers them

    /** Who holds (host, port) against this socket: a process's socket, or a connection in TIME_WAIT. */
    private FailureCause portHolder(Syscall c, String host, int port) {
        if (network.boundConflict(host, port, this) instanceof SocketObject holder && holder.ownerPid >= 0) {
            Process owner = c.process().sandbox().processes().get(holder.ownerPid);
            return new FailureCause.PortHeld(port, holder.ownerPid, owner == null ? "" : owner.program());
        }
        return new FailureCause.PortInTimeWait(port);
    }

    /** bind() to an internet address. */
    void bind(Syscall c, Sockaddr.Inet addr) {
        String host = addr.host();
        int port = addr.port();
        if (local != null) {
            throw c.fail(Errno.EINVAL);
        }
        if (!network.isLocal(host)) {
            throw c.refuse(Errno.EADDRNOTAVAIL);
        }
        if (port != 0 && port < SocketCalls.PRIVILEGED_PORTS) {
            throw c.refuse(Errno.EACCES);
        }
        if (port == 0) {
            port = network.bindEphemeral(host, this);
            if (port < 0) {
                throw c.refuse(Errno.EADDRINUSE);
            }
        } else if (network.conflicts(host, port, this)) {
            throw c.refuse(Errno.EADDRINUSE, portHolder(c, host, port));
        } else {
            network.bind(host, port, this);
        }
        local = new Sockaddr.Inet(host, port);
        state = SocketState.BOUND;
        try {
            openBound();
        } catch (IOException e) {
            network.release(host, port, this);
            local = null;
            throw c.fail(e);
        }
        c.ok(0);
        c.state(SocketState.BOUND, local, null);
    }

    /** What a bind() to an internet address opens at once: a datagram socket's real channel. */
    void openBound() throws IOException {
    }

    /** bind() to an AF_UNIX name: only an AF_UNIX socket has one. */
    void bind(Syscall c, UnixAddress addr) {
        throw c.fail(Errno.EINVAL);
    }

    abstract void listen(Syscall c, int backlog) throws IOException;

    /** accept(): the new connection, or null while none is waiting. */
    abstract SocketCalls.Accepted accept(Syscall c, boolean nonBlocking) throws IOException;

    /** connect() to an internet address: true when connected, false while in progress. */
    abstract boolean connect(Syscall c, String host, int port, boolean nonBlocking);

    /** connect() to an AF_UNIX name: only an AF_UNIX socket has one. */
    boolean connect(Syscall c, UnixAddress addr, boolean nonBlocking) {
        throw c.fail(Errno.EINVAL);
    }

    /** Completes a connect() in progress: true when up, false while still in progress. */
    boolean finishConnect(Syscall c) {
        return true;
    }

    /** The address the connect() in progress asked for, which its completion reports; null for none. */
    Object connectAddress() {
        return null;
    }

    /** For a connect() nobody answers: nanoseconds left before ETIMEDOUT; -1 for any other socket. */
    long unansweredFor(KernelClock clock) {
        return -1;
    }

    /** send(): how many bytes went, or null while it would block. */
    abstract Integer send(Syscall c, byte[] data, int offset, int length, int flags, boolean nonBlocking) throws IOException;

    /** sendto() an internet address. */
    abstract Integer sendto(Syscall c, byte[] data, int flags, Sockaddr.Inet to, boolean nonBlocking) throws IOException;

    /** sendto() an AF_UNIX name: only an AF_UNIX datagram socket sends to one. */
    Integer sendto(Syscall c, byte[] data, int flags, UnixAddress to) {
        throw c.fail(Errno.ENOTSUP);
    }

    /** recv(): the bytes (empty at end of stream), or null while none have arrived. */
    abstract byte[] recv(Syscall c, int max, int flags, boolean nonBlocking) throws IOException;

    /** recv(MSG_WAITALL): like recv() except on a connected stream. */
    byte[] recvAll(Syscall c, int max, int flags, boolean nonBlocking, java.io.ByteArrayOutputStream got) throws IOException {
        return recv(c, max, flags, nonBlocking);
    }

    /** recvfrom(): the bytes and who sent them, or null while nothing has arrived. */
    abstract DatagramSocket.Datagram recvfrom(Syscall c, int max, int flags, boolean nonBlocking) throws IOException;

    /** os.read() on the socket: the bytes, or null while none are there. */
    abstract byte[] read(Syscall c, int max) throws IOException;

    abstract void shutdown(Syscall c, int how) throws IOException;

    /** getsockname(): the internet name (null for AF_UNIX, whose name the caller reads from the socket). */
    Sockaddr.Inet getsockname(Syscall c) {
        Sockaddr.Inet name = name();
        // The event says what the call answered, as accept()'s and recvfrom()'s do.
        c.args().put("addr", name);
        c.filled(Strace.Arg.ADDRESS_OUT, name).ok(0);
        return name;
    }

    Sockaddr.Inet getpeername(Syscall c) {
        if (remote == null || !peerKnown()) {
            throw c.fail(Errno.ENOTCONN);
        }
        c.args().put("addr", remote);
        c.filled(Strace.Arg.ADDRESS_OUT, remote).ok(0);
        return remote;
    }

    /** Whether the peer getpeername() names is there: a stream must be connected. */
    boolean peerKnown() {
        return true;
    }

    /** Whether poll() reports it hung up (POLLHUP), whatever was asked. */
    boolean hungUp() {
        return false;
    }

    /** The protocol whose level of options the socket has (IPPROTO_TCP, IPPROTO_UDP), as SO_PROTOCOL says; 0 for none. */
    int protocolLevel() {
        return 0;
    }

    /** Whether options of {@code level} apply, as its family says ({@link OptionLevels}). */
    final boolean hasLevel(int level) {
        return OptionLevels.of(family).has(level, protocolLevel());
    }

    /** What Linux says to an option of a level the socket does not have, as its family says. */
    final Errno foreignLevel(boolean set) {
        return OptionLevels.of(family).foreign(set);
    }

    /** Refuses, before anything else, the flags a send or a receive on this kind of socket cannot take. */
    void checkFlags(Syscall c, int flags, boolean sending) {
    }

    /** Whether an urgent byte (MSG_OOB) waits to be taken: select()'s exceptional list, poll()'s POLLPRI. */
    boolean urgentPending() {
        return false;
    }

    /** Whether an error waits in SO_ERROR: poll() reports POLLERR, whatever was asked. */
    boolean errorPending() {
        return false;
    }

    /** SO_ERROR: a non-blocking connect's outcome, once (reading it clears it, as on Linux); 0 for none. */
    int takeError() {
        return 0;
    }

    /** Whether close() resets the connection: SO_LINGER on with a time of 0. */
    final boolean lingersForNothing() {
        return options.lingersForNothing();
    }

    /**
     * setsockopt() of one option, its value {@code length} bytes ({@code value} null: a NULL pointer);
     * null when set, else the errno Linux gives.
     */
    final Errno setOption(SocketOption option, byte[] value, int length) {
        return options.set(option, value, length);
    }

    /** getsockopt() of one option: its value as Linux lays it out; what the socket knows of itself, it answers. */
    final byte[] option(SocketOption option) {
        return switch (option) {
            case SO_TYPE -> SocketOptions.bytes(type);
            case SO_ERROR -> SocketOptions.bytes(takeError());
            case SO_DOMAIN -> SocketOptions.bytes(family);
            case SO_PROTOCOL -> SocketOptions.bytes(protocolLevel());
            case SO_ACCEPTCONN -> SocketOptions.bytes(state == SocketState.LISTEN ? 1 : 0);
            default -> options.bytes(option);
        };
    }

    // ---------------------------------------------------------------- AF_UNIX names, shared by both kinds

    /**
     * bind() of an AF_UNIX socket to a name ({@link UnixAddress}): a path, whose file appears in the
     * sandbox's tree; an abstract name, held only in the host's table; or none, which gets an
     * automatic abstract name.
     */
    final void bindUnixName(Syscall c, UnixAddress addr) {
        if (addr.autobind() && !localPath.isEmpty()) {
            // Linux's autobind of a socket that already has a name does nothing, and succeeds.
            c.ok(0);
            return;
        }
        if (!localPath.isEmpty() || hasRealConnection()) {
            throw c.fail(Errno.EINVAL);
        }
        String name = addr.autobind() ? network.autobindName(datagram()) : addr.name();
        if (name == null) {
            // Every one of the million automatic names is taken.
            throw c.fail(Errno.ENOSPC);
        }
        Process p = c.process();
        try {
            if (UnixAddress.isAbstract(name)) {
                if (!network.bindAbstract(name, this)) {
                    throw c.refuse(Errno.EADDRINUSE);
                }
                openNamed(p, name);
            } else {
                java.nio.file.Files.createFile(UnixCalls.freeSocketFile(c, name));
                openNamed(p, name);
                pathBound(name);
            }
        } catch (IOException e) {
            throw c.fail(e);
        }
        localPath = name;
        state = SocketState.BOUND;
        c.ok(0);
        c.state(SocketState.BOUND, null, null);
    }

    // The real channel behind a name; an abstract name is given back if it cannot open.
    private void openNamed(Process p, String name) throws IOException {
        try {
            openUnixReal(p);
        } catch (IOException e) {
            if (UnixAddress.isAbstract(name)) {
                network.releaseAbstract(name, this);
            }
            throw e;
        }
    }

    /** Opens the real channel an AF_UNIX name stands for. */
    void openUnixReal(Process p) throws IOException {
    }

    /** A path's name is bound: a datagram socket is found through the host's table from now on. */
    void pathBound(String name) {
    }

    /** Whether a real connection exists already (a stream that has connected or listens). */
    boolean hasRealConnection() {
        return false;
    }

    /** getsockname() of an AF_UNIX socket. */
    final void getsocknameUnix(Syscall c) {
        c.filled(Strace.Arg.ADDRESS_OUT, new Strace.UnixName(localPath)).ok(0);
    }

    /** getpeername() of an AF_UNIX socket. */
    final void getpeernameUnix(Syscall c) {
        if (!peerKnown()) {
            throw c.fail(Errno.ENOTCONN);
        }
        c.filled(Strace.Arg.ADDRESS_OUT, new Strace.UnixName(remotePath)).ok(0);
    }

    @Override
    public String describe() {
        return "socket " + Strace.family(family) + " " + typeName();
    }

    /** How many times bytes, a datagram, a connection or the end of stream came in: epoll's edge trigger counts on it. */
    long arrivals() {
        return arrivals;
    }
}
