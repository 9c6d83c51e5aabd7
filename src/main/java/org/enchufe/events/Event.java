package org.enchufe.events;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * One thing that happened in a sandbox. Every event has a sequence number, a time in
 * microseconds since its sandbox started, and the pid it happened in; the JSON carries a
 * {@code kind} naming the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SyscallEvent.class, name = "syscall"),
    @JsonSubTypes.Type(value = SocketEvent.class, name = "socket"),
    @JsonSubTypes.Type(value = ProcessEvent.class, name = "process"),
    @JsonSubTypes.Type(value = ConsoleEvent.class, name = "console"),
    @JsonSubTypes.Type(value = ThreadEvent.class, name = "thread"),
    @JsonSubTypes.Type(value = LinkEvent.class, name = "link")
})
public sealed interface Event permits SyscallEvent, SocketEvent, ProcessEvent, ConsoleEvent, ThreadEvent, LinkEvent {

    long seq();

    long t();

    int pid();
}
