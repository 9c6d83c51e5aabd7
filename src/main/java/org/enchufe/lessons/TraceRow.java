package org.enchufe.lessons;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SyscallEvent;

/**
 * A row of the trace that decided a goal: the event's sequence number (the page scrolls the trace
 * to it), its process, the file that process runs and the source line (together, a link the page
 * opens in the editor; either null when unknown) and its text. The pid is the run's: a Check's
 * rows come from a sandbox of its own, so the file, not the pid, says where the line is.
 */
public record TraceRow(long seq, int pid, String file, Integer line, String text) {

    static TraceRow of(Event e, String file) {
        return switch (e) {
            case SyscallEvent s -> new TraceRow(s.seq(), s.pid(), file, s.line(), s.strace());
            case SocketEvent s -> new TraceRow(s.seq(), s.pid(), file, null, "fd " + s.fd() + " " + s.state()
                    + (s.local() != null ? " " + s.local() : "") + (s.remote() != null ? " → " + s.remote() : ""));
            case ConsoleEvent c -> new TraceRow(c.seq(), c.pid(), file, null, c.stream() + ": " + abbreviate(c.text(), 120));
            case ProcessEvent p -> new TraceRow(p.seq(), p.pid(), file, null, p.change().name().toLowerCase(java.util.Locale.ROOT)
                    + " " + p.program() + (p.change() == ProcessEvent.Change.EXITED ? exit(p.status()) : ""));
            default -> new TraceRow(e.seq(), e.pid(), file, null, e.getClass().getSimpleName());
        };
    }

    /** How a process ended, from its wait status: its exit status, or the signal that killed it. */
    private static String exit(int status) {
        return (status & 0x7F) != 0 ? " (signal " + (status & 0x7F) + ")" : " (status " + (status >> 8) + ")";
    }

    static String abbreviate(String text, int max) {
        String flat = text.replace("\n", "⏎");
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
