package org.enchufe.kernel.net;

import java.util.ArrayList;
import java.util.List;

/**
 * The TCP connections of one host that outlived their sockets, as Linux keeps them after the last
 * close(): the end that closed while its peer was still open waits in FIN_WAIT2 for the peer's FIN
 * (at most net.ipv4.tcp_fin_timeout, 60 s), and once that FIN comes, in TIME_WAIT for 2 × MSL
 * (60 s). No process holds them (netstat -p shows "-"), yet each keeps its port, with its socket's
 * SO_REUSEADDR, for the bind-conflict rules. An end whose peer had closed first (CLOSE_WAIT)
 * leaves nothing: its LAST_ACK is answered at once on loopback.
 */
public final class Orphans {

    /** How long each stage lasts: TIME_WAIT's 2 × MSL, and tcp_fin_timeout for an orphan in FIN_WAIT2. */
    public static final long STAGE_NANOS = 60_000_000_000L;

    /** Where an orphaned connection is in its close. */
    public enum Stage { FIN_WAIT2, TIME_WAIT }

    /**
     * One orphaned connection.
     *
     * @param holder the socket it was, which the kernel names in its events
     * @param until  when it ends, on the kernel's clock
     */
    public record Orphan(String host, int port, String remote, Stage stage, long until, HostNetwork.Holder holder,
                         boolean reuseAddr) {

        boolean alive(long now) {
            return until - now > 0;
        }
    }

    private final List<Orphan> all = new ArrayList<>();

    /** The socket {@code holder}, bound to (host, port), closed and left this connection in {@code stage}. */
    void add(String host, int port, String remote, Stage stage, HostNetwork.Holder holder, long now) {
        all.add(new Orphan(host, port, remote, stage, now + STAGE_NANOS, holder, holder.reuseAddr()));
    }

    /**
     * The peer's FIN reached {@code holder}'s orphan: from FIN_WAIT2 it goes to TIME_WAIT for 60 s.
     * The orphan now, or null when {@code holder} left none waiting for it.
     */
    Orphan finReceived(HostNetwork.Holder holder, long now) {
        for (int i = 0; i < all.size(); i++) {
            Orphan o = all.get(i);
            if (o.holder() == holder && o.stage() == Stage.FIN_WAIT2 && o.alive(now)) {
                Orphan waiting = new Orphan(o.host(), o.port(), o.remote(), Stage.TIME_WAIT, now + STAGE_NANOS, holder,
                        o.reuseAddr());
                all.set(i, waiting);
                return waiting;
            }
        }
        return null;
    }

    /** The orphans whose time is over by {@code now}, taken out. */
    List<Orphan> expire(long now) {
        List<Orphan> over = new ArrayList<>();
        all.removeIf(o -> {
            if (o.alive(now)) {
                return false;
            }
            over.add(o);
            return true;
        });
        return over;
    }

    /** The orphans still alive at {@code now}. */
    List<Orphan> alive(long now) {
        return all.stream().filter(o -> o.alive(now)).toList();
    }

    /** The orphans alive at {@code now} that hold {@code port}. */
    List<Orphan> on(int port, long now) {
        return all.stream().filter(o -> o.port() == port && o.alive(now)).toList();
    }
}
