package org.enchufe.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.workbench.WorkbenchMessage.Coalesced;

/**
 * Between a sandbox and its browsers: collects the events of a short window and sends them as
 * one message. A burst (a tight send loop makes tens of thousands of calls a second) is cut to
 * what a page can draw — the first {@link #DETAILED_PER_WINDOW} events of each window in full, the
 * calls beyond only as counts per process, call and outcome, the latest state of each socket —
 * so the browser stays responsive and every total stays exact. It also writes the
 * {@link Transcript} a reconnecting page is given: each process's console, the latest events and
 * the totals, all bounded.
 */
final class EventOutbox implements Consumer<Event> {

    static final int DETAILED_PER_WINDOW = 300;
    static final int CONSOLE_CHARS_PER_WINDOW = 64 * 1024;
    static final int RECENT_EVENTS = Transcript.RECENT_EVENTS;
    static final int CONSOLE_CHARS_KEPT = Transcript.CONSOLE_CHARS_KEPT;

    private final Consumer<WorkbenchMessage> sink;

    // The window being collected.
    private final List<Event> window = new ArrayList<>();
    private int detailed;
    private int consoleChars;
    private final Map<String, long[]> folded = new LinkedHashMap<>();
    private final Map<String, SocketEvent> latestSockets = new LinkedHashMap<>();
    private boolean stateChanged;

    // What a reconnecting page is given.
    private final Transcript transcript = new Transcript();

    EventOutbox(Consumer<WorkbenchMessage> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void accept(Event event) {
        transcript.seen(event.seq());
        switch (event) {
            case ConsoleEvent c -> console(c);
            case SyscallEvent s -> {
                // A datagram sent may now be on its way through a slow link: the diagram draws it.
                stateChanged |= s.name().equals("sendto") && s.args().containsKey("addr") && s.errno() == null;
                transcript.count(s);
                transcript.remember(s);
                if (detailed < DETAILED_PER_WINDOW) {
                    add(s);
                } else {
                    fold(s);
                }
            }
            case SocketEvent s -> {
                stateChanged = true;
                transcript.remember(s);
                if (detailed < DETAILED_PER_WINDOW) {
                    add(s);
                } else {
                    latestSockets.put(s.pid() + "/" + s.fd(), s);
                }
            }
            case ProcessEvent p -> {
                stateChanged = true;
                transcript.remember(p);
                window.add(p);
            }
            case org.enchufe.events.ThreadEvent t -> {
                stateChanged = true;
                transcript.remember(t);
                window.add(t);
            }
            case org.enchufe.events.LinkEvent l -> {
                // A lossy link may drop thousands in a burst: beyond the window's share, they are only counted.
                if (detailed < DETAILED_PER_WINDOW) {
                    transcript.remember(l);
                    add(l);
                }
            }
        }
    }

    /** The sequence number of the last event seen. */
    synchronized long lastSeq() {
        return transcript.lastSeq();
    }

    /** What a reconnecting page is given: recent events, consoles, totals. */
    Transcript transcript() {
        return transcript;
    }

    /**
     * Sends the window collected so far, if any. Returns whether it held a process or socket change,
     * after which the tables need a new snapshot.
     */
    synchronized boolean flush() {
        boolean changed = stateChanged;
        if (window.isEmpty() && folded.isEmpty() && latestSockets.isEmpty()) {
            return changed;
        }
        List<Event> events = new ArrayList<>(window);
        events.addAll(latestSockets.values());
        List<Coalesced> coalesced = new ArrayList<>();
        folded.forEach((key, v) -> {
            String[] parts = key.split("\u0000", -1);
            coalesced.add(new Coalesced(Integer.parseInt(parts[0]), parts[1], parts[2].isEmpty() ? null : parts[2], v[0], v[1],
                    v[2], v[3]));
        });
        window.clear();
        folded.clear();
        latestSockets.clear();
        detailed = 0;
        consoleChars = 0;
        stateChanged = false;
        sink.accept(new WorkbenchMessage.Events(events, coalesced));
        return changed;
    }

    /** Sends what is pending, then the whole state with {@code snapshot}, taken after the last event seen. */
    synchronized void sendState(SandboxSnapshot snapshot) {
        sink.accept(state(snapshot));
    }

    /** Sends what is pending, then returns the whole state with {@code snapshot} (for one page only). */
    synchronized WorkbenchMessage.State state(SandboxSnapshot snapshot) {
        flush();
        return new WorkbenchMessage.State(snapshot, transcript.lastSeq(), transcript.consoles(), transcript.recent(),
                transcript.totals());
    }

    /** Sends a snapshot of the tables, stamped with the last event it reflects. */
    synchronized void sendSnapshot(SandboxSnapshot snapshot) {
        sink.accept(new WorkbenchMessage.Snapshot(snapshot, transcript.lastSeq()));
    }

    private void add(Event event) {
        window.add(event);
        detailed++;
    }

    private void console(ConsoleEvent c) {
        transcript.keepConsole(c);
        if (consoleChars >= CONSOLE_CHARS_PER_WINDOW) {
            return;  // The transcript still has it; a page that cannot keep up reloads it from there.
        }
        String text = c.text();
        if (consoleChars + text.length() > CONSOLE_CHARS_PER_WINDOW) {
            text = text.substring(0, CONSOLE_CHARS_PER_WINDOW - consoleChars);
        }
        consoleChars += text.length();
        // Consecutive writes of one process on one stream travel as one event.
        if (!window.isEmpty() && window.getLast() instanceof ConsoleEvent last && last.pid() == c.pid()
                && last.stream().equals(c.stream())) {
            window.set(window.size() - 1, new ConsoleEvent(last.seq(), last.t(), last.pid(), last.stream(), last.text() + text));
        } else {
            window.add(new ConsoleEvent(c.seq(), c.t(), c.pid(), c.stream(), text));
        }
    }

    private void fold(SyscallEvent s) {
        String key = s.pid() + "\u0000" + s.name() + "\u0000" + (s.errno() == null ? "" : s.errno().name());
        long[] v = folded.computeIfAbsent(key, k -> new long[] {0, 0, s.seq(), 0});
        v[0]++;
        v[1] += bytesMoved(s);
        v[3] = s.seq();
    }

    static boolean isSend(String name) {
        return name.equals("send") || name.equals("sendto") || name.equals("sendmsg") || name.equals("write");
    }

    /** Bytes a successful send/recv/read/write moved; 0 for every other call. */
    static long bytesMoved(SyscallEvent s) {
        boolean moves = switch (s.name()) {
            case "send", "sendto", "sendmsg", "write", "recv", "recvfrom", "recvmsg", "read" -> true;
            default -> false;
        };
        return moves && s.errno() == null && s.result() > 0 ? s.result() : 0;
    }
}
