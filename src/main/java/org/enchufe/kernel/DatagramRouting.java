package org.enchufe.kernel;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.enchufe.events.LinkEvent;
import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.Delivery;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Route;
import org.enchufe.lang.runtime.Errno;

/**
 * Where a datagram a socket sends to an internet address goes: the route to its host, or the hosts
 * a broadcast reaches; what the network does with it on each — firewall, receivers, a built-in
 * service started, the link's fate and delay ({@link Delivery}); the views told of the link's
 * fate; the copies sent now, or held back until due. The sending socket keeps its own state: it
 * is told what a connected socket would hear back.
 */
final class DatagramRouting {

    private DatagramRouting() {
    }

    /** The hosts a broadcast to {@code target} reaches from {@code from}, or null when no route leads there. */
    static List<Route.Deliver> broadcastRoutes(Syscall c, DatagramSocket from, String target) {
        String bound = from.local == null || SocketObject.isAny(from.local.host()) ? null : HostNetwork.unmapped(from.local.host());
        return c.process().sandbox().network().broadcastTo(from.network, target, bound);
    }

    /**
     * Sends one datagram from {@code from} (bound) to {@code to}. Returns what an ICMP message
     * would tell the sender — ECONNREFUSED ("port unreachable": nothing there took it and nothing
     * stopped it silently), EHOSTUNREACH — or null when nothing comes back.
     */
    static Errno send(Syscall c, DatagramSocket from, byte[] data, int offset, int length, Sockaddr.Inet to) throws IOException {
        Process p = c.process();
        HostNetwork net = from.network;
        String target = SocketObject.isAny(to.host()) ? from.loopback() : HostNetwork.unmapped(to.host());
        boolean broadcast = p.sandbox().network().isBroadcast(target);
        List<Route.Deliver> routes = broadcast ? broadcastRoutes(c, from, target) : null;
        // Linux looks the route up first (udp_sendmsg), then refuses a broadcast without SO_BROADCAST.
        if (broadcast && routes == null) {
            throw c.refuse(Errno.ENETUNREACH);
        }
        if (broadcast && !from.options.on(SocketOption.SO_BROADCAST)) {
            throw c.fail(Errno.EACCES);
        }
        Route route = broadcast ? null : net.route(target);
        if (route instanceof Route.Unreachable u && u.wholeNetwork()) {
            throw c.refuse(Errno.ENETUNREACH);
        }
        if (!broadcast) {
            routes = route instanceof Route.Deliver deliver ? List.of(deliver) : List.of();
        }
        String source = SocketObject.isAny(from.local.host()) ? net.sourceFor(target) : HostNetwork.unmapped(from.local.host());
        boolean refused = route instanceof Route.Deliver;
        for (Route.Deliver r : routes) {
            refused &= !sendOver(c, from, r, data, offset, length, source, target, to.port(), broadcast);
        }
        return refused ? Errno.ECONNREFUSED : route instanceof Route.Unreachable ? Errno.EHOSTUNREACH : null;
    }

    /**
     * Sends one datagram to the host {@code r} leads to: the network decides what becomes of it
     * ({@link Delivery}); the views hear what the link did, and the copies go now or when due.
     * False when nothing there takes it and nothing stopped it silently ("port unreachable").
     */
    private static boolean sendOver(Syscall c, DatagramSocket from, Route.Deliver r, byte[] data, int offset, int length,
                                    String source, String target, int port, boolean broadcast) throws IOException {
        Process p = c.process();
        Delivery delivery = Delivery.of(p.sandbox().network(), r, source, target, port, broadcast, new BuiltIn(p.sandbox()));
        switch (delivery) {
            case Delivery.Filtered f -> p.sandbox().linkFate(p, c.fd(), LinkEvent.Fate.FILTERED, f.network(), f.to(), length);
            case Delivery.Passed passed -> {
                if (passed.fate() != null) {
                    p.sandbox().linkFate(p, c.fd(), LinkEvent.Fate.valueOf(passed.fate().name()), passed.network(), passed.to(), length);
                }
                long now = p.sandbox().clock().nanoTime();
                for (int realPort : passed.receivers()) {
                    for (long after : passed.arrivals()) {
                        if (after == 0) {
                            if (r.host() == from.network) {
                                from.sendRealFrom(source, data, offset, length, realPort);
                            } else {
                                from.sendReal(data, offset, length, realPort);
                            }
                        } else {
                            // A link that already holds all it may drops the datagram, as a full router queue does.
                            p.sandbox().delayed().schedule(now + after, from, Arrays.copyOfRange(data, offset, offset + length), realPort);
                        }
                    }
                }
            }
        }
        return delivery.taken();
    }

    /** The sandbox's built-in services on each host, as the network starts them. */
    private record BuiltIn(Sandbox sandbox) implements Delivery.Services {

        @Override
        public boolean serves(int port) {
            return Daemons.serves(port);
        }

        @Override
        public void startUdp(HostNetwork host, int port) throws IOException {
            sandbox.daemons(host).udp(port);
        }
    }
}
