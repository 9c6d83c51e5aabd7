package org.enchufe.kernel;

import org.enchufe.lang.runtime.Errno;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

import org.enchufe.events.FailureCause;
import org.enchufe.events.Sockaddr;
import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Orphans;

/**
 * A stream socket and the real NIO channel behind it: what TCP and AF_UNIX streams share —
 * connecting, accepting, sending, receiving, shutting down. Java must know whether a socket will
 * listen or connect before it makes the channel, so the real channel opens when listen() or
 * connect() decides; bind() reserves the virtual address at once, as Linux does.
 */
public abstract sealed class StreamSocket extends SocketObject permits TcpSocket, UnixStreamSocket {

    /** Linux's defaults for a new TCP socket (net.ipv4.tcp_rmem / tcp_wmem). */
    static final int DEFAULT_RCVBUF = 131072;
    static final int DEFAULT_SNDBUF = 16384;

    /** Its listener's side, once a real listening channel opened (listen(); an AF_UNIX stream's bind()). */
    private ListenQueue listenQueue;
    SocketChannel channel;
    /** What it keeps beside the real channel: peeked bytes, urgent bytes, the end of stream. */
    private final StreamBuffers buffers;
    boolean readShut;
    boolean writeShut;
    /**
     * The real connection told a send or recv that it was reset (EPIPE, ECONNRESET): Linux's
     * socket is then in TCP_CLOSE, where getpeername() and shutdown() say ENOTCONN.
     */
    private boolean reset;
    /** The socket at the other end of the connection, when it is in this sandbox. */
    StreamSocket peer;
    /** For a client: the listener whose queue its connection waits in until accepted. */
    StreamSocket queuedIn;
    /** One end of a socketpair(): connected from birth, with no addresses. */
    boolean paired;
    /** Its connect() until it has said how it ended. */
    private final ConnectAttempt connecting = new ConnectAttempt();
    /**
     * Closed while its connect() was still unanswered in the real kernel (a listen queue full, its
     * SYN dropped): on Linux that attempt ends with the socket, and no listener ever sees it.
     */
    private boolean gaveUpConnecting;
    /** This end has sent its FIN (closed, or shut down its writing, without a reset). */
    boolean sentFin;

    StreamSocket(HostNetwork network, int family) {
        super(network, family, SocketCalls.SOCK_STREAM, new SocketOptions(DEFAULT_RCVBUF, DEFAULT_SNDBUF));
        buffers = new StreamBuffers(options, family == SocketCalls.AF_UNIX);
    }

    @Override
    int realDescriptors() {
        return (listenQueue != null ? listenQueue.realDescriptors() : 0) + (channel != null && channel.isOpen() ? 1 : 0);
    }

    @Override
    public boolean listening() {
        return state == SocketState.LISTEN;
    }

    boolean connected() {
        return channel != null && (paired || remote != null || family == SocketCalls.AF_UNIX) && state != SocketState.SYN_SENT;
    }

    /** The real socket reported a reset to a send or recv (EPIPE, ECONNRESET): see {@link #reset}. */
    void wasReset() {
        reset = true;
    }

    @Override
    SelectableChannel selectable() {
        return listenQueue != null ? listenQueue.channel() : channel;
    }

    /** listen() opened the real listening channel: accept() takes connections from it. */
    final void listenOn(ServerSocketChannel server) {
        listenQueue = new ListenQueue(network, server);
    }

    /** Whether the real listening channel is open (an AF_UNIX stream's, from bind() on). */
    final boolean hasListener() {
        return listenQueue != null;
    }

    /** Its listener's side; null until a real listening channel opens. */
    final ListenQueue listenQueue() {
        return listenQueue;
    }

    /** How many completed connections wait in its queue for accept(): 0 for a socket that does not listen. */
    public final int queued() {
        return listenQueue == null ? 0 : listenQueue.queued();
    }

    /** Whether it was closed while its real connect() was still unanswered: see {@link #gaveUpConnecting}. */
    final boolean gaveUpConnecting() {
        return gaveUpConnecting;
    }

    /** Its connect() until it has said how it ended. */
    final ConnectAttempt connecting() {
        return connecting;
    }

    /** The end of the stream has arrived: its peer closed, or shut down its writing. */
    final boolean peerClosed() {
        return buffers.endOfStream();
    }

    void adopt(SocketChannel accepted) throws IOException {
        channel = accepted;
        channel.configureBlocking(false);
        options.applyTo(channel);
    }

    /** An accepted connection, or null when none is waiting. */
    SocketChannel acceptReal() throws IOException {
        return listenQueue.accept();
    }

    @Override
    boolean readable() throws IOException {
        return switch (state) {
            case LISTEN -> listenQueue.readable();
            case SYN_SENT -> false;
            // An unconnected TCP socket polls as hung up, which select() reports as readable.
            case CREATED, BOUND, CLOSED -> true;
            default -> buffers.hasPending() || readShut || buffers.endOfStream() || buffers.urgentByteReadable()
                    || readStream(65536, true) != null;
        };
    }

    @Override
    boolean writable() {
        return switch (state) {
            case LISTEN, SYN_SENT -> false;
            default -> true;
        };
    }

    /** What an ordinary read returns now: see {@link StreamBuffers#read}. */
    byte[] readStream(int max, boolean peek) throws IOException {
        return buffers.read(channel, max, peek, readShut);
    }

    int writeSome(byte[] data, int offset, int length) throws IOException {
        return buffers.write(channel, data, offset, length);
    }

    @Override
    boolean urgentPending() {
        return buffers.urgentPending();
    }

    /** send(MSG_OOB): see {@link StreamBuffers#sendUrgent}; a peer outside the sandbox gets the byte in line. */
    private int sendUrgent(byte[] data, int offset, int length) throws IOException {
        return buffers.sendUrgent(channel, data, offset, length, peer != null && !peer.closed ? peer.buffers : null);
    }

    /**
     * recv(MSG_OOB): the urgent byte, taken once (EINVAL when there is none, or SO_OOBINLINE keeps
     * it in line, or it was taken; the socket need not be connected to say so).
     */
    private byte[] recvUrgent(Syscall c, int max, int flags) {
        Byte value = buffers.takeUrgent((flags & SocketCalls.MSG_PEEK) != 0);
        if (value == null) {
            throw c.fail(Errno.EINVAL);
        }
        byte[] data = max == 0 ? new byte[0] : new byte[] {value};
        c.moved(data, 0, data.length).filled(Strace.Arg.BUFFER_OUT, data).ok(data.length);
        return data;
    }

    // ---------------------------------------------------------------- the calls streams share

    @Override
    boolean hasRealConnection() {
        return channel != null;
    }

    @Override
    boolean peerKnown() {
        return connected() && !reset;
    }

    @Override
    final SocketCalls.Accepted accept(Syscall c, boolean nonBlocking) throws IOException {
        if (state != SocketState.LISTEN) {
            throw c.fail(Errno.EINVAL);
        }
        SocketChannel real = listenQueue.take(c, nonBlocking);
        if (real == null) {
            return null;
        }
        try {
            return accepted(c, real);
        } catch (IOException e) {
            ListenQueue.closeQuietly(real);
            throw e;
        }
    }

    /** The connection accept() took, as a new socket on a new descriptor. */
    abstract SocketCalls.Accepted accepted(Syscall c, SocketChannel real) throws IOException;

    @Override
    long unansweredFor(KernelClock clock) {
        return connecting.isUnanswered() && state == SocketState.SYN_SENT ? connecting.unansweredFor(clock) : -1;
    }

    // Whether an unanswered connect() has run out of time; then it is closed with ETIMEDOUT waiting.
    private boolean timedOut(KernelClock clock) {
        if (!connecting.ranOut(clock)) {
            return false;
        }
        state = SocketState.CLOSED;
        return true;
    }

    @Override
    Object connectAddress() {
        return connecting.asked();
    }

    @Override
    final boolean finishConnect(Syscall c) {
        if (connecting.isUnanswered()) {
            if (!timedOut(c.process().sandbox().clock())) {
                return false;
            }
            FailureCause.Firewall rule = connecting.droppedBy();
            throw rule == null ? c.refuse(Errno.ETIMEDOUT) : c.refuse(Errno.ETIMEDOUT, rule);
        }
        try {
            if (!channel.finishConnect()) {
                return false;
            }
        } catch (IOException e) {
            state = SocketState.CLOSED;
            throw c.fail(e);
        }
        established(c);
        return true;
    }

    /**
     * select()/poll() asking whether a connect() in progress is writable: by the time Linux says so
     * the connection is up (or refused, the error waiting in SO_ERROR), with no call of the
     * program's own. True once it is settled either way.
     */
    boolean settleConnect(Process p, int fd) {
        if (connecting.isUnanswered()) {
            if (!timedOut(p.sandbox().clock())) {
                return false;
            }
            connecting.failed(Errno.ETIMEDOUT);
            return true;
        }
        try {
            if (!channel.finishConnect()) {
                return false;
            }
        } catch (IOException e) {
            state = SocketState.CLOSED;
            connecting.failed(OsErrors.errnoOf(e));
            return true;
        }
        connected(p, fd);
        return true;
    }

    void established(Syscall c) {
        c.ok(0);
        connected(c.process(), c.fd());
    }

    /** The connection is up: the views see it, and it waits in its listener's queue for accept(). */
    void connected(Process p, int fd) {
        state = SocketState.ESTABLISHED;
        p.sandbox().socketState(p, fd, SocketState.ESTABLISHED, local, remote);
        if (queuedIn != null) {
            queuedIn.listenQueue.completed();
            p.sandbox().queueChanged(queuedIn);
        }
    }

    @Override
    boolean errorPending() {
        return connecting.errorPending();
    }

    @Override
    int takeError() {
        return connecting.takeError();
    }

    @Override
    final Integer send(Syscall c, byte[] data, int offset, int length, int flags, boolean nonBlocking) throws IOException {
        if (connecting.errorPending()) {
            throw c.fail(Errno.ofNumber(takeError()).orElseThrow());
        }
        if (!connected() || writeShut) {
            throw c.fail(Errno.EPIPE);
        }
        boolean urgentToo = (flags & SocketCalls.MSG_OOB) != 0;
        if (urgentToo && length == 0 && family == SocketCalls.AF_UNIX) {
            throw c.fail(Errno.ENOTSUP);
        }
        int sent = length == 0 ? 0 : urgentToo ? sendUrgent(data, offset, length) : writeSome(data, offset, length);
        sent = Math.max(sent, 0);
        if (sent == 0 && length > 0) {
            if (nonBlocking || (flags & SocketCalls.MSG_DONTWAIT) != 0) {
                throw c.fail(Errno.EAGAIN);
            }
            return null;
        }
        // strace shows the part the kernel took, and the length asked.
        c.moved(data, offset, sent).filled(Strace.Arg.BUFFER_IN, new Strace.Bytes(data, offset, sent)).ok(sent);
        return sent;
    }

    /** A connected stream ignores sendto()'s address: it is a send(), traced as one. */
    @Override
    final Integer sendto(Syscall c, byte[] data, int flags, Sockaddr.Inet to, boolean nonBlocking) {
        if (!connected()) {
            throw c.fail(Errno.EPIPE);
        }
        return SocketCalls.send(c.process(), c.fd(), data, 0, data.length, flags, nonBlocking);
    }

    @Override
    final byte[] recv(Syscall c, int max, int flags, boolean nonBlocking) throws IOException {
        // A failed connect's error is what the next call on the socket reports, once (sock_error).
        if (connecting.errorPending()) {
            throw c.fail(Errno.ofNumber(takeError()).orElseThrow());
        }
        if ((flags & SocketCalls.MSG_OOB) != 0) {
            return recvUrgent(c, max, flags);
        }
        if (!connected()) {
            throw c.fail(Errno.ENOTCONN);
        }
        byte[] data = max == 0 ? new byte[0] : readStream(max, (flags & SocketCalls.MSG_PEEK) != 0);
        if (data == null) {
            if (nonBlocking || (flags & SocketCalls.MSG_DONTWAIT) != 0) {
                throw c.fail(Errno.EAGAIN);
            }
            return null;
        }
        c.moved(data, 0, data.length).filled(Strace.Arg.BUFFER_OUT, data).ok(data.length);
        return data;
    }

    /**
     * recv(MSG_WAITALL): one call, traced once, that returns when {@code max} bytes have arrived,
     * or fewer at the end of the stream; {@code got} keeps what came so far between the retries of
     * a blocked call. Null while it must wait.
     */
    @Override
    final byte[] recvAll(Syscall c, int max, int flags, boolean nonBlocking, java.io.ByteArrayOutputStream got)
            throws IOException {
        if (!connected() || max == 0 || (flags & (SocketCalls.MSG_PEEK | SocketCalls.MSG_OOB)) != 0) {
            return recv(c, max, flags, nonBlocking);
        }
        while (got.size() < max) {
            byte[] data = readStream(max - got.size(), false);
            if (data == null) {
                if (!nonBlocking && (flags & SocketCalls.MSG_DONTWAIT) == 0) {
                    return null;
                }
                if (got.size() == 0) {
                    throw c.fail(Errno.EAGAIN);
                }
                break;
            }
            if (data.length == 0) {
                break;
            }
            got.writeBytes(data);
        }
        byte[] all = got.toByteArray();
        c.moved(all, 0, all.length).filled(Strace.Arg.BUFFER_OUT, all).ok(all.length);
        return all;
    }

    /** recvfrom() on a stream is a recv(), traced as one; there is no sender to name. */
    @Override
    final DatagramSocket.Datagram recvfrom(Syscall c, int max, int flags, boolean nonBlocking) {
        byte[] data = SocketCalls.recv(c.process(), c.fd(), max, flags, nonBlocking);
        return data == null ? null : new DatagramSocket.Datagram(data, null);
    }

    @Override
    final byte[] read(Syscall c, int max) throws IOException {
        if (!connected()) {
            throw c.fail(Errno.ENOTCONN);
        }
        return max == 0 ? new byte[0] : readStream(max, false);
    }

    @Override
    final void shutdown(Syscall c, int how) throws IOException {
        if (!connected() || reset) {
            throw c.fail(Errno.ENOTCONN);
        }
        if (how != 1) {
            readShut = true;
        }
        boolean finNow = how != 0 && !writeShut;
        if (finNow) {
            channel.shutdownOutput();
            writeShut = true;
        }
        c.ok(0);
        if (finNow) {
            // Its FIN goes: an end that had its peer's already is done (LAST_ACK, answered at once
            // on loopback), any other waits for the peer's (FIN_WAIT2); the peer sees the FIN.
            state = state == SocketState.CLOSE_WAIT ? SocketState.CLOSED : SocketState.FIN_WAIT;
            c.state(state, local, remote);
            finSent();
        } else if (writeShut) {
            c.state(state, local, remote);
        }
    }

    // This end's FIN reaches its peer, when the peer is a socket of this sandbox.
    private void finSent() {
        sentFin = true;
        if (peer != null) {
            peer.finReceived();
        }
    }

    /** The peer's FIN arrived (it closed, or shut down its writing): a TCP end changes state; an AF_UNIX stream has none. */
    void finReceived() {
    }

    /** What the connection becomes once this socket is gone: nothing, for all but TCP. */
    Orphans.Stage orphanStage(boolean wasConnected, boolean reset) {
        return null;
    }

    // Whether the real connect() is still unanswered now, as the socket closes.
    private boolean stillConnecting() {
        try {
            return channel != null && channel.isConnectionPending() && !channel.finishConnect();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    protected void closeLast() {
        boolean wasConnected = connected();
        // SO_LINGER on with no time to linger: close() resets the connection, and nothing waits;
        // so does one with bytes select() or MSG_PEEK took and nobody read.
        boolean reset = lingersForNothing() || buffers.hasPending();
        Orphans.Stage orphan = orphanStage(wasConnected, reset);
        gaveUpConnecting = state == SocketState.SYN_SENT && stillConnecting();
        closed = true;
        state = SocketState.CLOSED;
        if (local != null) {
            network.release(local.host(), local.port(), this, orphan, remote == null ? "" : Netstat.endpoint(remote));
        }
        releaseUnixName();
        if (orphan != null) {
            changedBehindItsHolders(orphan == Orphans.Stage.TIME_WAIT ? SocketState.TIME_WAIT : SocketState.FIN_WAIT);
        }
        if (wasConnected && !reset && !writeShut) {
            finSent();
        }
        try {
            if (channel != null) {
                // A connection still waiting in a listen queue keeps its name: accept() reports it even
                // after the client closed, as Linux does (accept forgets it then).
                if (queuedIn == null && channel.getLocalAddress() instanceof InetSocketAddress a) {
                    network.forgetClient(a.getPort());
                }
                if (reset && channel.isOpen()) {
                    // Bytes select() or MSG_PEEK took from the real socket are still unread: Linux
                    // resets a connection closed with unread bytes, so the real socket must too.
                    channel.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
                }
                channel.close();
            }
            if (listenQueue != null) {
                listenQueue.close();
            }
        } catch (IOException ignored) {
            // Closing a loopback channel does not fail in a way a program could see.
        }
    }

    @Override
    long arrivals() {
        return buffers.arrivals() + (listenQueue != null ? listenQueue.arrivals() : 0);
    }
}
