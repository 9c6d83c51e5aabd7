package org.enchufe.kernel;

import org.enchufe.lang.runtime.Errno;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;

/**
 * A TCP socket and the real NIO channel behind it. Java must know whether a socket will listen or
 * connect before it makes the channel, so the real channel opens when listen() or connect()
 * decides; bind() reserves the virtual address at once, as Linux does.
 */
public final class StreamSocket extends SocketObject {

    /** Linux's defaults for a new TCP socket (net.ipv4.tcp_rmem / tcp_wmem). */
    static final int DEFAULT_RCVBUF = 131072;
    static final int DEFAULT_SNDBUF = 16384;

    ServerSocketChannel server;
    /** The real file of an AF_UNIX listener (a short name in the sandbox's directory), or null. */
    private java.nio.file.Path unixFile;
    SocketChannel channel;
    boolean readShut;
    boolean writeShut;
    boolean peerClosed;
    /** The socket at the other end of the connection, when it is in this sandbox. */
    StreamSocket peer;
    /** Connections completed and waiting in this listener's queue for accept(). */
    int queued;
    /** For a client: the listener whose queue its connection waits in until accepted. */
    StreamSocket queuedIn;
    /** One end of a socketpair(): connected from birth, with no addresses. */
    boolean paired;
    /** A non-blocking connect's failure, found by select()/poll(), for getsockopt(SO_ERROR). */
    Errno connectError;
    /** The strace text of the connect() in progress, reported when it completes. */
    String connectCall;
    /**
     * When a connect() that a firewall drops gives up with ETIMEDOUT (System.nanoTime()); 0 when
     * no such connect is pending. Such a connect has no real channel: nobody ever answers it.
     */
    long unansweredUntil;
    StreamSocket(HostNetwork network) {
        super(network, SocketCalls.SOCK_STREAM, new SocketOptions(DEFAULT_RCVBUF, DEFAULT_SNDBUF));
    }

    @Override
    int realDescriptors() {
        return (server != null && server.isOpen() ? 1 : 0) + (channel != null && channel.isOpen() ? 1 : 0)
                + (stashed != null ? 1 : 0);
    }

    @Override
    public boolean listening() {
        return state == SocketState.LISTEN;
    }

    boolean connected() {
        return channel != null && (paired || remote != null || family == SocketCalls.AF_UNIX) && state != SocketState.SYN_SENT;
    }

    @Override
    SelectableChannel selectable() {
        return server != null ? server : channel;
    }

    /** Opens the real listening socket on loopback and returns its real port. */
    int openListener(int backlog) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.INET);
        server.configureBlocking(false);
        server.bind(new InetSocketAddress("127.0.0.1", 0), Math.max(1, backlog));
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /**
     * Binds a real AF_UNIX listening channel at {@code path}, a short real name (Java binds and
     * listens in one step); the file goes when the socket closes.
     */
    void openUnixListener(java.nio.file.Path path) throws IOException {
        server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.configureBlocking(false);
        server.bind(java.net.UnixDomainSocketAddress.of(path), SocketCalls.SOMAXCONN);
        unixFile = path;
    }

    /** The real file of its AF_UNIX listener, where connections to it go. */
    java.nio.file.Path unixFile() {
        return unixFile;
    }

    /** Starts the real AF_UNIX connection to {@code path}; true when it completed at once. */
    boolean openUnixConnection(java.nio.file.Path path) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.configureBlocking(false);
        return channel.connect(java.net.UnixDomainSocketAddress.of(path));
    }

    /** Starts the real connection to a listener's real port; true when it completed at once. */
    boolean openConnection(int realPort) throws IOException {
        channel = SocketChannel.open(StandardProtocolFamily.INET);
        channel.configureBlocking(false);
        applyBufferSizes();
        // Bound first, so the real local port is known before the connection completes.
        channel.bind(new InetSocketAddress("127.0.0.1", 0));
        return channel.connect(new InetSocketAddress("127.0.0.1", realPort));
    }

    void adopt(SocketChannel accepted) throws IOException {
        channel = accepted;
        channel.configureBlocking(false);
        applyBufferSizes();
    }

    private void applyBufferSizes() throws IOException {
        if (options.rcvbufSet) {
            channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, options.rcvbuf / 2);
        }
        if (options.sndbufSet) {
            channel.setOption(java.net.StandardSocketOptions.SO_SNDBUF, options.sndbuf / 2);
        }
        if (channel.supportedOptions().contains(java.net.StandardSocketOptions.TCP_NODELAY)) {
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, options.noDelay);
        }
    }

    int realLocalPort() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** An accepted connection, or null when none is waiting. */
    SocketChannel acceptReal() throws IOException {
        if (stashed != null) {
            SocketChannel next = stashed;
            stashed = null;
            return next;
        }
        return server.accept();
    }

    // A connection select() found waiting; the next accept() returns it.
    private SocketChannel stashed;

    @Override
    boolean readable() throws IOException {
        return switch (state) {
            case LISTEN -> stashed != null || (stashed = server.accept()) != null;
            case SYN_SENT -> false;
            // An unconnected TCP socket polls as hung up, which select() reports as readable.
            case CREATED, BOUND, CLOSED -> true;
            default -> pending != null || readShut || peerClosed || readAvailable(65536, true) != null;
        };
    }

    @Override
    boolean writable() {
        return switch (state) {
            case LISTEN, SYN_SENT -> false;
            default -> true;
        };
    }

    /**
     * Reads what is there: the bytes, an empty array at end of stream, or null when nothing is
     * yet. With {@code peek} the bytes stay in the socket for the next read. As on Linux, one read
     * returns what MSG_PEEK kept together with whatever else has arrived, and after
     * shutdown(SHUT_RD) the bytes already received are still read before the end of stream.
     */
    byte[] readAvailable(int max, boolean peek) throws IOException {
        byte[] kept = pending == null ? new byte[0] : pending;
        byte[] fresh = new byte[0];
        if (kept.length < max && !peerClosed) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.max(1, Math.min(max - kept.length, 1 << 20)));
            int n = channel.read(buffer);
            if (n < 0) {
                peerClosed = true;
            } else if (n > 0) {
                fresh = java.util.Arrays.copyOf(buffer.array(), n);
            }
        }
        byte[] all = kept.length == 0 ? fresh : fresh.length == 0 ? kept : concat(kept, fresh);
        if (all.length == 0) {
            return readShut || peerClosed ? new byte[0] : null;
        }
        int take = Math.min(max, all.length);
        byte[] out = take == all.length ? all : java.util.Arrays.copyOf(all, take);
        if (peek) {
            pending = all;
        } else {
            pending = take == all.length ? null : java.util.Arrays.copyOfRange(all, take, all.length);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    // Bytes MSG_PEEK has already taken from the real socket: the next reads return them first.
    private byte[] pending;

    /** How many bytes a read would return now without blocking: what MSG_PEEK has kept. */
    boolean hasPending() {
        return pending != null;
    }

    int writeSome(byte[] data, int offset, int length) throws IOException {
        return channel.write(ByteBuffer.wrap(data, offset, length));
    }

    @Override
    protected void closeLast() {
        boolean wasConnected = connected();
        // The side that closes first while its peer is still open waits in TIME_WAIT.
        boolean timeWait = wasConnected && peer != null && !peer.closed;
        closed = true;
        state = SocketState.CLOSED;
        if (local != null) {
            network.release(local.host(), local.port(), this, timeWait, remote == null ? "" : Netstat.endpoint(remote));
        }
        releaseUnixName();
        try {
            if (channel != null) {
                // A connection still waiting in a listen queue keeps its name: accept() reports it even
                // after the client closed, as Linux does (accept forgets it then).
                if (queuedIn == null && channel.getLocalAddress() instanceof InetSocketAddress a) {
                    network.forgetClient(a.getPort());
                }
                if (pending != null && channel.isOpen()) {
                    // Bytes select() or MSG_PEEK took from the real socket are still unread: Linux
                    // resets a connection closed with unread bytes, so the real socket must too.
                    channel.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
                }
                channel.close();
            }
            if (server != null) {
                server.close();
            }
            if (unixFile != null) {
                java.nio.file.Files.deleteIfExists(unixFile);
            }
        } catch (IOException ignored) {
            // Closing a loopback channel does not fail in a way a program could see.
        }
    }
}
