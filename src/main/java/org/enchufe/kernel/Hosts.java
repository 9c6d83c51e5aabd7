package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.SocketState;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Orphans;
import org.enchufe.kernel.net.Topology;
import org.enchufe.kernel.net.VirtualNetwork;

/**
 * A sandbox's virtual hosts and what each has of its own: the network they share, each host's
 * private file tree and built-in services (made when first needed), and the datagrams the
 * network's links hold back until they are due.
 */
final class Hosts {

    private final VirtualNetwork network;
    private final Map<HostNetwork, SandboxFiles> files = new HashMap<>();
    private final Map<HostNetwork, Daemons> daemons = new HashMap<>();
    private final DelayedDatagrams delayed;

    Hosts(Topology topology, KernelClock clock, KernelLimits limits) {
        this.network = new VirtualNetwork(topology, clock::nanoTime);
        this.delayed = new DelayedDatagrams(limits.maxLinkBytes());
    }

    VirtualNetwork network() {
        return network;
    }

    /** Host {@code host}'s private file tree: every host of a topology is a machine with a /tmp of its own. */
    SandboxFiles files(HostNetwork host) {
        return files.computeIfAbsent(host, h -> new SandboxFiles());
    }

    /** A host's built-in services (echo, discard, daytime, chargen, time), started on first use. */
    Daemons daemons(HostNetwork host) {
        return daemons.computeIfAbsent(host, Daemons::new);
    }

    /** Real descriptors the hosts' built-in services hold. */
    int daemonDescriptors() {
        int n = 0;
        for (Daemons d : daemons.values()) {
            n += d.realDescriptors();
        }
        return n;
    }

    DelayedDatagrams delayed() {
        return delayed;
    }

    /**
     * Serves the built-in services, sends the held-back datagrams due by {@code now} and lets the
     * connections whose FIN_WAIT2 or TIME_WAIT is over go (an event says each is CLOSED); whether
     * anything a program could wait for happened.
     */
    boolean serve(long now) {
        for (HostNetwork host : network.hosts()) {
            for (Orphans.Orphan gone : host.expireOrphans()) {
                ((SocketObject) gone.holder()).changedBehindItsHolders(SocketState.CLOSED);
            }
        }
        boolean progressed = false;
        for (Daemons d : daemons.values()) {
            progressed |= d.active() && d.poll();
        }
        return progressed | delayed.deliverDue(now);
    }

    boolean daemonsActive() {
        return daemons.values().stream().anyMatch(Daemons::active);
    }

    /** When the next held-back datagram is due; Long.MAX_VALUE when none is held. */
    long nextDue() {
        return delayed.earliest();
    }

    /** What the active built-in services wait on. */
    List<KernelCall.Wait> waits() {
        List<KernelCall.Wait> waits = new ArrayList<>();
        for (Daemons d : daemons.values()) {
            if (d.active()) {
                waits.addAll(d.waits());
            }
        }
        return waits;
    }

    void dispose() {
        delayed.clear();
        daemons.values().forEach(Daemons::close);
        files.values().forEach(SandboxFiles::delete);
    }
}
