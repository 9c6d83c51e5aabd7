package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.enchufe.events.FailureCause;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Orphans;
import org.enchufe.kernel.net.Route;
import org.enchufe.kernel.net.Topology;
import org.enchufe.lang.runtime.Errno;
import org.enchufe.lang.runtime.PyRaise;

/**
 * A TCP socket (AF_INET or AF_INET6): a listener is a real loopback listener the host's table
 * maps the virtual address to; an accepted connection learns its client from the real port it
 * came from.
 */
public final class TcpSocket extends StreamSocket {

    TcpSocket(HostNetwork network, int family) {
        super(network, family);
    }

    /** A built-in service's listener on {@code port} of its host, bound to "::" as a dual-stack inetd. */
    static TcpSocket serviceListener(HostNetwork network, int port) throws IOException {
        TcpSocket listener = new TcpSocket(network, SocketCalls.AF_INET);
        listener.local = new Sockaddr.Inet("::", port);
        int realPort = listener.openListener(SocketCalls.SOMAXCONN);
        listener.state = SocketState.LISTEN;
        network.bind("::", port, listener);
        network.listen("::", port, listener, realPort);
        return listener;
    }

    /** The real port a listener listens on. */
    int realListenerPort() throws IOException {
        return listenQueue().realPort();
    }

    /** A connection a built-in service accepted from {@code client} (null: not one of this sandbox's). */
    static TcpSocket serviceConnection(HostNetwork network, SocketChannel real, StreamSocket client, int port)
            throws IOException {
        TcpSocket conn = new TcpSocket(network, SocketCalls.AF_INET);
        conn.adopt(real);
        conn.local = new Sockaddr.Inet(client != null ? client.remote.host() : "127.0.0.1", port);
        conn.remote = client != null ? client.local : null;
        conn.state = SocketState.ESTABLISHED;
        conn.peer = client;
        if (client != null) {
            client.peer = conn;
            client.queuedIn = null;
        }
        return conn;
    }

    /** Opens the real listening socket on loopback and returns its real port. */
    int openListener(int backlog) throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        server.configureBlocking(false);
        server.bind(new InetSocketAddress("127.0.0.1", 0), Math.max(1, backlog));
        listenOn(server);
        return listenQueue().realPort();
    }

    /** Starts the real connection to a listener's real port; true when it completed at once. */
    boolean openConnection(int realPort) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.INET);
        channel.configureBlocking(false);
        options.applyTo(channel);
        // Bound first, so the real local port is known before the connection completes.
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        return channel.connect(new InetSocketAddress("127.0.0.1", realPort));
    }

    /** The real port its connection leaves from, by which a listener of this sandbox knows its client. */
    private int realLocalPort() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /**
     * Starts connect(): true when the connection is up, false while it is in progress (then
     * {@link #finishConnect}). A non-blocking socket gets EINPROGRESS instead of false.
     */
    @Override
    boolean connect(Syscall c, String host, int port, boolean nonBlocking) {
        if (connecting().unreported()) {
            // On loopback the answer is there by the time the program asks again.
            if (state == SocketState.SYN_SENT && !settleConnect(c.process(), c.fd())) {
                throw c.fail(Errno.EALREADY);
            }
            // The first connect() after a non-blocking one ended says how it ended: 0 once
            // connected, else its error — or ECONNABORTED when SO_ERROR already took it (Linux's
            // inet_stream_connect); later ones start over or say EISCONN.
            connecting().reported();
            if (connected()) {
                c.ok(0);
                return true;
            }
            int error = takeError();
            throw c.fail(error == 0 ? Errno.ECONNABORTED : Errno.ofNumber(error).orElseThrow());
        }
        if (state == SocketState.SYN_SENT) {
            throw c.fail(Errno.EALREADY);
        }
        if (state == SocketState.LISTEN || connected()) {
            throw c.fail(Errno.EISCONN);
        }
        Process p = c.process();
        HostNetwork net = network;
        String target = isAny(host) ? loopback() : host;
        Route.Deliver route = deliverable(c, net.route(target));
        HostNetwork to = route.host();
        // Linux picks the local port before it knows whether anyone answers, and keeps it after a refusal.
        if (local == null) {
            int port0 = net.bindEphemeral(any(), this);
            if (port0 < 0) {
                throw c.refuse(Errno.EADDRNOTAVAIL);
            }
            local = new Sockaddr.Inet(any(), port0);
        }
        // The source address is chosen with the route; a refused socket keeps the wildcard, as on Linux.
        Sockaddr.Inet source = !isAny(local.host()) ? local
                : new Sockaddr.Inet(present(new Sockaddr.Inet(net.sourceFor(target), 0)).host(), local.port());
        Topology.Rule rule = route.remote() ? to.firewall(HostNetwork.unmapped(source.host()), port, false) : null;
        if (rule != null && rule.drops()) {
            local = source;
            FailureCause.Firewall dropped = new FailureCause.Firewall(to.name(), port, HostNetwork.unmapped(source.host()), "drop");
            return unanswered(c, new Sockaddr.Inet(host, port), target, port, nonBlocking, dropped);
        }
        if (rule != null) {
            throw refused(c, nonBlocking, new FailureCause.Firewall(to.name(), port, HostNetwork.unmapped(source.host()), "reject"));
        }
        int realPort = to.realListener(target, port);
        if (realPort < 0 && Daemons.serves(port)) {
            try {
                realPort = p.sandbox().daemons(to).tcp(port);
            } catch (IOException e) {
                throw c.fail(e);
            }
        }
        if (realPort < 0) {
            throw refused(c, nonBlocking, nobodyListens(target, port, to));
        }
        queuedIn = to.listenerAt(target, port) instanceof StreamSocket listener ? listener : null;
        boolean done;
        try {
            done = openConnection(realPort);
            net.registerClient(realLocalPort(), this);
        } catch (IOException e) {
            channel = null;
            throw c.fail(e);
        }
        local = source;
        remote = new Sockaddr.Inet(target, port);
        connecting().asked(new Sockaddr.Inet(host, port));
        if (done) {
            established(c);
            return true;
        }
        state = SocketState.SYN_SENT;
        c.state(SocketState.SYN_SENT, local, remote);
        if (nonBlocking) {
            connecting().leftUnreported();
            throw c.fail(Errno.EINPROGRESS);
        }
        return false;
    }

    // Nobody listens: a blocking connect() is refused; a non-blocking one is in progress until the
    // reset comes back, which on loopback is at once — the socket is closed, writable and in error,
    // ECONNREFUSED waiting in SO_ERROR.
    private PyRaise refused(Syscall c, boolean nonBlocking, FailureCause cause) {
        if (!nonBlocking) {
            return c.refuse(Errno.ECONNREFUSED, cause);
        }
        state = SocketState.CLOSED;
        connecting().failed(Errno.ECONNREFUSED);
        connecting().leftUnreported();
        return c.fail(Errno.EINPROGRESS);
    }

    /**
     * Nobody listens on {@code target}:{@code port} of host {@code to}; the explanation also names a
     * host of the network where someone does (a client that called 127.0.0.1 — its own machine —
     * for a server that runs on another host).
     */
    private static final String LOOPBACK = "127.0.0.1";

    private static FailureCause nobodyListens(String target, int port, HostNetwork to) {
        if (to.lan() != null) {
            for (HostNetwork other : to.lan().hosts()) {
                for (String address : other.addresses()) {
                    if (other != to && other.realListener(address, port) >= 0) {
                        return new FailureCause.NobodyListens(target, port, to.name(), other.name(), address);
                    }
                }
            }
            // A server bound to its own 127.0.0.1 listens for its own machine only.
            for (HostNetwork other : to.lan().hosts()) {
                boolean askedThatLoopback = other == to && HostNetwork.isLoopback(target);
                if (!askedThatLoopback && other.realListener(LOOPBACK, port) >= 0) {
                    return new FailureCause.NobodyListens(target, port, to.name(), other.name(), LOOPBACK);
                }
            }
        }
        return new FailureCause.NobodyListens(target, port, to.name(), null, null);
    }

    /** The route to a reachable host, or the error Linux gives when there is none. */
    static Route.Deliver deliverable(Syscall c, Route route) {
        return switch (route) {
            case Route.Deliver d -> d;
            case Route.Unreachable u -> throw c.refuse(u.wholeNetwork() ? Errno.ENETUNREACH : Errno.EHOSTUNREACH);
        };
    }

    // A firewall drops the SYN: nobody answers, so the connection stays in SYN_SENT until the
    // topology's connect timeout (Linux: 127 s of retries) ends it with ETIMEDOUT.
    private boolean unanswered(Syscall c, Sockaddr.Inet asked, String target, int port, boolean nonBlocking,
                               FailureCause.Firewall dropped) {
        remote = new Sockaddr.Inet(target, port);
        connecting().asked(asked);
        connecting().unanswered(c.process().sandbox().clock().nanoTime() + c.process().sandbox().network().connectTimeoutNanos(), dropped);
        state = SocketState.SYN_SENT;
        c.state(SocketState.SYN_SENT, local, remote);
        if (nonBlocking) {
            connecting().leftUnreported();
            throw c.refuse(Errno.EINPROGRESS);
        }
        return false;
    }

    /** A TCP connection hangs up when it is closed both ways, or when its connect() failed. */
    @Override
    boolean hungUp() {
        return peerClosed() && writeShut || state == SocketState.CLOSED;
    }

    @Override
    int protocolLevel() {
        return SocketCalls.IPPROTO_TCP;
    }

    @Override
    void listen(Syscall c, int backlog) throws IOException {
        if (channel != null) {
            throw c.fail(Errno.EINVAL);
        }
        int effective = Math.min(Math.max(backlog, 0), SocketCalls.SOMAXCONN);
        if (state == SocketState.LISTEN) {
            // Linux would resize the queue; the real channel keeps the backlog it was opened with.
            c.ok(0);
            return;
        }
        if (local == null) {
            int port = network.bindEphemeral(any(), this);
            local = new Sockaddr.Inet(any(), port);
        }
        // Java passes the backlog to listen() as is and Linux queues backlog + 1; Java cannot ask for 0.
        int realPort = openListener(Math.max(1, effective));
        state = SocketState.LISTEN;
        network.listen(local.host(), local.port(), this, realPort);
        c.ok(0);
        c.state(SocketState.LISTEN, local, null);
    }

    @Override
    SocketCalls.Accepted accepted(Syscall c, SocketChannel real) throws IOException {
        Process p = c.process();
        TcpSocket conn = new TcpSocket(network, family);
        conn.options.inherit(options, SocketOption.SO_REUSEADDR, SocketOption.SO_REUSEPORT);
        conn.adopt(real);
        int clientRealPort = ((InetSocketAddress) real.getRemoteAddress()).getPort();
        StreamSocket client = (StreamSocket) network.clientFor(clientRealPort);
        String localHost = isAny(local.host()) && client != null ? present(client.remote).host() : local.host();
        conn.local = new Sockaddr.Inet(localHost, local.port());
        conn.remote = client != null ? present(client.local) : unbound();
        conn.peer = client;
        if (client != null) {
            client.peer = conn;
        }
        // A client that closed (or shut down its writing) while it waited in the queue has sent its
        // FIN already: the connection accept() gives is in CLOSE_WAIT, as on Linux.
        conn.state = client != null && client.sentFin ? SocketState.CLOSE_WAIT : SocketState.ESTABLISHED;
        network.bind(conn.local.host(), conn.local.port(), conn);
        int newFd = p.descriptors().allocate(conn);
        conn.ownedBy(p, newFd);
        if (client != null && client.queuedIn == this) {
            client.queuedIn = null;
            listenQueue().taken();
            p.sandbox().queueChanged(this);
            if (client.closed) {
                network.forgetClient(clientRealPortOf(real));
            }
        }
        c.with(Syscall.args("fd", c.fd(), "addr", conn.remote)).filled(Strace.Arg.ADDRESS_OUT, conn.remote).ok(newFd);
        c.state(newFd, conn.state, conn.local, conn.remote);
        return new SocketCalls.Accepted(newFd, conn.remote);
    }

    /**
     * The peer's FIN arrived (it closed, or shut down its writing). A TCP end still open goes from
     * ESTABLISHED to CLOSE_WAIT, where it stays until it closes, or from FIN_WAIT2 (it had shut down
     * its own writing) to TIME_WAIT; one already closed moves its orphaned connection from FIN_WAIT2
     * to TIME_WAIT. Each change is an event, in the name of the process that made the socket.
     */
    @Override
    void finReceived() {
        if (closed) {
            if (network.finReceived(this) != null) {
                changedBehindItsHolders(SocketState.TIME_WAIT);
            }
            return;
        }
        SocketState next = switch (state) {
            case ESTABLISHED -> SocketState.CLOSE_WAIT;
            case FIN_WAIT -> SocketState.TIME_WAIT;
            default -> null;
        };
        if (next != null) {
            state = next;
            changedBehindItsHolders(next);
        }
    }

    /**
     * What the connection becomes once this socket is gone (Linux's tcp_close): an end that
     * closes while its peer is still open waits for the peer's FIN (FIN_WAIT2), one that had it
     * already in FIN_WAIT2 waits in TIME_WAIT; an end whose peer closed first (CLOSE_WAIT) leaves
     * nothing behind, nor does a reset or a socket never connected.
     */
    @Override
    Orphans.Stage orphanStage(boolean wasConnected, boolean reset) {
        if (!wasConnected || reset) {
            return null;
        }
        // A peer still waiting in a listen queue is open: the kernel made it when the handshake ended.
        boolean peerOpen = peer != null ? !peer.closed : queuedIn != null;
        return switch (state) {
            case ESTABLISHED, FIN_WAIT -> peerOpen ? Orphans.Stage.FIN_WAIT2 : null;
            case TIME_WAIT -> Orphans.Stage.TIME_WAIT;
            default -> null;
        };
    }

    private static int clientRealPortOf(SocketChannel accepted) {
        try {
            return ((InetSocketAddress) accepted.getRemoteAddress()).getPort();
        } catch (IOException e) {
            return -1;
        }
    }
}
