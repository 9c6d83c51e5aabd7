package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sandbox host's name resolution, as glibc does it with {@code hosts: files dns} in
 * /etc/nsswitch.conf: its own {@code /etc/hosts} first, then the topology's DNS — never the
 * machine's resolver. Each answer says which source gave it, so a program's trace can show it.
 */
public final class Resolver {

    /** The host name every sandbox host has until topologies name hosts. */
    public static final String HOSTNAME = "enchufe";

    /** The sandbox's /etc/hosts, Debian style. */
    public static final String ETC_HOSTS = """
            127.0.0.1	localhost
            127.0.1.1	enchufe.lab	enchufe
            """;

    /** One line of /etc/hosts (or a DNS record): an address, its canonical name and its aliases. */
    public record Host(String address, String name, List<String> aliases) {
    }

    /** Where an answer came from: the text itself (a numeric address), /etc/hosts, or the DNS. */
    public enum Source {
        NUMERIC, FILES, DNS;

        /** As nsswitch.conf names the source ("files", "dns"); "numeric" for an address. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A host found, and the source that found it. */
    public record Answer(Host host, Source source) {
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final List<Host> hosts;
    private final List<Host> dns;

    public Resolver() {
        this(ETC_HOSTS);
    }

    public Resolver(String etcHosts) {
        this(etcHosts, List.of());
    }

    public Resolver(String etcHosts, List<Topology.DnsRecord> records) {
        List<Host> parsed = new ArrayList<>();
        for (String line : etcHosts.split("\n")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String[] fields = WHITESPACE.split(content.trim());
            if (fields.length >= 2) {
                parsed.add(new Host(fields[0], fields[1], List.of(fields).subList(2, fields.length)));
            }
        }
        this.hosts = List.copyOf(parsed);
        this.dns = records.stream().map(r -> new Host(r.address(), r.name(), r.aliases())).toList();
    }

    /** The host that {@code name} names (by its name or an alias), numeric addresses as themselves. */
    public Optional<Host> byName(String name) {
        return lookup(name).map(Answer::host);
    }

    /**
     * {@code name} looked up as gethostbyname does: a numeric address answers itself; otherwise
     * /etc/hosts, then the DNS. A name the DNS knows as an alias (a CNAME) answers with the
     * canonical name and the alias asked for, as glibc reports it.
     */
    public Optional<Answer> lookup(String name) {
        byte[] numeric = Ipv4.aton(name);
        if (numeric != null) {
            String address = Ipv4.ntoa(numeric);
            return Optional.of(new Answer(new Host(address, address, List.of()), Source.NUMERIC));
        }
        // A trailing dot is a fully qualified name, which both sources answer like the short form.
        String wanted = (name.endsWith(".") ? name.substring(0, name.length() - 1) : name).toLowerCase(Locale.ROOT);
        Optional<Host> file = hosts.stream().filter(h -> names(h, wanted)).findFirst();
        if (file.isPresent()) {
            return Optional.of(new Answer(file.get(), Source.FILES));
        }
        return dns.stream().filter(h -> names(h, wanted)).findFirst()
                .map(h -> new Answer(h.name().toLowerCase(Locale.ROOT).equals(wanted) ? new Host(h.address(), h.name(), List.of())
                        : new Host(h.address(), h.name(), List.of(name)), Source.DNS));
    }

    /** The first hosts entry for {@code address}. */
    public Optional<Host> byAddress(String address) {
        return reverse(address).map(Answer::host);
    }

    /** {@code address} looked up as gethostbyaddr does: /etc/hosts, then the DNS's PTR records. */
    public Optional<Answer> reverse(String address) {
        Optional<Host> file = hosts.stream().filter(h -> h.address().equals(address)).findFirst();
        if (file.isPresent()) {
            return Optional.of(new Answer(file.get(), Source.FILES));
        }
        return dns.stream().filter(h -> h.address().equals(address)).findFirst()
                .map(h -> new Answer(new Host(h.address(), h.name(), List.of()), Source.DNS));
    }

    private static boolean names(Host h, String wanted) {
        return h.name().toLowerCase(Locale.ROOT).equals(wanted)
                || h.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
