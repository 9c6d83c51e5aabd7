package org.enchufe.sandbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;

/** What the pool tests read off a sandbox: its console text, whether a process ended, the state it is in. */
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

    /** The state {@code pid} is in now, as the sandbox's snapshot shows it (null: no such process). */
    static ProcessState stateOf(LiveSandbox box, int pid) throws Exception {
        return box.snapshot().get(5, TimeUnit.SECONDS).processes().stream()
                .filter(p -> p.pid() == pid).map(SandboxSnapshot.ProcessView::state).findFirst().orElse(null);
    }

    static boolean exited(List<Event> events, int pid) {
        return events.stream().anyMatch(e -> e instanceof ProcessEvent p && p.pid() == pid
                && p.change() == ProcessEvent.Change.EXITED);
    }
}
