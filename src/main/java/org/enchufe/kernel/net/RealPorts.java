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
     * UDP sockets closed lately, by real port: a datagram sent just before its socket closed is
     * still in the receiver's buffer and must still name its sender.
     */
    private final Map<Integer, HostNetwork.Holder> closed = new java.util.LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, HostNetwork.Holder> eldest) {
            return size() > CLOSED_REMEMBERED;
        }
    };

    void forgetDatagram(HostNetwork.Holder holder) {
        Integer port = datagramPorts.remove(holder);
        if (port != null) {
            datagrams.remove(port);
            closed.put(port, holder);
        }
    }

    /** The UDP socket, open or closed lately, whose real channel is on {@code port}, or null. */
    HostNetwork.Holder datagramSender(int port) {
        HostNetwork.Holder open = datagrams.get(port);
        return open != null ? open : closed.get(port);
    }
}
