package org.enchufe.kernel.net;

import java.io.IOException;
import java.util.List;

/**
 * What the network does with one datagram sent to one host: its firewall's answer, or the real
 * ports of the sockets that take it and what the link does on the way (loss, duplication,
 * reordering, delay). Deciding is the network's; the kernel turns the answer into events and
 * sends the copies, now or through its delay queue.
 */
public sealed interface Delivery {

    /** The host's network, for the events ("" for the sender's own host). */
    String network();

    /** Where it was going, as host:port. */
    String to();

    /**
     * Whether it was taken, or stopped silently; false when nothing there takes it (Linux then
     * answers "port unreachable").
     */
    boolean taken();

    /** A firewall rule stopped it: dropped silently, or rejected (which the sender hears). */
    record Filtered(String network, String to, boolean dropped) implements Delivery {

        @Override
        public boolean taken() {
            return dropped;
        }
    }

    /**
     * It crossed: to each of {@code receivers} (real ports), one copy per arrival of
     * {@code arrivals} (nanoseconds from now, 0 at once; none when the link lost it). {@code fate}
     * is what the link did that the views show, or null.
     */
    record Passed(String network, String to, Fate fate, List<Integer> receivers, long[] arrivals, boolean broadcast)
            implements Delivery {

        @Override
        public boolean taken() {
            return !receivers.isEmpty() || broadcast;
        }
    }

    /** What a link did to a datagram that a student should see. */
    enum Fate { LOST, DUPLICATED, REORDERED }

    /** A host's built-in services, which start when a datagram first comes to their port. */
    interface Services {

        boolean serves(int port);

        void startUdp(HostNetwork host, int port) throws IOException;
    }

    /**
     * Sends one datagram from {@code source} to {@code port} on the host {@code route} leads to:
     * through its firewall, to the sockets bound there (starting the host's built-in service when
     * the port is one and nobody else is), across the link.
     */
    static Delivery of(VirtualNetwork network, Route.Deliver route, String source, String target, int port,
                       boolean broadcast, Services services) throws IOException {
        HostNetwork to = route.host();
        String where = target + ":" + port;
        String via = route.via() == null ? "" : route.via().name();
        Topology.Rule rule = route.remote() ? to.firewall(source, port, true) : null;
        if (rule != null) {
            return new Filtered(via, where, rule.drops());
        }
        List<Integer> receivers = to.datagramReceivers(target, port, broadcast);
        if (receivers.isEmpty() && !broadcast && services.serves(port)) {
            services.startUdp(to, port);
            receivers = to.datagramReceivers(target, port, false);
        }
        VirtualNetwork.Passage passage = network.fate(route.via(), source, target);
        Fate fate = null;
        if (route.remote() && !receivers.isEmpty()) {
            fate = passage.lost() ? Fate.LOST : passage.duplicated() ? Fate.DUPLICATED
                    : passage.reordered() ? Fate.REORDERED : null;
        }
        return new Passed(via, where, fate, receivers, passage.arrivals(), broadcast);
    }
}
