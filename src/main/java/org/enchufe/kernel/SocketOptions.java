package org.enchufe.kernel;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SocketChannel;

import org.enchufe.lang.runtime.Errno;

/**
 * The options setsockopt() has set on one socket, with Linux's defaults, each by its
 * {@link SocketOption}: setsockopt()'s rule for each kind of value, and the bytes getsockopt()
 * returns. The values a socket knows of itself (SO_TYPE, SO_ERROR, SO_ACCEPTCONN…) are its own to
 * answer ({@link SocketObject#option}).
 */
final class SocketOptions {

    /** net.core.rmem_max and wmem_max: the most a buffer size asked for counts. */
    private static final long BUFFER_MAX = 4194304;

    private final int[] values = new int[SocketOption.values().length];
    private final boolean[] set = new boolean[values.length];
    private boolean lingerOn;
    private int lingerSeconds;

    SocketOptions(int rcvbuf, int sndbuf) {
        for (SocketOption o : SocketOption.values()) {
            values[o.ordinal()] = o.initial;
        }
        values[SocketOption.SO_RCVBUF.ordinal()] = rcvbuf;
        values[SocketOption.SO_SNDBUF.ordinal()] = sndbuf;
    }

    int get(SocketOption o) {
        return values[o.ordinal()];
    }

    boolean on(SocketOption o) {
        return values[o.ordinal()] != 0;
    }

    /** Whether setsockopt() has set it (a buffer size the real channel must then be given). */
    boolean isSet(SocketOption o) {
        return set[o.ordinal()];
    }

    /** What a connection accept() makes takes from its listener: the values of {@code inherited}. */
    void inherit(SocketOptions listener, SocketOption... inherited) {
        for (SocketOption o : inherited) {
            values[o.ordinal()] = listener.get(o);
        }
    }

    /** What the real channel of a stream is told: the buffer sizes asked for (Linux's halves), TCP_NODELAY. */
    void applyTo(SocketChannel channel) throws IOException {
        if (isSet(SocketOption.SO_RCVBUF)) {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, get(SocketOption.SO_RCVBUF) / 2);
        }
        if (isSet(SocketOption.SO_SNDBUF)) {
            channel.setOption(StandardSocketOptions.SO_SNDBUF, get(SocketOption.SO_SNDBUF) / 2);
        }
        if (channel.supportedOptions().contains(StandardSocketOptions.TCP_NODELAY)) {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, on(SocketOption.TCP_NODELAY));
        }
    }

    /** Whether close() resets the connection: SO_LINGER on with a time of 0. */
    boolean lingersForNothing() {
        return lingerOn && lingerSeconds == 0;
    }

    /**
     * setsockopt() of one option, its value {@code length} bytes ({@code value} null: a NULL pointer);
     * null when set, else the errno Linux gives.
     */
    Errno set(SocketOption option, byte[] value, int length) {
        if (option.value == SocketOption.Value.READ_ONLY) {
            return Errno.ENOPROTOOPT;
        }
        // IP's options take a single byte too; the rest want a whole int (or struct linger).
        int least = option.level == SocketCalls.SOL_IP ? 1 : option.size();
        if (length < least) {
            return Errno.EINVAL;
        }
        if (value == null) {
            return Errno.EFAULT;
        }
        int v = length >= 4 ? intAt(value, 0) : value[0] & 0xFF;
        switch (option.value) {
            case LINGER -> {
                // Turned off, the time is left as it was (Linux reads l_linger only to turn it on).
                lingerOn = v != 0;
                if (lingerOn) {
                    lingerSeconds = intAt(value, 4);
                }
                return null;
            }
            case HOPS -> {
                if (v == -1) {
                    v = option.initial;
                } else if (v < 1 || v > 255) {
                    return Errno.EINVAL;
                }
            }
            case FLAG -> v = v != 0 ? 1 : 0;
            // Linux doubles the size asked for, to leave room for its bookkeeping, within
            // net.core.[rw]mem_max (4 MiB here) and its floor.
            case BUFFER -> v = (int) Math.max(option == SocketOption.SO_RCVBUF ? 2304 : 4608,
                    2 * Math.min(Integer.toUnsignedLong(v), BUFFER_MAX));
            case INT -> {
                if (option == SocketOption.SO_RCVLOWAT && v == 0) {
                    v = 1;
                }
            }
            case READ_ONLY -> throw new IllegalStateException();
        }
        values[option.ordinal()] = v;
        set[option.ordinal()] = true;
        return null;
    }

    /** getsockopt() of an option kept here: its value as Linux lays it out (an int's 4 bytes, struct linger's 8). */
    byte[] bytes(SocketOption option) {
        if (option.value == SocketOption.Value.LINGER) {
            return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putInt(lingerOn ? 1 : 0).putInt(lingerSeconds).array();
        }
        return bytes(get(option));
    }

    /** An int option's value as getsockopt() returns it: 4 bytes, little-endian. */
    static byte[] bytes(int value) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(value).array();
    }

    private static int intAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
