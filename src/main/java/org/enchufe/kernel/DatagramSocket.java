package org.enchufe.kernel;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectableChannel;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.runtime.Errno;

/**
 * A UDP socket and the real datagram channel behind it, opened on 127.0.0.1 when the socket is
 * bound (explicitly, or by its first sendto). Datagrams keep their boundaries because the real
 * kernel keeps them; a datagram from a port that is not one of this sandbox's sockets is dropped.
 */
public final class DatagramSocket extends SocketObject {

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
    /** The other end of a socketpair(): the only socket this one talks to. */
    DatagramSocket pairPeer;

    DatagramSocket(HostNetwork network) {
        super(network, SocketCalls.SOCK_DGRAM, new SocketOptions(DEFAULT_BUFFER, DEFAULT_BUFFER));
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
        return channel != null && channel.isOpen() ? 1 : 0;
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
        return channel.send(ByteBuffer.wrap(data, offset, length), new InetSocketAddress("127.0.0.1", realPort));
    }

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
            Datagram d = accepted(a.sender(), a.data());
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
            byte[] data = new byte[buffer.position()];
            buffer.flip();
            buffer.get(data);
            Datagram d = accepted(network.datagramFromRealPort(source.getPort()), data);
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
    }

    // The datagram as this socket receives it, with its sender's address; null when the socket
    // does not take it (a stranger, or not the connected peer).
    private Datagram accepted(HostNetwork.Holder sender, byte[] data) {
        if (pairPeer != null) {
            return sender == pairPeer ? new Datagram(data, null, null) : null;
        }
        if (family == SocketCalls.AF_UNIX && sender instanceof DatagramSocket from && from.family == SocketCalls.AF_UNIX) {
            // AF_UNIX: the sender is named by its path; a connected socket hears its peer only.
            if (!remotePath.isEmpty() && !UnixAddress.key(remotePath).equals(UnixAddress.key(from.localPath))) {
                return null;
            }
            return new Datagram(data, null, from.localPath.isEmpty() ? null : from.localPath);
        }
        if (!(sender instanceof DatagramSocket from) || from.local == null || from.family == SocketCalls.AF_UNIX) {
            return null;
        }
        Sockaddr.Inet fromAddress = present(!isAny(from.local.host()) ? from.local
                : from.network != network && network.lan() != null
                ? new Sockaddr.Inet(network.lan().addressSeen(from.network, network), from.local.port())
                : new Sockaddr.Inet(from.loopback(), from.local.port()));
        if (remote != null && !remote.equals(fromAddress)) {
            return null;
        }
        return new Datagram(data, fromAddress, null);
    }

    @Override
    protected void closeLast() {
        closed = true;
        state = org.enchufe.events.SocketState.CLOSED;
        if (local != null) {
            network.release(local.host(), local.port(), this, false);
        }
        releaseUnixName();
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // Closing a loopback channel does not fail in a way a program could see.
        }
    }
}
