package org.enchufe.kernel;

import java.io.IOException;
import java.util.PriorityQueue;

/**
 * Datagrams a network's link holds back — its delay, or a reordering — until they are due, then
 * sent for real from the socket that sent them. One that is due after its sender closed is handed
 * to its receiver directly, as the packet already on the wire would still arrive.
 */
final class DelayedDatagrams {

    private record Pending(long at, long order, DatagramSocket from, byte[] data, int realPort) {
    }

    private final PriorityQueue<Pending> queue = new PriorityQueue<>(
            (a, b) -> a.at() != b.at() ? Long.compare(a.at(), b.at()) : Long.compare(a.order(), b.order()));
    private final long maxBytes;
    private long bytes;
    private long sent;

    DelayedDatagrams(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Holds a datagram until {@code at}; false (it is dropped) when the links already hold as much as they may. */
    boolean schedule(long at, DatagramSocket from, byte[] data, int realPort) {
        if (bytes + data.length > maxBytes) {
            return false;
        }
        bytes += data.length;
        queue.add(new Pending(at, sent++, from, data, realPort));
        return true;
    }

    /** A datagram on its way: who sent it, the real port it goes to, its size. */
    record InFlight(DatagramSocket from, int realPort, int bytes) {
    }

    /** What the links hold now, soonest due first. */
    java.util.List<InFlight> inFlight() {
        return queue.stream().sorted(queue.comparator())
                .map(p -> new InFlight(p.from(), p.realPort(), p.data().length)).toList();
    }

    /** Sends what is due by {@code now}; true when anything went. */
    boolean deliverDue(long now) {
        boolean any = false;
        while (!queue.isEmpty() && queue.peek().at() - now <= 0) {
            Pending p = queue.poll();
            bytes -= p.data().length;
            any = true;
            if (p.from().channel == null || !p.from().channel.isOpen()) {
                if (p.from().network.datagramFromRealPort(p.realPort()) instanceof DatagramSocket receiver && !receiver.closed) {
                    receiver.arrive(p.from(), p.data());
                }
                continue;
            }
            try {
                p.from().sendReal(p.data(), 0, p.data().length, p.realPort());
            } catch (IOException lost) {
                // The OS refused it (the receiver went away): a datagram may be lost.
            }
        }
        return any;
    }

    /** When the next one is due, or Long.MAX_VALUE. */
    long earliest() {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peek().at();
    }

    void clear() {
        queue.clear();
        bytes = 0;
    }
}
