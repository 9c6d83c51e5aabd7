package org.enchufe.kernel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * What a stream socket keeps beside its real channel: the bytes a peek (select(), MSG_PEEK) took
 * from the channel and nobody has read yet, the peer's urgent bytes (MSG_OOB) in their places in
 * the stream ({@link UrgentData}), how far this end has written and read, and whether the end of
 * the stream has arrived. The channel itself is the socket's, handed to each read and write.
 */
final class StreamBuffers {

    private final SocketOptions options;
    /** An AF_UNIX stream: Linux keeps its urgent bytes differently from TCP's. */
    private final boolean unix;
    // Bytes MSG_PEEK has already taken from the real socket: the next reads return them first.
    private byte[] pending;
    // The real channel said end of stream: the peer closed, or shut down its writing.
    private boolean endOfStream;
    // Bytes this end has put in the stream, urgent ones included: the next one's position.
    private long written;
    // Bytes this end's reads have gone past, urgent ones (read or skipped) included.
    private long consumed;
    // The urgent bytes the peer sent, beside the real channel.
    private final UrgentData urgent = new UrgentData();

    StreamBuffers(SocketOptions options, boolean unix) {
        this.options = options;
        this.unix = unix;
    }

    /** Whether the end of the stream has arrived: the peer closed, or shut down its writing. */
    boolean endOfStream() {
        return endOfStream;
    }

    /** Whether bytes a peek took wait to be read: closing the socket now resets the connection. */
    boolean hasPending() {
        return pending != null;
    }

    /**
     * Reads what is there: the bytes, an empty array at end of stream, or null when nothing is
     * yet. With {@code peek} the bytes stay for the next read. As on Linux, one read returns what
     * MSG_PEEK kept together with whatever else has arrived, and after shutdown(SHUT_RD)
     * ({@code readShut}) the bytes already received are still read before the end of stream.
     */
    /** How many reads of the real socket brought bytes or the end of stream: epoll's edge trigger counts on it. */
    long arrivals() {
        return arrivals;
    }

    private long arrivals;

    private byte[] readAvailable(SocketChannel channel, int max, boolean peek, boolean readShut) throws IOException {
        byte[] kept = pending == null ? new byte[0] : pending;
        byte[] fresh = new byte[0];
        if (kept.length < max && !endOfStream) {
            ByteBuffer buffer = ByteBuffer.allocate(Math.max(1, Math.min(max - kept.length, 1 << 20)));
            int n = channel.read(buffer);
            arrivals += n != 0 ? 1 : 0;
            if (n < 0) {
                endOfStream = true;
            } else if (n > 0) {
                fresh = Arrays.copyOf(buffer.array(), n);
            }
        }
        byte[] all = kept.length == 0 ? fresh : fresh.length == 0 ? kept : concat(kept, fresh);
        if (all.length == 0) {
            return readShut || endOfStream ? new byte[0] : null;
        }
        int take = Math.min(max, all.length);
        byte[] out = take == all.length ? all : Arrays.copyOf(all, take);
        if (peek) {
            pending = all;
        } else {
            pending = take == all.length ? null : Arrays.copyOfRange(all, take, all.length);
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** Writes what the real channel takes now, counting it as this end's place in the stream. */
    int write(SocketChannel channel, byte[] data, int offset, int length) throws IOException {
        int n = channel.write(ByteBuffer.wrap(data, offset, length));
        written += n;
        return n;
    }

    /**
     * What an ordinary read returns now, with the peer's urgent bytes back in their places (see
     * {@link UrgentData}): the bytes, an empty array at end of stream, or null when nothing is yet.
     * A read stops before the mark; one that starts at it skips the urgent byte, or reads it in
     * line with SO_OOBINLINE, and goes on.
     */
    byte[] read(SocketChannel channel, int max, boolean peek, boolean readShut) throws IOException {
        boolean inline = options.on(SocketOption.SO_OOBINLINE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
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
            byte[] got = readAvailable(channel, room, peek, readShut);
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
        if (!unix && urgent.isMark(consumed) && !options.on(SocketOption.SO_OOBINLINE)) {
            urgent.passed(consumed);
            consumed++;
        }
        urgent.arrive(position, value, unix);
    }

    /** Whether an urgent byte waits at the reader's place that an ordinary read returns. */
    boolean urgentByteReadable() {
        return urgent.nextAt(consumed) == consumed && urgent.at(consumed) != UrgentData.HOLE
                && (!urgent.isMark(consumed) || options.on(SocketOption.SO_OOBINLINE));
    }

    /** Whether an urgent byte waits to be taken by recv(MSG_OOB). */
    boolean urgentPending() {
        return urgent.pending();
    }

    /**
     * send(MSG_OOB): the bytes before the last go as ordinary data, the last as the urgent byte,
     * beside the stream to the peer ({@code peer}: its buffers, null for a peer outside the sandbox —
     * one of its built-in services — where the byte goes in line). The number of bytes sent, or -1
     * when the ordinary part did not all fit (then the urgent byte is not sent, and the count is the
     * part that did).
     */
    int sendUrgent(SocketChannel channel, byte[] data, int offset, int length, StreamBuffers peer) throws IOException {
        int ordinary = length - 1;
        int sent = ordinary == 0 ? 0 : write(channel, data, offset, ordinary);
        if (sent < ordinary) {
            return sent == 0 ? -1 : sent;
        }
        if (peer != null) {
            peer.urgentArrives(written, data[offset + ordinary]);
            written++;
        } else {
            sent += write(channel, data, offset + ordinary, 1) - 1;
        }
        return sent + 1;
    }

    /**
     * recv(MSG_OOB): the urgent byte, taken once (kept with {@code peek}); null when there is none,
     * or SO_OOBINLINE keeps it in line, or it was taken.
     */
    Byte takeUrgent(boolean peek) {
        return options.on(SocketOption.SO_OOBINLINE) ? null : urgent.take(peek);
    }
}
