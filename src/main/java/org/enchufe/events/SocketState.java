package org.enchufe.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** The states a socket shows in the views, named as {@code netstat} names the TCP ones. */
public enum SocketState {
    CREATED, BOUND, LISTEN, SYN_SENT, ESTABLISHED, CLOSE_WAIT, FIN_WAIT, TIME_WAIT, CLOSED;

    @JsonValue
    public String jsonName() {
        return name();
    }
}
