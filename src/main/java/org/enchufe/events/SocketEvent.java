package org.enchufe.events;

/**
 * A socket changed state: created, bound, listening, connected, closed…
 *
 * @param fd     the descriptor the process knows it by
 * @param state  the new state
 * @param local  its local address, or null while it has none
 * @param remote its peer's address, or null while unconnected
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
        Sockaddr remote) implements Event {
}
