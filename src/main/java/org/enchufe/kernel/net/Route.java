package org.enchufe.kernel.net;

/** Where a packet from one virtual host to an address goes. */
public sealed interface Route {

    /**
     * To {@code host}; {@code via} is the network it crosses (with its link's loss, duplication,
     * reordering and delay), null when it stays on the sending host.
     */
    record Deliver(HostNetwork host, Topology.Subnet via) implements Route {

        public boolean remote() {
            return via != null;
        }
    }

    /**
     * Nowhere: no route to the address's network ({@code wholeNetwork}, ENETUNREACH) or its
     * network is reachable but no host has the address (EHOSTUNREACH).
     */
    record Unreachable(boolean wholeNetwork) implements Route {
    }
}
