package org.enchufe.kernel;

import java.util.TreeMap;

/**
 * The urgent bytes ({@code MSG_OOB}) a stream socket's peer sent, by their place in the stream, as
 * Linux keeps them for TCP and AF_UNIX streams. The real channel carries only the ordinary bytes;
 * each urgent byte travels beside it and takes its place in the stream again here:
 * <ul>
 *   <li>the last one sent is <em>the</em> urgent byte, at the <em>mark</em>: a read stops before
 *       the mark, {@code recv(MSG_OOB)} takes the byte once, and — unless {@code SO_OOBINLINE} —
 *       ordinary reads skip its place (a hole); with {@code SO_OOBINLINE} they read it in line;</li>
 *   <li>one sent before it that the reader has not passed yet is ordinary data again, with
 *       Linux's exceptions (see {@code StreamSocket.urgentArrives});</li>
 *   <li>select()'s exceptional list and poll()'s {@code POLLPRI} report the urgent byte while it is
 *       neither taken nor passed.</li>
 * </ul>
 * Stream positions count every byte the peer sent, urgent ones included.
 */
final class UrgentData {

    /** A place in the stream whose byte is gone: reads pass it without a byte. */
    static final int HOLE = -1;

    /** The urgent bytes not yet passed by reads (0-255, or {@link #HOLE}), by stream position. */
    private final TreeMap<Long, Integer> bytes = new TreeMap<>();
    /** The mark: the urgent byte's position, or -1 when there is none (or reads went past it). */
    private long mark = -1;
    /** Whether recv(MSG_OOB) took the byte at the mark. */
    private boolean taken;

    /** An urgent byte arrives at {@code position}; the one before it, if any, is ordinary data from now on. */
    void arrive(long position, byte value, boolean dropTaken) {
        if (mark >= 0 && taken && dropTaken) {
            bytes.put(mark, HOLE);
        }
        bytes.put(position, value & 0xff);
        mark = position;
        taken = false;
    }

    /** The position of the first urgent byte at or after {@code position}, or -1. */
    long nextAt(long position) {
        Long next = bytes.ceilingKey(position);
        return next == null ? -1 : next;
    }

    boolean isMark(long position) {
        return position == mark;
    }

    /** The byte at {@code position} (0-255), or {@link #HOLE}. */
    int at(long position) {
        return bytes.get(position);
    }

    /** Reads moved past {@code position}: the byte there is gone, and so is the mark if it was there. */
    void passed(long position) {
        bytes.remove(position);
        if (position == mark) {
            mark = -1;
            taken = false;
        }
    }

    /** Whether select()'s exceptional list and POLLPRI report the socket: an urgent byte not yet taken. */
    boolean pending() {
        return mark >= 0 && !taken;
    }

    /** recv(MSG_OOB): the urgent byte, or null when there is none to take (EINVAL); {@code peek} leaves it. */
    Byte take(boolean peek) {
        if (!pending()) {
            return null;
        }
        taken = !peek;
        return (byte) (int) bytes.get(mark);
    }
}
