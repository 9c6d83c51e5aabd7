package org.enchufe.kernel;

import org.enchufe.lang.runtime.Errno;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectableChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

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

    ServerSocketChannel server;
    SocketChannel channel;
    boolean readShut;
    boolean writeShut;
    boolean peerClosed;
    /**
     * The real connection told a send or recv that it was reset (EPIPE, ECONNRESET): Linux's
     * socket is then in TCP_CLOSE, where getpeername() and shutdown() say ENOTCONN.
     */
    private boolean reset;
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
    /**
     * A non-blocking connect() said EINPROGRESS and no connect() since has said how it ended
     * (Linux's SS_CONNECTING): the next one reports it.
     */
    boolean connectUnreported;
    /** The address the connect() in progress asked for, reported when it completes. */
    Object connectAddress;
    /**
     * When a connect() that a firewall drops gives up with ETIMEDOUT (the sandbox's clock); 0 when
     * no such connect is pending. Such a connect has no real channel: nobody ever answers it.
     */
    long unansweredUntil;
    /**
     * Closed while its connect() was still unanswered in the real kernel (a listen queue full, its
     * SYN dropped): on Linux that attempt ends with the socket, and no listener ever sees it.
     */
    boolean gaveUpConnecting;
    /** This end has sent its FIN (closed, or shut down its writing, without a reset). */
    boolean sentFin;

    /** The firewall rule that dropped an unanswered connect(), for its ETIMEDOUT's explanation. */
    org.enchufe.events.FailureCause.Firewall droppedBy;
    StreamSocket(HostNetwork network, int family) {
        super(network, family, SocketCalls.SOCK_STREAM, new SocketOptions(DEFAULT_RCVBUF, DEFAULT_SNDBUF));
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

    /** The real socket reported a reset to a send or recv (EPIPE, ECONNRESET): see {@link #reset}. */
    void wasReset() {
        reset = true;
    }

    @Override
    SelectableChannel selectable() {
        return server != null ? server : channel;
    }

    void adopt(SocketChannel accepted) throws IOException {
        channel = accepted;
        channel.configureBlocking(false);
        applyBufferSizes();
    }

    void applyBufferSizes() throws IOException {
        if (options.isSet(SocketOption.SO_RCVBUF)) {
            channel.setOption(java.net.StandardSocketOptions.SO_RCVBUF, options.get(SocketOption.SO_RCVBUF) / 2);
        }
        if (options.isSet(SocketOption.SO_SNDBUF)) {
            channel.setOption(java.net.StandardSocketOptions.SO_SNDBUF, options.get(SocketOption.SO_SNDBUF) / 2);
        }
        if (channel.supportedOptions().contains(java.net.StandardSocketOptions.TCP_NODELAY)) {
            channel.setOption(java.net.StandardSocketOptions.TCP_NODELAY, options.on(SocketOption.TCP_NODELAY));
        }
    }

    int realLocalPort() throws IOException {
        return ((InetSocketAddress) channel.getLocalAddress()).getPort();
    }

    /** An accepted connection, or null when none is waiting. */
    SocketChannel acceptReal() throws IOException {
        while (true) {
            SocketChannel next = stashed != null ? stashed : server.accept();
            arrivals += next != null && stashed == null ? 1 : 0;
            stashed = null;
            if (next == null || !fromClientThatGaveUp(next)) {
                return next;
            }
            // Java only kills a closed channel once every selector it was registered with has
            // selected again, so a client that gave up may still send its SYN and get in when the
            // queue has room. On Linux that attempt died with the socket: nobody ever connected.
            closeQuietly(next);
        }
    }

    private boolean fromClientThatGaveUp(SocketChannel real) throws IOException {
        if (!(real.getRemoteAddress() instanceof InetSocketAddress peer)
                || !(network.clientFor(peer.getPort()) instanceof StreamSocket client) || !client.gaveUpConnecting) {
            return false;
        }
        network.forgetClient(peer.getPort());
        return true;
    }

    // A connection select() found waiting; the next accept() returns it.
    private SocketChannel stashed;

    @Override
    boolean readable() throws IOException {
        return switch (state) {
            case LISTEN -> stashed != null || (stashed = acceptReal()) != null;
            case SYN_SENT -> false;
            // An unconnected TCP socket polls as hung up, which select() reports as readable.
            case CREATED, BOUND, CLOSED -> true;
            default -> pending != null || readShut || peerClosed || urgentByteReadable() || readStream(65536, true) != null;
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
            arrivals += n != 0 ? 1 : 0;
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
        int n = channel.write(ByteBuffer.wrap(data, offset, length));
        written += n;
        return n;
    }

    // ---------------------------------------------------------------- urgent data (MSG_OOB)

    // Bytes this end has put in the stream, urgent ones included: the next one's position.
    private long written;
    // Bytes this end's reads have gone past, urgent ones (read or skipped) included.
    private long consumed;
    // The urgent bytes the peer sent, beside the real channel.
    private final UrgentData urgent = new UrgentData();

    /**
     * What an ordinary read returns now, with the peer's urgent bytes back in their places (see
     * {@link UrgentData}): the bytes, an empty array at end of stream, or null when nothing is yet.
     * A read stops before the mark; one that starts at it skips the urgent byte, or reads it in
     * line with SO_OOBINLINE, and goes on.
     */
    byte[] readStream(int max, boolean peek) throws IOException {
        boolean inline = options.on(SocketOption.SO_OOBINLINE);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long position = consumed;
        while (out.size() < max) {
            long next = urgent.nextAt(position);
            if (next == position) {
                boolean mark = urgent.isMark(position);
                if (mark && out.size() > 0) {
                    break;
                }
                int value = urgent.at(position);
                if (value != UrgentData.HOLE && (!mark || inline)) {
                    out.write(value);
                }
                if (!peek) {
                    urgent.passed(position);
                }
                position++;
                continue;
            }
            int room = next < 0 ? max - out.size() : (int) Math.min(max - out.size(), next - position);
            byte[] got = readAvailable(room, peek);
            if (got == null || got.length == 0) {
                if (out.size() == 0) {
                    consumed = peek ? consumed : position;
                    return got;
                }
                break;
            }
            out.writeBytes(got);
            position += got.length;
            if (peek || got.length < room) {
                break;
            }
        }
        if (!peek) {
            consumed = position;
        }
        return out.toByteArray();
    }

    /**
     * The peer's urgent byte arrives at {@code position}. The one before it becomes ordinary data,
     * except as Linux has it: on TCP, one the reader stands at is skipped (without SO_OOBINLINE);
     * on an AF_UNIX stream, one recv(MSG_OOB) took is gone.
     */
    private void urgentArrives(long position, byte value) {
        boolean unix = family == SocketCalls.AF_UNIX;
        if (!unix && urgent.isMark(consumed) && !options.on(SocketOption.SO_OOBINLINE)) {
            urgent.passed(consumed);
            consumed++;
        }
        urgent.arrive(position, value, unix);
    }

    /** Whether an urgent byte waits at the reader's place that an ordinary read returns. */
    private boolean urgentByteReadable() {
        return urgent.nextAt(consumed) == consumed && urgent.at(consumed) != UrgentData.HOLE
                && (!urgent.isMark(consumed) || options.on(SocketOption.SO_OOBINLINE));
    }

    @Override
    boolean urgentPending() {
        return urgent.pending();
    }

    /**
     * send(MSG_OOB): the bytes before the last go as ordinary data, the last as the urgent byte,
     * beside the stream to the peer. The number of bytes sent, or -1 when the ordinary part did not
     * all fit (then the urgent byte is not sent, and the count is the part that did).
     */
    private int sendUrgent(byte[] data, int offset, int length) throws IOException {
        int ordinary = length - 1;
        int sent = ordinary == 0 ? 0 : writeSome(data, offset, ordinary);
        if (sent < ordinary) {
            return sent == 0 ? -1 : sent;
        }
        if (peer != null && !peer.closed) {
            peer.urgentArrives(written, data[offset + ordinary]);
            written++;
        } else {
            // A peer outside the sandbox (one of its built-in services): the byte goes in line.
            sent += writeSome(data, offset + ordinary, 1) - 1;
        }
        return sent + 1;
    }

    /**
     * recv(MSG_OOB): the urgent byte, taken once (EINVAL when there is none, or SO_OOBINLINE keeps
     * it in line, or it was taken; the socket need not be connected to say so).
     */
    private byte[] recvUrgent(Syscall c, int max, int flags) {
        Byte value = options.on(SocketOption.SO_OOBINLINE) ? null : urgent.take((flags & SocketCalls.MSG_PEEK) != 0);
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
        Errno full = DescriptorBudget.refusal(c.process(), 1);
        if (full != null) {
            throw c.refuse(full);
        }
        SocketChannel real = acceptReal();
        if (real == null) {
            if (nonBlocking) {
                throw c.fail(Errno.EAGAIN);
            }
            return null;
        }
        try {
            return accepted(c, real);
        } catch (IOException e) {
            closeQuietly(real);
            throw e;
        }
    }

    /** The connection accept() took, as a new socket on a new descriptor. */
    abstract SocketCalls.Accepted accepted(Syscall c, SocketChannel real) throws IOException;

    static void closeQuietly(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing a program could observe.
        }
    }

    @Override
    long unansweredFor(KernelClock clock) {
        return unansweredUntil != 0 && state == SocketState.SYN_SENT
                ? Math.max(0, unansweredUntil - clock.nanoTime()) : -1;
    }

    // Whether an unanswered connect() has run out of time; then it is closed with ETIMEDOUT waiting.
    private boolean timedOut(KernelClock clock) {
        if (unansweredUntil - clock.nanoTime() > 1_000_000L) {
            return false;
        }
        state = SocketState.CLOSED;
        unansweredUntil = 0;
        return true;
    }

    @Override
    Object connectAddress() {
        return connectAddress;
    }

    @Override
    final boolean finishConnect(Syscall c) {
        if (unansweredUntil != 0) {
            if (!timedOut(c.process().sandbox().clock())) {
                return false;
            }
            throw droppedBy == null ? c.refuse(Errno.ETIMEDOUT) : c.refuse(Errno.ETIMEDOUT, droppedBy);
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
        if (unansweredUntil != 0) {
            if (!timedOut(p.sandbox().clock())) {
                return false;
            }
            connectError = Errno.ETIMEDOUT;
            return true;
        }
        try {
            if (!channel.finishConnect()) {
                return false;
            }
        } catch (IOException e) {
            state = SocketState.CLOSED;
            connectError = OsErrors.errnoOf(e);
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
            queuedIn.queued++;
            p.sandbox().queueChanged(queuedIn);
        }
    }

    @Override
    boolean errorPending() {
        return connectError != null;
    }

    @Override
    int takeError() {
        if (connectError == null) {
            return 0;
        }
        int number = connectError.number();
        connectError = null;
        return number;
    }

    @Override
    final Integer send(Syscall c, byte[] data, int offset, int length, int flags, boolean nonBlocking) throws IOException {
        if (connectError != null) {
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
        if (connectError != null) {
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
        boolean reset = lingersForNothing() || pending != null;
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
            if (server != null) {
                server.close();
            }
        } catch (IOException ignored) {
            // Closing a loopback channel does not fail in a way a program could see.
        }
    }
}
