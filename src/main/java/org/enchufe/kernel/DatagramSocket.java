package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Route;
import org.enchufe.lang.runtime.Errno;

/**
 * A datagram socket and the real datagram channel behind it, opened on 127.0.0.1 when the socket
 * is bound (explicitly, or by its first sendto): what UDP and AF_UNIX datagram sockets share.
 * Datagrams keep their boundaries because the real kernel keeps them; a datagram from a port that
 * is not one of this sandbox's sockets is dropped.
 */
public abstract sealed class DatagramSocket extends SocketObject permits UdpSocket, UnixDatagramSocket {

    /** Linux's defaults for a UDP socket (net.core.rmem_default / wmem_default). */
    static final int DEFAULT_BUFFER = 212992;
    /** The largest datagram: 65535 minus the IP and UDP headers. */
    static final int MAX_DATAGRAM = 65507;

    /**
     * A datagram as the program sees it: its bytes and who sent it — an internet address, or for
     * AF_UNIX the sender's path ({@code fromPath}, null when the sender has no name).
     */
    public record Datagram(byte[] data, Sockaddr.Inet from, String fromPath) {

        public Datagram(byte[] data, Sockaddr.Inet from) {
            this(data, from, null);
        }
    }

    DatagramChannel channel;
    private Datagram peeked;
    /**
     * Where a datagram lands before it is copied out: one per thread that drives sandboxes, not one
     * per socket (a sandbox of many idle UDP sockets would otherwise hold 64 KiB for each).
     */
    private static final ThreadLocal<ByteBuffer> LANDING = ThreadLocal.withInitial(() -> ByteBuffer.allocate(MAX_DATAGRAM + 1));
    /** An error an ICMP message left for the next call, as "port unreachable" leaves ECONNREFUSED. */
    Errno pendingError;
    boolean readShut;
    boolean writeShut;

    DatagramSocket(HostNetwork network, int family) {
        super(network, family, SocketCalls.SOCK_DGRAM, new SocketOptions(DEFAULT_BUFFER, DEFAULT_BUFFER));
    }

    @Override
    public boolean listening() {
        return false;
    }

    @Override
    SelectableChannel selectable() {
        return channel;
    }

    @Override
    boolean readable() throws IOException {
        return readShut || receive(true) != null;
    }

    @Override
    boolean writable() {
        return true;
    }

    @Override
    int realDescriptors() {
        return (channel != null && channel.isOpen() ? 1 : 0) + aliases.size();
    }

    /** Opens the real channel once the socket has a virtual address. */
    void openReal() throws IOException {
        if (channel != null) {
            return;
        }
        channel = DatagramChannel.open(StandardProtocolFamily.INET);
        channel.configureBlocking(false);
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        network.registerDatagram(this, ((InetSocketAddress) channel.getLocalAddress()).getPort());
    }

    /** The real port this socket receives on. */
    int realPort() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** Sends one datagram to a real port; Java refuses oversized ones as Linux does (EMSGSIZE). */
    int sendReal(byte[] data, int offset, int length, int realPort) throws IOException {
        return sent(channel.send(ByteBuffer.wrap(data, offset, length), new InetSocketAddress("127.0.0.1", realPort)), realPort);
    }

    /**
     * Datagrams sent over real loopback to this socket's channel and not yet taken from it. On a
     * loaded machine the kernel may queue a loopback datagram a moment after sendto() returned, so
     * a reader asleep on this socket is still to be woken: {@code Settling} waits for it.
     */
    private int onItsWay;

    /** Counts a datagram handed to the real kernel for {@code realPort} as on its way to the sandbox's socket there. */
    private int sent(int bytes, int realPort) {
        if (bytes > 0 && network.datagramFromRealPort(realPort) instanceof DatagramSocket to) {
            to.onItsWay++;
            to.arrivals++;
        }
        return bytes;
    }

    /** Whether a datagram sent to this socket over real loopback has not reached its channel's reads yet. */
    public boolean datagramOnItsWay() {
        return onItsWay > 0;
    }

    /**
     * Sends one datagram to a real port of this socket's own host, from {@code source}: a socket
     * bound to the wildcard that sends to one of its host's addresses other than loopback (or to
     * its network's broadcast) sends from that address, as Linux's route to it says, so the
     * receiver must see it — the real channel for it is another one, which the receiver's host
     * knows by that address.
     */
    int sendRealFrom(String source, byte[] data, int offset, int length, int realPort) throws IOException {
        if (!isAny(local.host()) || HostNetwork.isLoopback(source)) {
            return sendReal(data, offset, length, realPort);
        }
        DatagramChannel alias = aliases.get(source);
        if (alias == null) {
            alias = DatagramChannel.open(StandardProtocolFamily.INET);
            alias.bind(new InetSocketAddress("127.0.0.1", 0));
            aliases.put(source, alias);
            network.registerDatagramAlias(this, ((InetSocketAddress) alias.getLocalAddress()).getPort(), source);
        }
        return sent(alias.send(ByteBuffer.wrap(data, offset, length), new InetSocketAddress("127.0.0.1", realPort)), realPort);
    }

    // The real channels sendRealFrom() sends from, by the host address each stands for.
    private final java.util.Map<String, DatagramChannel> aliases = new java.util.HashMap<>();

    /**
     * The next datagram from a socket of this sandbox (from the connected peer only, when
     * connected), or null when none is waiting. With {@code peek} it stays for the next read.
     */
    Datagram receive(boolean peek) throws IOException {
        if (peeked != null) {
            Datagram d = peeked;
            if (!peek) {
                peeked = null;
            }
            return d;
        }
        while (!arrived.isEmpty()) {
            Arrival a = arrived.poll();
            Datagram d = accepted(a.sender(), null, a.data());
            if (d != null) {
                if (peek) {
                    peeked = d;
                }
                return d;
            }
        }
        if (channel == null) {
            return null;
        }
        while (true) {
            ByteBuffer buffer = LANDING.get();
            buffer.clear();
            if (!(channel.receive(buffer) instanceof InetSocketAddress source)) {
                return null;
            }
            onItsWay = Math.max(0, onItsWay - 1);
            byte[] data = new byte[buffer.position()];
            buffer.flip();
            buffer.get(data);
            Datagram d = accepted(network.datagramFromRealPort(source.getPort()), network.datagramSourceAt(source.getPort()), data);
            if (d != null) {
                if (peek) {
                    peeked = d;
                }
                return d;
            }
        }
    }

    /** A datagram a link delivered late, after its sender had closed: it names the sender itself. */
    private record Arrival(HostNetwork.Holder sender, byte[] data) {
    }

    private final java.util.ArrayDeque<Arrival> arrived = new java.util.ArrayDeque<>();

    /** Hands this socket a datagram that {@code sender} (now closed) sent through a slow link. */
    void arrive(HostNetwork.Holder sender, byte[] data) {
        arrived.add(new Arrival(sender, data));
        arrivals++;
    }

    /**
     * The datagram as this socket receives it, with its sender's address; null when the socket
     * does not take it (a stranger, or not the connected peer). {@code source}: the host address a
     * sender bound to the wildcard sent it from, when that is not loopback on its own host.
     */
    abstract Datagram accepted(HostNetwork.Holder sender, String source, byte[] data);

    /** A datagram from an internet socket, named by the address it is seen from. */
    final Datagram acceptedInet(HostNetwork.Holder sender, String source, byte[] data) {
        if (!(sender instanceof UdpSocket from) || from.local == null) {
            return null;
        }
        Sockaddr.Inet fromAddress = present(!isAny(from.local.host()) ? from.local
                : source != null ? new Sockaddr.Inet(source, from.local.port())
                : from.network != network && network.lan() != null
                ? new Sockaddr.Inet(network.lan().addressSeen(from.network, network), from.local.port())
                : new Sockaddr.Inet(from.loopback(), from.local.port()));
        if (remote != null && !remote.equals(fromAddress)) {
            return null;
        }
        return new Datagram(data, fromAddress, null);
    }

    // ---------------------------------------------------------------- the calls datagram sockets share

    @Override
    void openBound() throws IOException {
        openReal();
    }

    @Override
    void listen(Syscall c, int backlog) {
        throw c.fail(Errno.ENOTSUP);
    }

    @Override
    SocketCalls.Accepted accept(Syscall c, boolean nonBlocking) {
        throw c.fail(Errno.ENOTSUP);
    }

    /** connect() names the peer: sends go there, and only it is heard. Nothing is sent. */
    @Override
    final boolean connect(Syscall c, String host, int port, boolean nonBlocking) {
        HostNetwork net = network;
        String target = isAny(host) ? loopback() : host;
        boolean broadcast = c.process().sandbox().network().isBroadcast(HostNetwork.unmapped(target));
        if (broadcast && DatagramRouting.broadcastRoutes(c, this, HostNetwork.unmapped(target)) == null) {
            throw c.refuse(Errno.ENETUNREACH);
        }
        if (broadcast && !options.on(SocketOption.SO_BROADCAST)) {
            throw c.fail(Errno.EACCES);
        }
        // Linux looks up the route (no network: ENETUNREACH) but sends nothing: a host nobody has is
        // found out only when a datagram goes.
        Route route = net.route(target);
        if (!broadcast && route instanceof Route.Unreachable u && u.wholeNetwork()) {
            throw c.refuse(Errno.ENETUNREACH);
        }
        String source = present(new Sockaddr.Inet(net.sourceFor(target), 0)).host();
        try {
            if (local == null) {
                int port0 = net.bindEphemeral(source, this);
                local = new Sockaddr.Inet(source, port0);
                openReal();
            } else if (isAny(local.host())) {
                local = new Sockaddr.Inet(source, local.port());
            }
        } catch (IOException e) {
            throw c.fail(e);
        }
        remote = new Sockaddr.Inet(target, port);
        state = SocketState.ESTABLISHED;
        c.ok(0);
        c.state(SocketState.ESTABLISHED, local, remote);
        return true;
    }

    /** sendto(): one datagram to an internet address, binding the socket first if it is not. */
    @Override
    final Integer sendto(Syscall c, byte[] data, int flags, Sockaddr.Inet to, boolean nonBlocking) throws IOException {
        if (local == null) {
            int port0 = network.bindEphemeral(any(), this);
            local = new Sockaddr.Inet(any(), port0);
            openReal();
            // The kernel bound it to an ephemeral port: the views show it bound, as netstat would.
            state = SocketState.BOUND;
            c.state(SocketState.BOUND, local, null);
        }
        // Linux binds the socket first (above), then refuses port 0 as a destination.
        if (to.port() == 0) {
            throw c.fail(Errno.EINVAL);
        }
        return sendDatagram(c, data, 0, data.length, to);
    }

    /** One datagram to an internet address, through the sandbox's network. */
    final int sendDatagram(Syscall c, byte[] data, int offset, int length, Sockaddr.Inet to) throws IOException {
        if (pendingError != null) {
            Errno error = pendingError;
            pendingError = null;
            throw c.refuse(error);
        }
        if (writeShut) {
            throw c.fail(Errno.EPIPE);
        }
        if (length > MAX_DATAGRAM) {
            throw c.fail(Errno.EMSGSIZE);
        }
        Errno heard = DatagramRouting.send(c, this, data, offset, length, to);
        if (remote != null && heard != null) {
            // Linux hears an ICMP "port unreachable" (or "host unreachable"); a connected socket's next call reports it.
            pendingError = heard;
        }
        c.moved(data, offset, length).ok(length);
        return length;
    }

    /**
     * Datagrams carry no urgent data: MSG_OOB is EOPNOTSUPP on every send, and on an AF_UNIX
     * datagram socket's receives (a UDP receive ignores it), as Linux says.
     */
    @Override
    final void checkFlags(Syscall c, int flags, boolean sending) {
        if ((flags & SocketCalls.MSG_OOB) != 0 && (sending || family == SocketCalls.AF_UNIX)) {
            throw c.fail(Errno.ENOTSUP);
        }
    }

    @Override
    final byte[] recv(Syscall c, int max, int flags, boolean nonBlocking) throws IOException {
        Datagram got = receive(c, max, flags, nonBlocking, false);
        return got == null ? null : got.data();
    }

    @Override
    final Datagram recvfrom(Syscall c, int max, int flags, boolean nonBlocking) throws IOException {
        return receive(c, max, flags, nonBlocking, true);
    }

    private Datagram receive(Syscall c, int max, int flags, boolean nonBlocking, boolean withAddress) throws IOException {
        if (pendingError != null) {
            Errno error = pendingError;
            pendingError = null;
            throw c.refuse(error);
        }
        if (readShut) {
            c.filled(Strace.Arg.BUFFER_OUT, new byte[0]).filled(Strace.Arg.ADDRESS_OUT, Strace.NULL).ok(0);
            return new Datagram(new byte[0], null);
        }
        Datagram got = receive((flags & SocketCalls.MSG_PEEK) != 0);
        if (got == null) {
            if (nonBlocking || (flags & SocketCalls.MSG_DONTWAIT) != 0) {
                throw c.fail(Errno.EAGAIN);
            }
            return null;
        }
        // A datagram longer than the buffer is cut, and the rest is lost, as on Linux.
        byte[] data = got.data().length > max ? java.util.Arrays.copyOf(got.data(), max) : got.data();
        Object from = sender(c, got);
        if (withAddress) {
            c.filled(Strace.Arg.ADDRESS_OUT, from);
        }
        c.moved(data, 0, data.length).filled(Strace.Arg.BUFFER_OUT, data).ok(data.length);
        return new Datagram(data, got.from(), got.fromPath());
    }

    /** The sender of a datagram received: put in the call's event, and returned as recvfrom() fills it in. */
    abstract Object sender(Syscall c, Datagram got);

    @Override
    final byte[] read(Syscall c, int max) throws IOException {
        Datagram got = receive(false);
        return got == null ? null : java.util.Arrays.copyOf(got.data(), Math.min(max, got.data().length));
    }

    @Override
    final void shutdown(Syscall c, int how) {
        // Linux marks the socket shut down even when it then says ENOTCONN (an unconnected UDP
        // socket): later sends fail with EPIPE.
        readShut |= how != 1;
        writeShut |= how != 0;
        if (remote == null) {
            throw c.fail(Errno.ENOTCONN);
        }
        c.ok(0);
    }

    @Override
    protected void closeLast() {
        closed = true;
        state = org.enchufe.events.SocketState.CLOSED;
        if (local != null) {
            network.release(local.host(), local.port(), this);
        }
        releaseUnixName();
        try {
            if (channel != null) {
                channel.close();
            }
            for (DatagramChannel alias : aliases.values()) {
                alias.close();
            }
        } catch (IOException ignored) {
            // Closing a loopback channel does not fail in a way a program could see.
        }
    }
}
