package org.enchufe.kernel.net;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The virtual network a sandbox's programs live in, as data: its hosts (names, aliases, IPv4
 * addresses, firewall rules), the networks those addresses belong to (with what their links do
 * to datagrams) and how long a connect() to a dropped port waits. Written in YAML by lessons;
 * {@code docs/kernel.md} describes the format. The first host is where programs run unless told
 * otherwise.
 *
 * @param connectTimeout how long a connect() that gets no answer (a firewall drops it) waits
 *                       before ETIMEDOUT, e.g. {@code 10s}; Linux's default (6 SYN retries) is 127 s
 * @param seed           fixes the links' random choices (loss, duplication, reordering), so a
 *                       lesson's run can be repeated; absent, every sandbox draws its own
 * @param dns            the names the topology's DNS answers, asked after a host's /etc/hosts
 */
public record Topology(String name, String domain, String connectTimeout, Long seed, List<Subnet> networks,
                       List<Host> hosts, List<DnsRecord> dns) {

    /** The single host every sandbox has unless a lesson says otherwise: only its loopback. */
    public static final Topology DEFAULT = new Topology("default", "lab", null, null, List.of(),
            List.of(new Host(Resolver.HOSTNAME, List.of(), List.of(), List.of(), List.of())), List.of());

    /** Linux's connect() timeout with tcp_syn_retries = 6: 1+2+4+8+16+32+64 seconds. */
    static final long LINUX_CONNECT_TIMEOUT_NANOS = 127_000_000_000L;

    /**
     * A network the hosts' addresses belong to and what its link does to datagrams crossing it
     * between two hosts (never to a host's own loopback traffic).
     *
     * @param routed    whether the topology's router reaches it from other networks (default
     *                  true); an unrouted network is reachable only from hosts on it, others get
     *                  ENETUNREACH
     * @param loss      probability (0–1) that a datagram is lost
     * @param duplicate probability that it arrives twice
     * @param reorder   probability that it is held back so later ones overtake it
     * @param delay     how long every datagram takes, e.g. {@code 20ms}
     */
    public record Subnet(String name, String cidr, Boolean routed, Double loss, Double duplicate, Double reorder,
                         String delay) {

        public Cidr range() {
            return Cidr.parse(cidr);
        }

        public boolean isRouted() {
            return routed == null || routed;
        }

        public double lossRate() {
            return loss == null ? 0 : loss;
        }

        public double duplicateRate() {
            return duplicate == null ? 0 : duplicate;
        }

        public double reorderRate() {
            return reorder == null ? 0 : reorder;
        }

        public long delayNanos() {
            return delay == null ? 0 : durationNanos(delay);
        }

        /** Whether datagrams crossing it can be anything but delivered at once, once. */
        public boolean impaired() {
            return lossRate() > 0 || duplicateRate() > 0 || reorderRate() > 0 || delayNanos() > 0;
        }
    }

    /**
     * A host: its name (gethostname()), other names, IPv4 addresses and firewall.
     *
     * @param etcHosts lines its administrator added to its /etc/hosts ("172.25.4.4 www.ceu.es"),
     *                 after those naming the topology's hosts
     */
    public record Host(String name, List<String> aliases, List<String> addresses, List<Rule> firewall,
                       List<String> etcHosts) {

        public Host {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            firewall = firewall == null ? List.of() : List.copyOf(firewall);
            etcHosts = etcHosts == null ? List.of() : List.copyOf(etcHosts);
        }
    }

    /**
     * A name the topology's DNS answers (an A record and its PTR), with the other names that are
     * CNAMEs of it: {@code {name: www.ceu.es, address: 193.147.10.80, aliases: [web.ceu.es]}}.
     */
    public record DnsRecord(String name, String address, List<String> aliases) {

        public DnsRecord {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    /**
     * A firewall rule of a host, for traffic coming from other hosts: the first that matches
     * decides. {@code drop}: a connect() gets no answer (ETIMEDOUT, or the socket's timeout), a
     * datagram vanishes; {@code reject}: a connect() is refused (ECONNREFUSED), as iptables'
     * REJECT does.
     *
     * @param port     the port it guards; absent: every port
     * @param protocol {@code tcp} or {@code udp}; absent: both
     * @param from     the sources it applies to (an address or a network); absent: every one
     */
    public record Rule(Integer port, String protocol, String action, String from) {

        public boolean matches(String source, int port, boolean datagram) {
            return (this.port == null || this.port == port)
                    && (protocol == null || protocol.equalsIgnoreCase(datagram ? "udp" : "tcp"))
                    && (from == null || Cidr.parse(from).contains(source));
        }

        public boolean drops() {
            return action.equalsIgnoreCase("drop");
        }
    }

    public Topology {
        networks = networks == null ? List.of() : List.copyOf(networks);
        hosts = hosts == null ? List.of() : List.copyOf(hosts);
        dns = dns == null ? List.of() : List.copyOf(dns);
    }

    public long connectTimeoutNanos() {
        return connectTimeout == null ? LINUX_CONNECT_TIMEOUT_NANOS : durationNanos(connectTimeout);
    }

    /** A domain for the hosts' fully qualified names ({@code servidor.lab}). */
    public String domainName() {
        return domain == null || domain.isBlank() ? "lab" : domain;
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min)?");

    /** {@code 20ms}, {@code 1.5s}, {@code 2min}; a bare number is milliseconds. */
    static long durationNanos(String text) {
        Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 20ms, 1.5s, 2min)");
        }
        double value = Double.parseDouble(m.group(1));
        double unit = switch (m.group(2) == null ? "ms" : m.group(2)) {
            case "s" -> 1e9;
            case "min" -> 60e9;
            default -> 1e6;
        };
        return (long) (value * unit);
    }

    /** The subnet an address belongs to, or null. */
    public Subnet subnetOf(String address) {
        return networks.stream().filter(n -> n.range().contains(address)).findFirst().orElse(null);
    }

    /**
     * The YAML reader, loaded on first use: a sandbox on the default topology never needs Jackson
     * (the kernel's benchmarks run it with the kernel's classes alone).
     */
    private static final class Yaml {
        static final YAMLMapper MAPPER = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();

        static Topology read(String yaml) {
            try {
                return MAPPER.readValue(yaml, Topology.class);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("the topology is not valid YAML of the expected shape: "
                        + e.getOriginalMessage(), e);
            }
        }
    }

    /** Reads and checks a topology; an {@link IllegalArgumentException} says what is wrong with it. */
    public static Topology parse(String yaml) {
        Topology t = Yaml.read(yaml);
        if (t == null) {
            throw new IllegalArgumentException("the topology is empty");
        }
        t.check();
        return t;
    }

    /** A topology shipped with Enchufe ({@code src/main/resources/topologies/NAME.yaml}), or null. */
    public static Topology builtin(String name) {
        if (!name.matches("[a-z0-9-]{1,40}")) {
            return null;
        }
        try (InputStream in = Topology.class.getResourceAsStream("/topologies/" + name + ".yaml")) {
            return in == null ? null : parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern DNS_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    // Everything a sandbox relies on: unique names and addresses, each address in a declared
    // network, rules that say drop or reject, numbers in range.
    private void check() {
        if (hosts.isEmpty()) {
            throw new IllegalArgumentException("a topology needs at least one host");
        }
        Set<String> subnetNames = new HashSet<>();
        for (Subnet n : networks) {
            require(n.name() != null && subnetNames.add(n.name()), "every network needs a name of its own");
            require(n.cidr() != null, "network " + n.name() + " has no cidr");
            n.range();
            for (double p : new double[] {n.lossRate(), n.duplicateRate(), n.reorderRate()}) {
                require(p >= 0 && p <= 1, "network " + n.name() + ": loss, duplicate and reorder are probabilities from 0 to 1");
            }
            n.delayNanos();
        }
        Set<String> names = new HashSet<>();
        Set<String> addresses = new HashSet<>();
        for (Host h : hosts) {
            require(h.name() != null && HOST_NAME.matcher(h.name()).matches(),
                    "host name '" + h.name() + "' is not a valid host name (letters, digits and '-')");
            require(names.add(h.name().toLowerCase(Locale.ROOT)), "two hosts are named " + h.name());
            for (String alias : h.aliases()) {
                require(HOST_NAME.matcher(alias).matches(), "host " + h.name() + ": alias '" + alias + "' is not a valid name");
            }
            for (String a : h.addresses()) {
                require(Cidr.address(a) != null, "host " + h.name() + ": '" + a + "' is not an IPv4 address");
                require(!a.startsWith("127.") && !a.equals("0.0.0.0"), "host " + h.name() + ": " + a
                        + " is loopback or wildcard; every host has its own loopback already");
                require(subnetOf(a) != null, "host " + h.name() + ": " + a + " is in none of the networks");
                require(addresses.add(a), "two hosts have the address " + a);
            }
            for (Rule r : h.firewall()) {
                require(r.action() != null && (r.action().equalsIgnoreCase("drop") || r.action().equalsIgnoreCase("reject")),
                        "host " + h.name() + ": a firewall rule's action is drop or reject");
                require(r.protocol() == null || r.protocol().equalsIgnoreCase("tcp") || r.protocol().equalsIgnoreCase("udp"),
                        "host " + h.name() + ": a firewall rule's protocol is tcp or udp");
                require(r.port() == null || r.port() >= 0 && r.port() <= 65535, "host " + h.name() + ": port out of range");
                if (r.from() != null) {
                    Cidr.parse(r.from());
                }
            }
            for (String line : h.etcHosts()) {
                String[] fields = line == null ? new String[0] : line.trim().split("\\s+");
                require(fields.length >= 2 && Cidr.address(fields[0]) != null && java.util.Arrays.stream(fields).skip(1)
                        .allMatch(n -> DNS_NAME.matcher(n).matches()), "host " + h.name() + ": the /etc/hosts line '" + line
                        + "' is not an IPv4 address followed by names");
            }
        }
        Set<String> dnsNames = new HashSet<>();
        for (DnsRecord r : dns) {
            require(r.name() != null && DNS_NAME.matcher(r.name()).matches(), "DNS name '" + r.name() + "' is not a valid name");
            require(r.address() != null && Cidr.address(r.address()) != null, "DNS name " + r.name() + ": '" + r.address()
                    + "' is not an IPv4 address");
            for (String name : java.util.stream.Stream.concat(java.util.stream.Stream.of(r.name()), r.aliases().stream()).toList()) {
                require(DNS_NAME.matcher(name).matches(), "DNS name " + r.name() + ": alias '" + name + "' is not a valid name");
                require(dnsNames.add(name.toLowerCase(Locale.ROOT)), "the DNS has two records for " + name);
            }
        }
        connectTimeoutNanos();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The host named {@code name} (case does not matter), or null. */
    public Host host(String name) {
        return hosts.stream().filter(h -> h.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
