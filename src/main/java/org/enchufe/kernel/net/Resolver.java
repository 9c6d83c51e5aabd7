package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sandbox's name resolution, answered from its own {@code /etc/hosts} (never from the
 * machine's resolver or DNS): names to addresses and back, as glibc's "files" source does.
 */
public final class Resolver {

    /** The host name every sandbox host has until topologies name hosts. */
    public static final String HOSTNAME = "enchufe";

    /** The sandbox's /etc/hosts, Debian style. */
    public static final String ETC_HOSTS = """
            127.0.0.1	localhost
            127.0.1.1	enchufe.lab	enchufe
            """;

    /** One line of /etc/hosts: an address, its canonical name and its aliases. */
    public record Host(String address, String name, List<String> aliases) {
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private final List<Host> hosts;

    public Resolver() {
        this(ETC_HOSTS);
    }

    public Resolver(String etcHosts) {
        List<Host> parsed = new ArrayList<>();
        for (String line : etcHosts.split("\n")) {
            String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
            String[] fields = WHITESPACE.split(content.trim());
            if (fields.length >= 2) {
                parsed.add(new Host(fields[0], fields[1], List.of(fields).subList(2, fields.length)));
            }
        }
        this.hosts = List.copyOf(parsed);
    }

    /** The hosts entry that names {@code name} (by its name or an alias), numeric addresses as themselves. */
    public Optional<Host> byName(String name) {
        byte[] numeric = Ipv4.aton(name);
        if (numeric != null) {
            String address = Ipv4.ntoa(numeric);
            return Optional.of(new Host(address, address, List.of()));
        }
        // A trailing dot is a fully qualified name, which the sandbox's DNS zone answers like the short form.
        String wanted = (name.endsWith(".") ? name.substring(0, name.length() - 1) : name).toLowerCase(Locale.ROOT);
        return hosts.stream()
                .filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)
                        || h.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(wanted)))
                .findFirst();
    }

    /** The first hosts entry for {@code address}. */
    public Optional<Host> byAddress(String address) {
        return hosts.stream().filter(h -> h.address().equals(address)).findFirst();
    }
}
