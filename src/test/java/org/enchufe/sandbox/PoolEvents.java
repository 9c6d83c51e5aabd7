package org.enchufe.sandbox;

import java.util.List;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;

/** What the pool tests read off a sandbox's events: its console text and whether a process ended. */
final class PoolEvents {

    private PoolEvents() {
    }

    /** Everything written to {@code stream} ("stdout" or "stderr"), in order. */
    static String console(List<Event> events, String stream) {
        StringBuilder out = new StringBuilder();
        for (Event e : events) {
            if (e instanceof ConsoleEvent c && c.stream().equals(stream)) {
                out.append(c.text());
            }
        }
        return out.toString();
    }

    /** Everything written to either stream, in order. */
    static String console(List<Event> events) {
        StringBuilder out = new StringBuilder();
        for (Event e : events) {
            if (e instanceof ConsoleEvent c) {
                out.append(c.text());
            }
        }
        return out.toString();
    }

    static boolean exited(List<Event> events, int pid) {
        return events.stream().anyMatch(e -> e instanceof ProcessEvent p && p.pid() == pid
                && p.change() == ProcessEvent.Change.EXITED);
    }
}
