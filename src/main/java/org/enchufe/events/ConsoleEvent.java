package org.enchufe.events;

/** Text a process wrote to its console: {@code stream} is "stdout" or "stderr". */
public record ConsoleEvent(long seq, long t, int pid, String stream, String text) implements Event {
}
