package org.enchufe.events;

/**
 * A socket changed state: created, bound, listening, connected, closed…
 *
 * @param fd     the descriptor the process knows it by; -1 for a TCP connection that outlived its
 *               socket (FIN_WAIT, TIME_WAIT, then CLOSED when it is gone), which no process holds:
 *               {@code pid} is then the process that made the socket
 * @param state  the new state
 * @param local  its local address, or null while it has none
 * @param remote its peer's address, or null while unconnected
 * @param queued for a listening socket, the connections completed and not yet accepted (its
 *               listen queue); null for the others
 */
public record SocketEvent(
        long seq,
        long t,
        int pid,
        int fd,
        String family,
        String type,
        SocketState state,
        Sockaddr local,
        Sockaddr remote,
        Integer queued) implements Event {

    public SocketEvent(long seq, long t, int pid, int fd, String family, String type, SocketState state, Sockaddr local,
                       Sockaddr remote) {
        this(seq, t, pid, fd, family, type, state, local, remote, null);
    }
}
