package org.enchufe.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who produced a call's outcome: the real operating system, or the sandbox imitating Linux. */
public enum DecidedBy {
    OS, SANDBOX;

    @JsonValue
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
