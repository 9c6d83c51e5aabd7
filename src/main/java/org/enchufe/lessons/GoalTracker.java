package org.enchufe.lessons;

import java.util.ArrayDeque;
import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.SandboxSnapshot;

/**
 * What the checker keeps for one goal between events: a constant amount per goal, or per live
 * socket or process, never per event. Each kind reads the events it cares about and says, at any
 * moment, its verdict with the evidence behind it.
 */
abstract sealed class GoalTracker
        permits CallTracker, SequenceTracker, CountTracker, StateTracker, ErrnoTracker, OutputTracker, BytesTracker,
        ProbeTracker, PythonTracker {

    /**
     * One event as the checker hands it on: its process, the sockets it concerns, and whether the
     * socket it is on is connected to one of the lesson's probes.
     */
    record Seen(Event event, ProcessTable.Entry process, long on, long created, boolean probePeer) {
    }

    /** The names given to sockets by {@code capture}, shared by a checker's goals. */
    interface Captures {
        long id(String name);

        void capture(String name, long id);
    }

    private static final int ROWS = 6;

    final Goal goal;
    final Captures captures;
    private final ArrayDeque<TraceRow> rows = new ArrayDeque<>();
    /** The event being handed on, so a row it becomes names its process's file. */
    private Seen seeing;

    GoalTracker(Goal goal, Captures captures) {
        this.goal = goal;
        this.captures = captures;
    }

    static GoalTracker of(Goal goal, Captures captures) {
        return switch (goal) {
            case Goal.Call g -> new CallTracker(g, captures);
            case Goal.Sequence g -> new SequenceTracker(g, captures);
            case Goal.Never g -> new CountTracker(g, g.call(), 0, 0, captures);
            case Goal.Count g -> new CountTracker(g, g.call(), g.min(), g.max(), captures);
            case Goal.State g -> new StateTracker(g, captures);
            case Goal.Errno g -> new ErrnoTracker(g, captures);
            case Goal.Output g -> new OutputTracker(g, captures);
            case Goal.Bytes g -> new BytesTracker(g, captures);
            case Goal.Probe g -> new ProbeTracker(g, captures);
            case Goal.Python g -> new PythonTracker(g, captures);
        };
    }

    /** Hands {@code seen} to the kind's {@link #accept}, remembering its process for the rows. */
    final void see(Seen seen) {
        seeing = seen;
        try {
            accept(seen);
        } finally {
            seeing = null;
        }
    }

    void accept(Seen seen) {
    }

    void snapshot(SandboxSnapshot snapshot, long seq) {
    }

    /** Entries kept per live socket or process (the rest of a tracker's memory is constant). */
    int held() {
        return 0;
    }

    /** A socket identity ended: per-socket state about it can go. */
    void socketEnded(long id) {
    }

    /** The verdict now; {@code finished}: the run is over, so nothing pending is left. */
    abstract Verdict verdict(boolean finished);

    // ---------------------------------------------------------------- shared by the kinds

    /** Whether the event's process is one the goal watches and, with {@code on}, its socket the captured one. */
    boolean inScope(Seen seen) {
        if (!goal.common().scope().matches(seen.process())) {
            return false;
        }
        String on = goal.common().on();
        return on == null || seen.on() >= 0 && seen.on() == captures.id(on);
    }

    void row(Event e) {
        if (rows.size() == ROWS) {
            rows.removeFirst();
        }
        ProcessTable.Entry process = seeing != null && seeing.event().pid() == e.pid() ? seeing.process() : null;
        rows.addLast(TraceRow.of(e, process == null ? null : process.program()));
    }

    void clearRows() {
        rows.clear();
    }

    void clearRowsAnd(TraceRow row) {
        rows.clear();
        rows.addLast(row);
    }

    Verdict verdict(Verdict.Status status, Text happened) {
        Goal.Common c = goal.common();
        return new Verdict(c.id(), status, c.text(), happened, List.copyOf(rows), c.weight(), c.misconception());
    }

    static Text said(String es, String en) {
        return new Text(es, en);
    }

    static String where(SyscallEvent e) {
        return e.line() == null ? "" : " (línea " + e.line() + ")";
    }

    static String whereEn(SyscallEvent e) {
        return e.line() == null ? "" : " (line " + e.line() + ")";
    }
}
