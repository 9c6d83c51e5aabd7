package org.enchufe.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What the sandbox knows about why a call failed, beyond its errno: the process holding a port,
 * where nobody listens (and where someone does), the firewall that decided. The page's
 * explanations name it; the JSON carries a {@code kind} naming the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = FailureCause.PortHeld.class, name = "port-held"),
    @JsonSubTypes.Type(value = FailureCause.PortInTimeWait.class, name = "port-time-wait"),
    @JsonSubTypes.Type(value = FailureCause.NobodyListens.class, name = "nobody-listens"),
    @JsonSubTypes.Type(value = FailureCause.Firewall.class, name = "firewall")
})
public sealed interface FailureCause {

    /** EADDRINUSE: process {@code pid}, running {@code program}, has a socket bound to {@code port}. */
    record PortHeld(int port, int pid, String program) implements FailureCause {
    }

    /** EADDRINUSE: a closed connection of {@code port} still lingers in TIME_WAIT. */
    record PortInTimeWait(int port) implements FailureCause {
    }

    /**
     * ECONNREFUSED: no socket listens on {@code address}:{@code port} of host {@code host} (the
     * host that address took the call to). {@code listeningHost} and {@code listeningAddress}: a
     * host of the network where one does listen on that port (127.0.0.1 when only for its own
     * machine), or null.
     */
    record NobodyListens(String address, int port, String host, String listeningHost, String listeningAddress)
            implements FailureCause {
    }

    /**
     * A firewall rule of {@code host} stopped the call to {@code port} from {@code from}:
     * {@code action} "reject" (ECONNREFUSED at once) or "drop" (no answer: ETIMEDOUT).
     */
    record Firewall(String host, int port, String from, String action) implements FailureCause {
    }
}
