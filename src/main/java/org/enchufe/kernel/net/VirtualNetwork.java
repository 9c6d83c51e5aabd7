package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * A sandbox's whole virtual network, built from its {@link Topology}: its hosts (each a
 * {@link HostNetwork} with its own ports and loopback), how packets between them are routed,
 * their firewalls and what each network's link does to datagrams. Nothing here reaches beyond
 * the sandbox: an address no host of the topology has is unreachable.
 *
 * <p>Routing: a host reaches the networks it has an address on, and, through the topology's
 * router, every network declared {@code routed} (the default) as long as it has an address on
 * a routed network itself. An address outside every network, or on an unrouted one the sender is
 * not on, is ENETUNREACH; an address on a reachable network that no host has is EHOSTUNREACH.
 */
public final class VirtualNetwork {

    private final Topology topology;
    private final Map<String, HostNetwork> hosts = new LinkedHashMap<>();
    /** The links' dice without a seed; with one, each flow has its own (see {@link #fate}). */
    private final SplittableRandom random;
    private final Map<String, SplittableRandom> flows = new java.util.HashMap<>();

    public VirtualNetwork(Topology topology) {
        this(topology, System::nanoTime);
    }

    public VirtualNetwork(Topology topology, LongSupplier clock) {
        this.topology = topology;
        this.random = new SplittableRandom();
        RealPorts real = new RealPorts();
        for (Topology.Host h : topology.hosts()) {
            hosts.put(h.name().toLowerCase(Locale.ROOT),
                    new HostNetwork(h.name(), h.addresses(), this, real, resolverFor(etcHosts(h), topology.dns()), clock));
        }
    }

    public Topology topology() {
        return topology;
    }

    /** The host programs run on unless told otherwise: the topology's first. */
    public HostNetwork defaultHost() {
        return hosts.values().iterator().next();
    }

    /** The host named {@code name} (any case), or null. */
    public HostNetwork host(String name) {
        return name == null ? null : hosts.get(name.toLowerCase(Locale.ROOT));
    }

    public Collection<HostNetwork> hosts() {
        return hosts.values();
    }

    /** How long a connect() nobody answers waits before ETIMEDOUT. */
    public long connectTimeoutNanos() {
        return topology.connectTimeoutNanos();
    }

    /** Resolvers are immutable: sandboxes on one topology share them (a few hundred at most are kept). */
    private static final Map<String, Resolver> RESOLVERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static Resolver resolverFor(String etcHosts, List<Topology.DnsRecord> dns) {
        if (RESOLVERS.size() > 256) {
            RESOLVERS.clear();
        }
        return RESOLVERS.computeIfAbsent(etcHosts + "\0" + dns, key -> new Resolver(etcHosts, dns));
    }

    // A Debian /etc/hosts for host h: localhost, then every host of the topology by its full name,
    // short name and aliases (each also in the domain). A host with no address of its own names itself on 127.0.1.1, as
    // Debian's installer writes it.
    private String etcHosts(Topology.Host self) {
        String domain = topology.domainName();
        StringBuilder out = new StringBuilder("127.0.0.1\tlocalhost\n");
        if (self.addresses().isEmpty()) {
            out.append("127.0.1.1\t").append(self.name()).append('.').append(domain).append('\t').append(self.name()).append('\n');
        }
        for (Topology.Host h : topology.hosts()) {
            for (String address : h.addresses()) {
                out.append(address).append('\t').append(h.name()).append('.').append(domain).append('\t').append(h.name());
                h.aliases().forEach(a -> out.append('\t').append(a).append('.').append(domain).append('\t').append(a));
                out.append('\n');
            }
        }
        self.etcHosts().forEach(line -> out.append(line.trim().replaceAll("\\s+", "\t")).append('\n'));
        return out.toString();
    }

    private static boolean on(HostNetwork host, Topology.Subnet subnet) {
        return host.addresses().stream().anyMatch(a -> subnet.range().contains(a));
    }

    // Whether the topology's router forwards for this host: it has an address on a routed network.
    private boolean routedFrom(HostNetwork host) {
        return topology.networks().stream().anyMatch(n -> n.isRouted() && on(host, n));
    }

    Route route(HostNetwork from, String target) {
        Topology.Subnet subnet = target.indexOf(':') >= 0 ? null : topology.subnetOf(target);
        if (subnet == null) {
            return new Route.Unreachable(true);
        }
        if (!on(from, subnet) && !(subnet.isRouted() && routedFrom(from))) {
            return new Route.Unreachable(true);
        }
        HostNetwork owner = owner(target);
        return owner == null ? new Route.Unreachable(false) : new Route.Deliver(owner, subnet);
    }

    /** The host that has {@code address} as one of its own, or null. */
    public HostNetwork owner(String address) {
        String a = HostNetwork.unmapped(address);
        return hosts.values().stream().filter(h -> h.addresses().contains(a)).findFirst().orElse(null);
    }

    String sourceFor(HostNetwork from, String target) {
        Topology.Subnet subnet = topology.subnetOf(target);
        if (subnet != null) {
            for (String a : from.addresses()) {
                if (subnet.range().contains(a)) {
                    return a;
                }
            }
        }
        for (String a : from.addresses()) {
            Topology.Subnet mine = topology.subnetOf(a);
            if (mine != null && mine.isRouted()) {
                return a;
            }
        }
        return from.addresses().isEmpty() ? "127.0.0.1" : from.addresses().getFirst();
    }

    /** The address {@code from}'s packets to {@code to} carry as their source when its socket is bound to the wildcard. */
    public String addressSeen(HostNetwork from, HostNetwork to) {
        for (String a : to.addresses()) {
            Topology.Subnet subnet = topology.subnetOf(a);
            if (subnet != null && on(from, subnet)) {
                return sourceFor(from, a);
            }
        }
        return to.addresses().isEmpty() ? sourceFor(from, "0.0.0.0") : sourceFor(from, to.addresses().getFirst());
    }

    Topology.Rule firewallOf(HostNetwork host, String source, int port, boolean datagram) {
        Topology.Host spec = topology.host(host.name());
        return spec == null ? null : spec.firewall().stream().filter(r -> r.matches(source, port, datagram)).findFirst()
                .orElse(null);
    }

    /** Whether {@code address} is a broadcast address: 255.255.255.255 or a network's own. */
    public boolean isBroadcast(String address) {
        return address.equals("255.255.255.255")
                || topology.networks().stream().anyMatch(n -> n.range().broadcast().equals(address));
    }

    /**
     * The hosts a broadcast from {@code from} to {@code address} reaches, each with the network it
     * crosses (null for the sender itself, which hears its own broadcasts); null when there is no
     * route for it (ENETUNREACH). {@code bound}: the address the sending socket is bound to, or
     * null for the wildcard.
     *
     * <p>A network's broadcast address reaches that network, when the sender is on it. The limited
     * broadcast (255.255.255.255) follows Linux's ip_route_output: from a socket bound to one of the
     * host's addresses it goes out that address's network only ("user can direct ... limited
     * broadcast via necessary interface" by its source; from 127.0.0.1, the loopback: the host
     * alone); from one bound to the wildcard it takes the default route, and a topology's hosts
     * have none (an address outside every network is unreachable), so it is ENETUNREACH. The
     * sandbox without a topology stands for the machine its programs were recorded on, which has a
     * default route: there it reaches the host itself.
     */
    public List<Route.Deliver> broadcastTo(HostNetwork from, String address, String bound) {
        boolean limited = address.equals("255.255.255.255");
        List<Route.Deliver> out = new ArrayList<>();
        out.add(new Route.Deliver(from, null));
        if (limited && bound == null) {
            return topology.networks().isEmpty() ? out : null;
        }
        for (Topology.Subnet n : topology.networks()) {
            boolean leaves = limited ? n.range().contains(HostNetwork.unmapped(bound)) : n.range().broadcast().equals(address);
            if (!on(from, n) || !leaves) {
                continue;
            }
            for (HostNetwork h : hosts.values()) {
                if (h != from && on(h, n) && out.stream().noneMatch(d -> d.host() == h)) {
                    out.add(new Route.Deliver(h, n));
                }
            }
        }
        return out;
    }

    /** The most a reordered datagram is held back beyond the link's delay. */
    static final long REORDER_HOLD_NANOS = 60_000_000L;

    /**
     * What a link does to one datagram: when each copy arrives, in nanoseconds from now — none when
     * it is lost, two when it is duplicated — and whether it was held back so later ones overtake it.
     */
    public record Passage(long[] arrivals, boolean reordered) {

        static final Passage AT_ONCE = new Passage(new long[] {0}, false);

        public boolean lost() {
            return arrivals.length == 0;
        }

        public boolean duplicated() {
            return arrivals.length > 1;
        }
    }

    /**
     * What a network's link does to one datagram crossing it from {@code from} to {@code to}
     * (addresses; never anything on a host's own loopback). With the topology's seed, each flow —
     * one sender address towards one receiver address — draws from a sequence of its own, so the
     * n-th datagram of a flow meets the same fate in every run however the scheduler interleaves
     * it with other flows: a request over a lossy link and its reply (two flows) are lost,
     * duplicated and reordered the same way each time, which a lesson's check relies on.
     */
    public Passage fate(Topology.Subnet via, String from, String to) {
        if (via == null || !via.impaired()) {
            return Passage.AT_ONCE;
        }
        SplittableRandom dice = topology.seed() == null ? random
                : flows.computeIfAbsent(from + ">" + to, flow -> new SplittableRandom(topology.seed() ^ flow.hashCode() * 0x9E3779B97F4A7C15L));
        if (dice.nextDouble() < via.lossRate()) {
            return new Passage(new long[0], false);
        }
        long delay = via.delayNanos();
        boolean reordered = dice.nextDouble() < via.reorderRate();
        long first = reordered ? delay + 5_000_000L + dice.nextLong(REORDER_HOLD_NANOS) : delay;
        long[] arrivals = dice.nextDouble() < via.duplicateRate() ? new long[] {first, first + 1_000_000L} : new long[] {first};
        return new Passage(arrivals, reordered);
    }
}
