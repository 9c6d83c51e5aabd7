package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A sandbox's {@code /etc/services} and {@code /etc/protocols}: the lines Debian ships for the
 * services a networking course meets, read the way glibc reads them.
 */
public final class Services {

    /** The sandbox's /etc/services, in Debian's format and order. */
    public static final String ETC_SERVICES = """
            echo		7/tcp
            echo		7/udp
            discard		9/tcp		sink null
            discard		9/udp		sink null
            daytime		13/tcp
            daytime		13/udp
            chargen		19/tcp		ttytst source
            chargen		19/udp		ttytst source
            ftp-data	20/tcp
            ftp		21/tcp
            ssh		22/tcp
            telnet		23/tcp
            smtp		25/tcp		mail
            time		37/tcp		timserver
            time		37/udp		timserver
            domain		53/tcp
            domain		53/udp
            tftp		69/udp
            http		80/tcp		www
            pop3		110/tcp		pop-3
            sunrpc		111/tcp		portmapper
            sunrpc		111/udp		portmapper
            ntp		123/udp
            imap2		143/tcp		imap
            snmp		161/tcp
            snmp		161/udp
            https		443/tcp
            https		443/udp
            mysql		3306/tcp
            postgresql	5432/tcp	postgres
            """;

    /** One line of /etc/services. */
    public record Service(String name, int port, String protocol, List<String> aliases) {
    }

    private static final List<Service> SERVICES = parse(ETC_SERVICES);

    private Services() {
    }

    private static List<Service> parse(String text) {
        List<Service> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length < 2 || fields[0].isEmpty()) {
                continue;
            }
            String[] portProto = fields[1].split("/");
            out.add(new Service(fields[0], Integer.parseInt(portProto[0]), portProto[1],
                    List.of(fields).subList(2, fields.length)));
        }
        return List.copyOf(out);
    }

    /** getservbyname(name, proto): the first line naming it (by name or alias); proto null matches any. */
    public static Optional<Service> byName(String name, String protocol) {
        return SERVICES.stream()
                .filter(s -> protocol == null || s.protocol().equals(protocol))
                .filter(s -> s.name().equals(name) || s.aliases().contains(name))
                .findFirst();
    }

    /** getservbyport(port, proto). */
    public static Optional<Service> byPort(int port, String protocol) {
        return SERVICES.stream()
                .filter(s -> protocol == null || s.protocol().equals(protocol))
                .filter(s -> s.port() == port)
                .findFirst();
    }

    /** getprotobyname(name): /etc/protocols' numbers, by name or its upper-case alias. */
    public static Optional<Integer> protocol(String name) {
        return switch (name.toLowerCase(Locale.ROOT).equals(name) || name.toUpperCase(Locale.ROOT).equals(name)
                ? name.toLowerCase(Locale.ROOT) : "") {
            case "ip" -> Optional.of(0);
            case "icmp" -> Optional.of(1);
            case "tcp" -> Optional.of(6);
            case "udp" -> Optional.of(17);
            case "ipv6" -> Optional.of(41);
            case "ipv6-icmp" -> Optional.of(58);
            default -> Optional.empty();
        };
    }
}
