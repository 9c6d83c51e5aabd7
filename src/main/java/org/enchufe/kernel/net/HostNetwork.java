package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One virtual host of a sandbox as its programs see the network: its name and addresses, the
 * ports its programs have bound and where the real sockets behind them listen. Programs name
 * virtual addresses (127.0.0.1, localhost, 0.0.0.0, the host's own addresses such as 172.25.4.4)
 * and ports; real sockets always live on 127.0.0.1 on ports the OS chose, so two sandboxes (or two
 * hosts of one sandbox) can both "bind 5000" and no program can reach anything but its own
 * sandbox's listeners. Traffic to another host goes through the sandbox's {@link VirtualNetwork}.
 *
 * <p>Port sharing follows Linux's bind-conflict rules: two sockets may share an address and port
 * only when both set SO_REUSEADDR and the one already there is not listening, or both set
 * SO_REUSEPORT; a connection closed first by this side keeps its port ({@link Orphans}: FIN_WAIT2,
 * then TIME_WAIT for 60 seconds), and a new socket may bind over it only when both it and the
 * closed connection had SO_REUSEADDR (accepted connections inherit it from their listener).
 */
public final class HostNetwork {

    /** Linux's default ephemeral range (net.ipv4.ip_local_port_range). */
    public static final int EPHEMERAL_LOW = 32768;
    public static final int EPHEMERAL_HIGH = 60999;

    /** How long Linux keeps a closed connection's port in TIME_WAIT (2 × MSL). */
    public static final long TIME_WAIT_NANOS = Orphans.STAGE_NANOS;

    /** A socket holding a port: what the conflict rules need to know about it. */
    public interface Holder {
        boolean reuseAddr();

        boolean reusePort();

        boolean listening();

        /** Whether it is a UDP socket: UDP and TCP ports are separate spaces. */
        boolean datagram();
    }

    private record Binding(String host, Holder holder) {
    }

    private record Listener(String host, Holder holder, int realPort) {
    }

    /** One protocol's ports: what is bound, the next ephemeral port. */
    private static final class Ports {
        final Map<Integer, List<Binding>> bound = new HashMap<>();
        int nextEphemeral = EPHEMERAL_LOW;
    }

    private final Ports tcp = new Ports();
    private final Ports udp = new Ports();
    /** The TCP connections closed here that still hold their ports. */
    private final Orphans orphans = new Orphans();
    private final Map<Integer, List<Listener>> listeners = new HashMap<>();
    private final RealPorts real;
    private final LongSupplier clock;
    private final String name;
    private final List<String> addresses;
    private final VirtualNetwork lan;
    private final Resolver resolver;

    private Ports ports(Holder holder) {
        return holder.datagram() ? udp : tcp;
    }

    /** A host on its own (its loopback only), as every sandbox had before topologies. */
    public HostNetwork() {
        this(System::nanoTime);
    }

    public HostNetwork(LongSupplier clock) {
        this(Resolver.HOSTNAME, List.of(), null, new RealPorts(), new Resolver(), clock);
    }

    HostNetwork(String name, List<String> addresses, VirtualNetwork lan, RealPorts real, Resolver resolver,
                LongSupplier clock) {
        this.name = name;
        this.addresses = List.copyOf(addresses);
        this.lan = lan;
        this.real = real;
        this.resolver = resolver;
        this.clock = clock;
    }

    /** The host's name, as gethostname() says it. */
    public String name() {
        return name;
    }

    /** The host's IPv4 addresses besides its loopback, in the topology's order. */
    public List<String> addresses() {
        return addresses;
    }

    /** The host's /etc/hosts. */
    public Resolver resolver() {
        return resolver;
    }

    /** Where traffic from this host to {@code target} goes: this host, another, or nowhere. */
    public Route route(String target) {
        String t = unmapped(target);
        if (isLocal(t)) {
            return new Route.Deliver(this, null);
        }
        return lan == null ? new Route.Unreachable(true) : lan.route(this, t);
    }

    /**
     * The address this host's packets to {@code target} leave from (Linux's source address
     * selection: the preferred source of the route to it). Every 127.x.y.z is reached through the
     * loopback's route, whose source is 127.0.0.1; one of the host's own other addresses through
     * its local route, whose source is that address.
     */
    public String sourceFor(String target) {
        String t = unmapped(target);
        if (isLoopback(t)) {
            return t.indexOf(':') >= 0 ? "::1" : "127.0.0.1";
        }
        if (isLocal(t) && !t.equals("0.0.0.0") && !t.equals("::")) {
            return t;
        }
        return lan == null ? "127.0.0.1" : lan.sourceFor(this, t);
    }

    /** The sandbox's whole network, or null for a host on its own. */
    public VirtualNetwork lan() {
        return lan;
    }

    public static boolean isLoopback(String host) {
        return host.startsWith("127.") || host.equals("::1") || host.startsWith("::ffff:127.");
    }

    @Override
    public String toString() {
        return name;
    }

    /** Whether {@code host} is an address of this host (one it may bind or connect to itself). */
    public boolean isLocal(String host) {
        return host.equals("0.0.0.0") || host.equals("::") || isLoopback(host) || addresses.contains(unmapped(host));
    }

    /** The IPv4 address an IPv4-mapped IPv6 address stands for, or the address itself. */
    public static String unmapped(String host) {
        return host.startsWith("::ffff:") && host.indexOf('.') > 0 ? host.substring(7) : host;
    }

    // Whether two bound addresses share a port: "::" covers every address of both families
    // (sockets are dual-stack, as Linux makes them); 0.0.0.0 covers the IPv4 ones and "::".
    private static boolean overlap(String a, String b) {
        a = unmapped(a);
        b = unmapped(b);
        if (a.equals("::") || b.equals("::")) {
            return true;
        }
        if (a.equals("0.0.0.0")) {
            return b.indexOf(':') < 0;
        }
        if (b.equals("0.0.0.0")) {
            return a.indexOf(':') < 0;
        }
        return a.equals(b);
    }

    // Whether a listener bound to {@code bound} accepts a connection to {@code target}.
    private static boolean reaches(String bound, String target) {
        String t = unmapped(target);
        boolean v4 = t.indexOf(':') < 0;
        return bound.equals("::") || v4 && bound.equals("0.0.0.0") || unmapped(bound).equals(t);
    }

    /** Whether binding (host, port) for {@code holder} would conflict with a socket already there. */
    public boolean conflicts(String host, int port, Holder holder) {
        if (boundConflict(host, port, holder) != null) {
            return true;
        }
        if (holder.datagram()) {
            return false;
        }
        return orphans.on(port, clock.getAsLong()).stream()
                .anyMatch(o -> overlap(o.host(), host) && !(holder.reuseAddr() && o.reuseAddr()));
    }

    /**
     * The socket whose binding makes (host, port) conflict for {@code holder}; null when none does
     * (a conflict then, if any, is a connection outliving its socket, in FIN_WAIT2 or TIME_WAIT).
     */
    public Holder boundConflict(String host, int port, Holder holder) {
        for (Binding b : ports(holder).bound.getOrDefault(port, List.of())) {
            if (b.holder() == holder || !overlap(b.host(), host)) {
                continue;
            }
            boolean sharedAddr = holder.reuseAddr() && b.holder().reuseAddr() && !b.holder().listening();
            boolean sharedPort = holder.reusePort() && b.holder().reusePort();
            if (!sharedAddr && !sharedPort) {
                return b.holder();
            }
        }
        return null;
    }

    public void bind(String host, int port, Holder holder) {
        ports(holder).bound.computeIfAbsent(port, p -> new ArrayList<>()).add(new Binding(host, holder));
    }

    /** Binds a free ephemeral port for {@code holder}, as the kernel does for connect() and bind(port 0). */
    public int bindEphemeral(String host, Holder holder) {
        Ports ports = ports(holder);
        for (int tries = 0; tries <= EPHEMERAL_HIGH - EPHEMERAL_LOW; tries++) {
            int port = ports.nextEphemeral;
            ports.nextEphemeral = port == EPHEMERAL_HIGH ? EPHEMERAL_LOW : port + 1;
            if (!conflicts(host, port, holder) && !ports.bound.containsKey(port)) {
                bind(host, port, holder);
                return port;
            }
        }
        return -1;
    }

    /** Frees what {@code holder} held on (host, port). */
    public void release(String host, int port, Holder holder) {
        release(host, port, holder, null, "");
    }

    /**
     * Frees what {@code holder} held on (host, port); a TCP connection that outlives its socket
     * ({@code orphan} not null: FIN_WAIT2 or TIME_WAIT) keeps the port, naming its peer {@code remote}.
     */
    public void release(String host, int port, Holder holder, Orphans.Stage orphan, String remote) {
        Ports ports = ports(holder);
        List<Binding> list = ports.bound.get(port);
        if (list != null) {
            list.removeIf(b -> b.holder() == holder);
            if (list.isEmpty()) {
                ports.bound.remove(port);
            }
        }
        real.forgetDatagram(holder);
        List<Listener> ls = listeners.get(port);
        if (ls != null) {
            ls.removeIf(l -> l.holder() == holder);
            if (ls.isEmpty()) {
                listeners.remove(port);
            }
        }
        if (orphan != null) {
            orphans.add(host, port, remote, orphan, holder, clock.getAsLong());
        }
    }

    /** The virtual (host, port) of {@code holder} now listens on the real loopback port {@code realPort}. */
    public void listen(String host, int port, Holder holder, int realPort) {
        listeners.computeIfAbsent(port, p -> new ArrayList<>()).add(new Listener(host, holder, realPort));
    }

    /** The real port behind a listening virtual (host, port), or -1 if nothing listens there. */
    public int realListener(String host, int port) {
        for (Listener l : listeners.getOrDefault(port, List.of())) {
            if (reaches(l.host(), host)) {
                return l.realPort();
            }
        }
        return -1;
    }

    /** The first firewall rule of this host that stops traffic from {@code source} to {@code port}, or null. */
    public Topology.Rule firewall(String source, int port, boolean datagram) {
        return lan == null ? null : lan.firewallOf(this, source, port, datagram);
    }

    /** The listening socket behind a virtual (host, port), or null. */
    public Holder listenerAt(String host, int port) {
        for (Listener l : listeners.getOrDefault(port, List.of())) {
            if (reaches(l.host(), host)) {
                return l.holder();
            }
        }
        return null;
    }

    /** Remembers which socket a client's real connection belongs to, so accept() can name it. */
    public void registerClient(int realLocalPort, Holder client) {
        real.clients.put(realLocalPort, client);
    }

    public Holder clientFor(int realPort) {
        return real.clients.get(realPort);
    }

    public void forgetClient(int realLocalPort) {
        real.clients.remove(realLocalPort);
    }

    /** The TCP connections closed on this host that still hold their ports (FIN_WAIT2, TIME_WAIT), for netstat. */
    public List<Orphans.Orphan> orphans() {
        return orphans.alive(clock.getAsLong());
    }

    /**
     * The peer's FIN reached the closed socket {@code holder}: its orphan goes from FIN_WAIT2 to
     * TIME_WAIT. The orphan now, or null when the socket left none waiting.
     */
    public Orphans.Orphan finReceived(Holder holder) {
        return orphans.finReceived(holder, clock.getAsLong());
    }

    /** The orphans whose time is over, taken out: their ports are free, and the kernel says they are gone. */
    public List<Orphans.Orphan> expireOrphans() {
        return orphans.expire(clock.getAsLong());
    }

    // ---------------------------------------------------------------- AF_UNIX

    private final Map<String, Holder> unixListeners = new HashMap<>();
    /** Abstract names (a leading NUL, no file), one space per socket type as in Linux. */
    private final Map<String, Holder> abstractStream = new HashMap<>();
    private final Map<String, Holder> abstractDatagram = new HashMap<>();
    private int nextAutobind;

    /** The AF_UNIX socket bound at {@code path} now listens. */
    public void listenUnix(String path, Holder holder) {
        unixListeners.put(path, holder);
    }

    /** Whether a socket listens at {@code path} (a socket file with nobody listening refuses). */
    public boolean unixListening(String path) {
        return unixListeners.containsKey(path);
    }

    /** The AF_UNIX socket listening (stream) or bound (datagram) at {@code path}, or null. */
    public Holder unixAt(String path) {
        return unixListeners.get(path);
    }

    public void releaseUnix(String path, Holder holder) {
        unixListeners.remove(path, holder);
    }

    /**
     * Gives {@code holder} the abstract name {@code name} (leading NUL included); false when a
     * socket of its type holds it (EADDRINUSE). The names are this host's only: no other host,
     * sandbox or program of the machine shares them.
     */
    public boolean bindAbstract(String name, Holder holder) {
        return abstractNames(holder.datagram()).putIfAbsent(name, holder) == null;
    }

    /** The socket of that type holding the abstract name, or null. */
    public Holder abstractAt(String name, boolean datagram) {
        return abstractNames(datagram).get(name);
    }

    public void releaseAbstract(String name, Holder holder) {
        abstractNames(holder.datagram()).remove(name, holder);
    }

    /** A free name for bind(""): a NUL and five hex digits, as Linux's autobind picks. */
    public String autobindName(boolean datagram) {
        Map<String, Holder> names = abstractNames(datagram);
        for (int tries = 0; tries <= 0xFFFFF; tries++) {
            String name = String.format("\0%05x", nextAutobind);
            nextAutobind = (nextAutobind + 1) & 0xFFFFF;
            if (!names.containsKey(name)) {
                return name;
            }
        }
        return null;
    }

    private Map<String, Holder> abstractNames(boolean datagram) {
        return datagram ? abstractDatagram : abstractStream;
    }

    // ---------------------------------------------------------------- datagrams

    /** The UDP socket {@code holder} receives on the real loopback port {@code realPort}. */
    public void registerDatagram(Holder holder, int realPort) {
        real.datagramPorts.put(holder, realPort);
        real.datagrams.put(realPort, holder);
    }

    /** {@code holder} sends from the real port {@code realPort} what leaves from its host's address {@code address}. */
    public void registerDatagramAlias(Holder holder, int realPort, String address) {
        real.aliases.put(realPort, new RealPorts.Sender(holder, address));
    }

    /**
     * The UDP socket whose real channel is on {@code realPort} — open, or closed after sending —
     * or null (not one of this sandbox's).
     */
    public Holder datagramFromRealPort(int realPort) {
        RealPorts.Sender s = real.datagramSender(realPort);
        return s == null ? null : s.holder();
    }

    /**
     * The address a datagram from {@code realPort} left from, when its socket (bound to the
     * wildcard) sent it to its own host from an address other than loopback; null otherwise.
     */
    public String datagramSourceAt(int realPort) {
        RealPorts.Sender s = real.datagramSender(realPort);
        return s == null ? null : s.address();
    }

    /** The real ports of the UDP sockets a datagram to (host, port) reaches: one, or every one for a broadcast. */
    public List<Integer> datagramReceivers(String host, int port, boolean broadcast) {
        List<Integer> out = new ArrayList<>();
        for (Binding b : udp.bound.getOrDefault(port, List.of())) {
            Integer realPort = real.datagramPorts.get(b.holder());
            if (realPort != null && (broadcast || reaches(b.host(), host))) {
                out.add(realPort);
                if (!broadcast) {
                    break;
                }
            }
        }
        return out;
    }
}
