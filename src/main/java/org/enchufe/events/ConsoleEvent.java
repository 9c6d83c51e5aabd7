package org.enchufe.events;

/**
 * Text on a process's console: {@code stream} is "stdout" or "stderr" for what it wrote, "stdin"
 * for a line typed into it (echoed, as a terminal does).
 */
public record ConsoleEvent(long seq, long t, int pid, String stream, String text) implements Event {
}
