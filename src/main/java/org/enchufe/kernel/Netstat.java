package org.enchufe.kernel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.Sockaddr;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.kernel.net.Orphans;

/**
 * {@code netstat -tuanp} (and {@code -x}) of a sandbox at this moment: every socket of every
 * process — shared ones once, with the processes that hold them — and the connections that
 * outlived their sockets (FIN_WAIT2, TIME_WAIT), in netstat's own columns.
 */
public final class Netstat {

    /**
     * One line of netstat: the protocol, both addresses, the state, who holds the socket and on
     * which host (netstat shows one machine; a sandbox of several hosts shows each row's).
     */
    public record Row(String proto, String local, String foreign, String state, String program, String host) {
    }

    private Netstat() {
    }

    /** The rows, listening sockets first as netstat sorts them. */
    public static List<Row> rows(Sandbox sandbox) {
        Map<SocketObject, List<String>> holders = new IdentityHashMap<>();
        for (Process p : sandbox.processes().values()) {
            if (p.ended()) {
                continue;
            }
            for (DescriptorTable.OpenFile file : p.descriptors().view().values()) {
                if (file instanceof SocketObject s) {
                    holders.computeIfAbsent(s, k -> new ArrayList<>()).add(p.pid() + "/" + p.program());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        holders.forEach((s, who) -> rows.add(row(s, who.getFirst())));
        for (HostNetwork host : sandbox.network().hosts()) {
            // Connections that outlived their sockets belong to no process: netstat -p shows "-".
            for (Orphans.Orphan o : host.orphans()) {
                rows.add(new Row(o.host().indexOf(':') >= 0 ? "tcp6" : "tcp", endpoint(new Sockaddr.Inet(o.host(), o.port())),
                        o.remote(), o.stage().name(), "-", host.name()));
            }
        }
        rows.sort((a, b) -> Boolean.compare(!a.state().equals("LISTEN"), !b.state().equals("LISTEN")));
        return rows;
    }

    private static Row row(SocketObject s, String program) {
        if (s.family == SocketCalls.AF_UNIX) {
            String path = UnixAddress.display(!s.localPath.isEmpty() ? s.localPath : s.remotePath);
            return new Row("unix", path, "", s.state().name(), program, s.network.name());
        }
        boolean v6 = s.v6();
        String proto = (s.datagram() ? "udp" : "tcp") + (v6 ? "6" : "");
        Sockaddr.Inet local = s.name();
        String foreign = s.remote == null ? (v6 ? ":::*" : "0.0.0.0:*") : endpoint(s.remote);
        String state = s.datagram() ? (s.remote == null ? "" : "ESTABLISHED") : netstatName(s.state());
        return new Row(proto, endpoint(local), foreign, state, program, s.network.name());
    }

    /**
     * A TCP state as netstat names it: an end that has sent its FIN waits for the peer's in
     * FIN_WAIT2 (on loopback the ACK that ends FIN_WAIT1 comes at once).
     */
    private static String netstatName(org.enchufe.events.SocketState state) {
        return state == org.enchufe.events.SocketState.FIN_WAIT ? "FIN_WAIT2" : state.name();
    }

    /** An address as netstat prints it: 127.0.0.1:5000, :::5000, ::1:5000. */
    static String endpoint(Sockaddr.Inet a) {
        return a.host() + ":" + a.port();
    }

    /** The text netstat prints. */
    public static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder("Active Internet connections (servers and established)\n");
        out.append(String.format("%-5s %6s %6s %-23s %-23s %-11s %s%n", "Proto", "Recv-Q", "Send-Q", "Local Address",
                "Foreign Address", "State", "PID/Program name"));
        for (Row r : rows) {
            out.append(String.format("%-5s %6d %6d %-23s %-23s %-11s %s%n", r.proto(), 0, 0, r.local(), r.foreign(),
                    r.state(), r.program()));
        }
        return out.toString();
    }
}
