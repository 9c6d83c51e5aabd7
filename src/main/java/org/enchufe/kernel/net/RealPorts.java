package org.enchufe.kernel.net;

import java.util.HashMap;
import java.util.Map;

/**
 * What a sandbox knows about the real loopback ports behind its sockets, whichever virtual host
 * they belong to: which client socket a real connection came from (so accept() can name it) and
 * which UDP socket a real datagram port is (so recvfrom() can).
 */
final class RealPorts {

    final Map<Integer, HostNetwork.Holder> clients = new HashMap<>();
    final Map<HostNetwork.Holder, Integer> datagramPorts = new HashMap<>();
    final Map<Integer, HostNetwork.Holder> datagrams = new HashMap<>();

    /** How many closed UDP sockets are still remembered as senders. */
    static final int CLOSED_REMEMBERED = 1024;

    /**
     * The real ports a UDP socket bound to the wildcard sends from when a datagram to its own host
     * leaves from one of the host's addresses other than loopback (Linux picks the source from the
     * route: to 172.25.4.4, from 172.25.4.4), each with that address.
     */
    final Map<Integer, Sender> aliases = new HashMap<>();

    /** Who a real datagram port stands for: a UDP socket, and the address it sent from (null: its own). */
    record Sender(HostNetwork.Holder holder, String address) {
    }

    /**
     * UDP sockets closed lately, by real port: a datagram sent just before its socket closed is
     * still in the receiver's buffer and must still name its sender.
     */
    private final Map<Integer, Sender> closed = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Sender> eldest) {
            return size() > CLOSED_REMEMBERED;
        }
    };

    void forgetDatagram(HostNetwork.Holder holder) {
        Integer port = datagramPorts.remove(holder);
        if (port != null) {
            datagrams.remove(port);
            closed.put(port, new Sender(holder, null));
        }
        aliases.entrySet().removeIf(e -> {
            if (e.getValue().holder() != holder) {
                return false;
            }
            closed.put(e.getKey(), e.getValue());
            return true;
        });
    }

    /** The UDP socket, open or closed lately, whose real channel is on {@code port}, or null. */
    Sender datagramSender(int port) {
        HostNetwork.Holder open = datagrams.get(port);
        if (open != null) {
            return new Sender(open, null);
        }
        Sender alias = aliases.get(port);
        return alias != null ? alias : closed.get(port);
    }
}
