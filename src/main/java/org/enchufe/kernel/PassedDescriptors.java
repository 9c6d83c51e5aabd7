package org.enchufe.kernel;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.enchufe.kernel.net.HostNetwork;

/**
 * The descriptors in flight to one AF_UNIX socket (SCM_RIGHTS), beside its real channel as
 * {@link UrgentData} is beside a stream: each open file sent stays open — one reference more —
 * until a receive takes it or the receiver closes, however soon the sender closes its own
 * descriptor, as on Linux. On a stream the descriptors ride with the bytes of the sendmsg() that
 * sent them (positions in the stream); a read that reaches those bytes takes them and stops at
 * their end, as Linux's never reads past a message that carried descriptors. A datagram carries
 * them with itself (its sender and its bytes tell which real datagram it is).
 */
final class PassedDescriptors {

    /** The open files one sendmsg() sent, each with the reference its flight holds. */
    record Rights(List<DescriptorTable.OpenFile> files) {

        /** Takes a reference on each file: they stay open while in flight. */
        static Rights hold(List<DescriptorTable.OpenFile> files) {
            files.forEach(DescriptorTable.OpenFile::retain);
            return new Rights(List.copyOf(files));
        }

        /** Drops the flight's references: the files nobody received close if nothing else holds them. */
        void release() {
            files.forEach(DescriptorTable.OpenFile::release);
        }
    }

    /** A real write or read of the channel, which may fail as the channel does. */
    interface RealIo {
        int run() throws IOException;
    }

    /** Descriptors riding with the bytes [start, end) of the stream. */
    private static final class Segment {
        final long start;
        long end;
        final Rights rights;

        Segment(long start, long end, Rights rights) {
            this.start = start;
            this.end = end;
            this.rights = rights;
        }
    }

    /** A datagram that carries descriptors, on its way from {@code sender}. */
    private record Carried(HostNetwork.Holder sender, byte[] data, Rights rights) {
    }

    // What the sendmsg() running on this socket sends with its bytes, until they go.
    private Rights outgoing;
    // The stream's bytes this socket has written, and read, through its real channel.
    private long written;
    private long read;
    private final ArrayDeque<Segment> segments = new ArrayDeque<>();
    private final List<Carried> carried = new ArrayList<>();
    private final Map<DatagramSocket.Datagram, Rights> byDatagram = new IdentityHashMap<>();
    // What the last receive reached, and whether it took them (false for MSG_PEEK: they stay queued).
    private final List<Rights> delivered = new ArrayList<>();
    private boolean deliveredTaken;
    // A recvmsg() with MSG_PEEK is running: a datagram's descriptors stay with it.
    private boolean peeking;
    // A recvmsg() is running on this socket: what its receive reaches is its to install.
    private boolean receiving;
    // The socket closed: nothing more is in flight to it.
    private boolean closed;

    /** The sendmsg() on this socket sends {@code rights} with its next bytes. */
    void send(Rights rights) {
        outgoing = rights;
    }

    /** The sendmsg() ended: descriptors its bytes did not carry (nothing went, no receiver) are not in flight. */
    void sendEnded() {
        if (outgoing != null) {
            outgoing.release();
            outgoing = null;
        }
    }

    /** Rights the next datagram carries, handed over to it. */
    private Rights takeOutgoing() {
        Rights r = outgoing;
        outgoing = null;
        return r;
    }

    // ---------------------------------------------------------------- streams

    /** Writes {@code length} bytes to {@code receiver} through {@code write}, the descriptors in flight riding with them. */
    int written(PassedDescriptors receiver, int length, RealIo write) throws IOException {
        Segment riding = null;
        if (outgoing != null && receiver != null && !receiver.closed && length > 0) {
            // In the receiver's queue before the bytes can reach it.
            riding = new Segment(written, written + length, outgoing);
            receiver.segments.add(riding);
        }
        int n;
        try {
            n = write.run();
        } catch (IOException e) {
            if (riding != null) {
                receiver.segments.remove(riding);
            }
            throw e;
        }
        if (riding != null) {
            if (n <= 0) {
                receiver.segments.remove(riding);
            } else {
                riding.end = riding.start + n;
                outgoing = null;
            }
        }
        written += Math.max(n, 0);
        return n;
    }

    /** How much a read of up to {@code max} bytes may take: no further than the end of bytes that carry descriptors. */
    int readable(int max) {
        for (Segment s : segments) {
            if (s.start < read + max) {
                return (int) Math.max(1, Math.min(max, s.end - read));
            }
        }
        return max;
    }

    /** A read took {@code n} bytes (or, peeking, looked at them): the descriptors riding with them are delivered. */
    void read(int n, boolean peek) {
        Iterator<Segment> it = segments.iterator();
        while (it.hasNext()) {
            Segment s = it.next();
            if (s.start >= read + n) {
                break;
            }
            if (!peek) {
                it.remove();
            }
            deliver(s.rights, peek);
        }
        if (!peek) {
            read += n;
        }
    }

    // ---------------------------------------------------------------- datagrams

    /** {@code sender} sends {@code data} here now, with the descriptors its sendmsg() carries. */
    void datagramSent(PassedDescriptors from, HostNetwork.Holder sender, byte[] data) {
        Rights rights = from.takeOutgoing();
        if (rights != null && closed) {
            rights.release();
        } else if (rights != null) {
            carried.add(new Carried(sender, data, rights));
        }
    }

    /**
     * A datagram arrived from {@code sender}, taken as {@code datagram} (null: the socket does not
     * take it, and the descriptors with it close). Returns {@code datagram}.
     */
    DatagramSocket.Datagram arrived(HostNetwork.Holder sender, byte[] data, DatagramSocket.Datagram datagram) {
        for (Iterator<Carried> it = carried.iterator(); it.hasNext();) {
            Carried c = it.next();
            if (c.sender() == sender && java.util.Arrays.equals(c.data(), data)) {
                it.remove();
                if (datagram == null) {
                    c.rights().release();
                } else {
                    byDatagram.put(datagram, c.rights());
                }
                break;
            }
        }
        return datagram;
    }

    /**
     * A receive returned {@code datagram}: the descriptors it carries are delivered (and stay with
     * it when a recvmsg() peeks).
     */
    void received(DatagramSocket.Datagram datagram) {
        Rights rights = peeking ? byDatagram.get(datagram) : byDatagram.remove(datagram);
        if (rights != null) {
            deliver(rights, peeking);
        }
    }

    // What a receive reached goes to the recvmsg() running; a recv() or read() drops it, as Linux's.
    private void deliver(Rights rights, boolean peek) {
        if (!receiving) {
            if (!peek) {
                rights.release();
            }
            return;
        }
        delivered.add(rights);
        deliveredTaken = !peek;
    }

    // ---------------------------------------------------------------- the receiving side

    /** A recvmsg() starts ({@code peek}: with MSG_PEEK): what its receive reaches is its to install. */
    void receiveStarts(boolean peek) {
        receiveStarts();
        peeking = peek;
        receiving = true;
    }

    /** Forgets what a receive reached. */
    private void receiveStarts() {
        if (deliveredTaken) {
            delivered.forEach(Rights::release);
        }
        delivered.clear();
    }

    /** The open files the last receive reached, in the order they were sent. */
    List<DescriptorTable.OpenFile> deliveredFiles() {
        List<DescriptorTable.OpenFile> files = new ArrayList<>();
        delivered.forEach(r -> files.addAll(r.files()));
        return files;
    }

    /** The receive is done with what it reached: the flight's references go (peeking, the descriptors stay queued). */
    void receiveEnded() {
        receiveStarts();
        peeking = false;
        receiving = false;
    }

    /** The files in flight to this socket now, not yet received. */
    List<DescriptorTable.OpenFile> inFlight() {
        List<DescriptorTable.OpenFile> files = new ArrayList<>();
        segments.forEach(s -> files.addAll(s.rights.files()));
        carried.forEach(c -> files.addAll(c.rights().files()));
        byDatagram.values().forEach(r -> files.addAll(r.files()));
        return files;
    }

    /** The socket closed: whatever was in flight to it closes too. */
    void discard() {
        closed = true;
        receiveStarts();
        segments.forEach(s -> s.rights.release());
        segments.clear();
        carried.forEach(c -> c.rights().release());
        carried.clear();
        byDatagram.values().forEach(Rights::release);
        byDatagram.clear();
        sendEnded();
    }
}
