package org.enchufe.lessons;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.SandboxSnapshot;

/**
 * What the checker keeps for one goal between events: a constant amount per goal, or per live
 * socket or process, never per event. Each kind reads the events it cares about and says, at any
 * moment, its verdict with the evidence behind it.
 */
abstract sealed class GoalTracker {

    /** One event as the checker hands it on: its process and the sockets it concerns. */
    record Seen(Event event, ProcessTable.Entry process, long on, long created) {
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
        rows.addLast(TraceRow.of(e));
    }

    void clearRows() {
        rows.clear();
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

    // ---------------------------------------------------------------- call

    static final class CallTracker extends GoalTracker {
        private final Goal.Call g;
        private SyscallEvent matched;
        private SyscallEvent closest;

        CallTracker(Goal.Call g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        @Override
        void accept(Seen seen) {
            if (matched != null || !(seen.event() instanceof SyscallEvent e) || !g.call().sameCall(e) || !inScope(seen)) {
                return;
            }
            if (g.call().matches(e)) {
                matched = e;
                clearRows();
                row(e);
                if (g.common().capture() != null) {
                    captures.capture(g.common().capture(), seen.created() >= 0 ? seen.created() : seen.on());
                }
            } else {
                closest = e;
                row(e);
            }
        }

        @Override
        Verdict verdict(boolean finished) {
            if (matched != null) {
                return verdict(Verdict.Status.PASSED, said(matched.strace() + where(matched), matched.strace() + whereEn(matched)));
            }
            Verdict.Status status = finished ? Verdict.Status.FAILED : Verdict.Status.PENDING;
            if (closest != null) {
                return verdict(status, said("La llamada más parecida fue " + closest.strace() + where(closest) + ".",
                        "The closest call was " + closest.strace() + whereEn(closest) + "."));
            }
            return verdict(status, said("El programa no llamó a " + g.call().name() + "().",
                    "The program never called " + g.call().name() + "()."));
        }
    }

    // ---------------------------------------------------------------- sequence

    static final class SequenceTracker extends GoalTracker {
        private final Goal.Sequence g;
        /** For each live socket, how far along the sequence it is and the rows that got it there. */
        private final Map<Long, List<SyscallEvent>> progress = new HashMap<>();
        private List<SyscallEvent> best = List.of();
        private boolean done;

        SequenceTracker(Goal.Sequence g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        @Override
        void accept(Seen seen) {
            if (done || !(seen.event() instanceof SyscallEvent e) || !inScope(seen)) {
                return;
            }
            // socket() belongs to the socket it made; every other call to the one it was made on.
            long socket = e.name().equals("socket") ? seen.created() : seen.on();
            if (socket < 0) {
                return;
            }
            List<SyscallEvent> steps = progress.get(socket);
            int at = steps == null ? 0 : steps.size();
            if (!g.calls().get(at).matches(e)) {
                return;
            }
            if (steps == null) {
                steps = new ArrayList<>();
                progress.put(socket, steps);
            }
            steps.add(e);
            if (steps.size() > best.size()) {
                best = steps;
            }
            if (steps.size() == g.calls().size()) {
                done = true;
                best = List.copyOf(steps);
                progress.clear();
                if (g.common().capture() != null) {
                    captures.capture(g.common().capture(), socket);
                }
            }
        }

        @Override
        int held() {
            return progress.size();
        }

        @Override
        void socketEnded(long id) {
            List<SyscallEvent> steps = progress.remove(id);
            if (steps != null && steps == best) {
                best = List.copyOf(steps);
            }
        }

        @Override
        Verdict verdict(boolean finished) {
            clearRows();
            best.forEach(this::row);
            List<String> names = g.calls().stream().map(CallPattern::describe).toList();
            if (done) {
                return verdict(Verdict.Status.PASSED, said("En un mismo socket: " + String.join(" → ", names) + ".",
                        "On one socket: " + String.join(" → ", names) + "."));
            }
            Verdict.Status status = finished ? Verdict.Status.FAILED : Verdict.Status.PENDING;
            if (best.isEmpty()) {
                return verdict(status, said("Ningún socket empezó la secuencia con " + names.get(0) + ".",
                        "No socket began the sequence with " + names.get(0) + "."));
            }
            String reached = String.join(" → ", names.subList(0, best.size()));
            String missing = names.get(best.size());
            return verdict(status, said("Lo más lejos que llegó un socket: " + reached + "; faltó " + missing + ".",
                    "The furthest a socket got: " + reached + "; " + missing + " never came."));
        }
    }

    // ---------------------------------------------------------------- never, count

    static final class CountTracker extends GoalTracker {
        private final CallPattern call;
        private final int min;
        private final Integer max;
        private final boolean never;
        private long count;
        private SyscallEvent last;

        CountTracker(Goal g, CallPattern call, int min, Integer max, Captures captures) {
            super(g, captures);
            this.call = call;
            this.min = min;
            this.max = max;
            this.never = g instanceof Goal.Never;
        }

        @Override
        void accept(Seen seen) {
            if (seen.event() instanceof SyscallEvent e && call.matches(e) && inScope(seen)) {
                count++;
                last = e;
                row(e);
            }
        }

        @Override
        Verdict verdict(boolean finished) {
            if (never) {
                if (last != null) {
                    return verdict(Verdict.Status.FAILED, said("Ocurrió " + last.strace() + where(last) + ".",
                            last.strace() + " happened" + whereEn(last) + "."));
                }
                return verdict(finished ? Verdict.Status.PASSED : Verdict.Status.PENDING,
                        said("No ocurrió ninguna llamada " + call.describe() + ".", "No call " + call.describe() + " happened."));
            }
            Text happened = said(call.describe() + " ocurrió " + count + (count == 1 ? " vez." : " veces."),
                    call.describe() + " happened " + count + (count == 1 ? " time." : " times."));
            if (max != null && count > max) {
                return verdict(Verdict.Status.FAILED, happened);
            }
            if (!finished) {
                return verdict(Verdict.Status.PENDING, happened);
            }
            return verdict(count >= min ? Verdict.Status.PASSED : Verdict.Status.FAILED, happened);
        }
    }

    // ---------------------------------------------------------------- state

    static final class StateTracker extends GoalTracker {
        private final Goal.State g;
        private Text held;
        private Text lastSeen;

        StateTracker(Goal.State g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        @Override
        void snapshot(SandboxSnapshot snapshot, long seq) {
            if (held != null) {
                return;
            }
            for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
                if (!inScope(p)) {
                    continue;
                }
                Text described = describe(p);
                lastSeen = described;
                if (holds(p)) {
                    held = described;
                    clearRowsAnd(new TraceRow(seq, p.pid(), p.line() > 0 ? p.line() : null, described.en()));
                    return;
                }
            }
        }

        private boolean inScope(SandboxSnapshot.ProcessView p) {
            Scope s = g.common().scope();
            return (s.file() == null || s.file().equals(p.program()))
                    && (s.host() == null || s.host().equalsIgnoreCase(p.host()))
                    && (s.process() == null || s.process().equals("forked") == (p.ppid() != 0));
        }

        private boolean holds(SandboxSnapshot.ProcessView p) {
            if (g.processState() != null && !g.processState().equals(p.state().name())) {
                return false;
            }
            if (g.waitingIn() != null && !g.waitingIn().equals(p.waitingIn())) {
                return false;
            }
            if (g.listening() != null && count(p, "LISTEN") != g.listening()) {
                return false;
            }
            if (g.established() != null && count(p, "ESTABLISHED") != g.established()) {
                return false;
            }
            Goal.DescriptorPattern d = g.descriptor();
            return d == null || p.descriptors().stream().anyMatch(v -> (d.fd() == null || d.fd() == v.fd())
                    && (d.family() == null || d.family().equals(v.family()))
                    && (d.type() == null || d.type().equals(v.type()))
                    && (d.state() == null || d.state().equals(v.state())));
        }

        private static long count(SandboxSnapshot.ProcessView p, String state) {
            return p.descriptors().stream().filter(v -> state.equals(v.state())).count();
        }

        private static Text describe(SandboxSnapshot.ProcessView p) {
            String sockets = p.descriptors().stream().filter(v -> "socket".equals(v.kind()))
                    .map(v -> "fd " + v.fd() + " " + v.type() + " " + v.state()).toList().toString();
            String es = p.program() + " (pid " + p.pid() + ") estaba " + p.state()
                    + (p.waitingIn() != null ? " en " + p.waitingIn() + "()" : "") + ", línea " + p.line() + ", sockets " + sockets;
            String en = p.program() + " (pid " + p.pid() + ") was " + p.state()
                    + (p.waitingIn() != null ? " in " + p.waitingIn() + "()" : "") + ", line " + p.line() + ", sockets " + sockets;
            return said(es, en);
        }

        @Override
        Verdict verdict(boolean finished) {
            if (held != null) {
                return verdict(Verdict.Status.PASSED, held);
            }
            Text happened = lastSeen != null ? lastSeen
                    : said("Ningún proceso de los que mira el objetivo estaba en marcha al observarlo.",
                            "No process the goal watches was running when the sandbox was looked at.");
            return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
        }
    }

    void clearRowsAnd(TraceRow row) {
        rows.clear();
        rows.addLast(row);
    }

    // ---------------------------------------------------------------- errno

    static final class ErrnoTracker extends GoalTracker {
        private final Goal.Errno g;
        /** What a traceback says when this errno killed the process: {@code [Errno 111]}. */
        private final String errnoMark;
        /**
         * Processes that got the errno, and how far a traceback has gone since: none yet, one
         * begun (whose cause is not known yet), or one naming this errno — the process died of it.
         */
        private final Map<Integer, Death> watching = new HashMap<>();
        private SyscallEvent produced;
        private boolean handledSeen;
        private boolean unhandledSeen;

        private enum Death { NONE, TRACEBACK, OF_THIS_ERRNO }

        ErrnoTracker(Goal.Errno g, Captures captures) {
            super(g, captures);
            this.g = g;
            this.errnoMark = "[Errno " + org.enchufe.lang.runtime.Errno.valueOf(g.errno()).number() + "]";
        }

        @Override
        void accept(Seen seen) {
            switch (seen.event()) {
                case SyscallEvent e when e.errno() != null && e.errno().name().equals(g.errno())
                        && (g.call() == null || g.call().equals(e.name())) && inScope(seen) -> {
                    if (produced == null) {
                        clearRows();
                    }
                    produced = e;
                    row(e);
                    watching.putIfAbsent(e.pid(), Death.NONE);
                }
                case ConsoleEvent c when c.stream().equals("stderr") && watching.containsKey(c.pid()) -> traceback(c);
                case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED && watching.containsKey(p.pid()) -> {
                    decide(watching.remove(p.pid()) == Death.OF_THIS_ERRNO);
                    row(p);
                }
                default -> { }
            }
        }

        // A traceback counts against the goal only when its exception is this errno: a program
        // that caught ECONNREFUSED and later died of a TimeoutError did handle the refusal.
        private void traceback(ConsoleEvent c) {
            Death death = watching.get(c.pid());
            if (death == Death.NONE && c.text().contains("Traceback (most recent call last)")) {
                death = Death.TRACEBACK;
            }
            if (death == Death.TRACEBACK && c.text().contains(errnoMark)) {
                death = Death.OF_THIS_ERRNO;
                row(c);
            }
            watching.put(c.pid(), death);
        }

        @Override
        int held() {
            return watching.size();
        }

        private void decide(boolean diedOfIt) {
            if (diedOfIt) {
                unhandledSeen = true;
            } else {
                handledSeen = true;
            }
        }

        @Override
        Verdict verdict(boolean finished) {
            boolean handled = handledSeen || finished && watching.values().stream().anyMatch(d -> d != Death.OF_THIS_ERRNO);
            boolean unhandled = unhandledSeen || finished && watching.containsValue(Death.OF_THIS_ERRNO);
            if (produced == null) {
                return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING,
                        said("Ninguna llamada falló con " + g.errno() + ".", "No call failed with " + g.errno() + "."));
            }
            Text got = said(produced.strace() + where(produced), produced.strace() + whereEn(produced));
            if (g.handled() == null) {
                return verdict(Verdict.Status.PASSED, got);
            }
            boolean wanted = g.handled() ? handled : unhandled;
            if (wanted) {
                return verdict(Verdict.Status.PASSED, g.handled()
                        ? said(got.es() + ", y el programa lo capturó y siguió.", got.en() + ", and the program caught it and went on.")
                        : said(got.es() + ", y el programa terminó con un traceback de ese error.", got.en() + ", and the program died with a traceback of that error."));
            }
            if (!finished && !watching.isEmpty()) {
                return verdict(Verdict.Status.PENDING, got);
            }
            return verdict(Verdict.Status.FAILED, g.handled()
                    ? said(got.es() + ", pero el programa terminó con un traceback: no capturó el error.",
                            got.en() + ", but the program died with a traceback: it did not catch the error.")
                    : said(got.es() + ", y el programa lo capturó.", got.en() + ", and the program caught it."));
        }
    }

    // ---------------------------------------------------------------- output

    static final class OutputTracker extends GoalTracker {
        private static final int KEPT = 64 * 1024;
        private final Goal.Output g;
        private final StringBuilder text = new StringBuilder();
        private final Pattern regex;
        private boolean overflowed;
        private boolean found;
        private long dirtySeq = -1;

        OutputTracker(Goal.Output g, Captures captures) {
            super(g, captures);
            this.g = g;
            this.regex = g.match() == Goal.Output.Match.REGEX ? Pattern.compile(g.text(), Pattern.MULTILINE) : null;
        }

        @Override
        void accept(Seen seen) {
            if (!(seen.event() instanceof ConsoleEvent c) || !c.stream().equals(g.stream()) || found || !inScope(seen)) {
                return;
            }
            row(c);
            if (g.match() == Goal.Output.Match.CONTAINS) {
                // Only the end of what came before can join the new text into a match.
                int keep = Math.max(0, g.text().length() - 1);
                if (text.length() > keep) {
                    text.delete(0, text.length() - keep);
                }
                text.append(c.text());
                found = text.indexOf(g.text()) >= 0;
                if (found) {
                    clearRows();
                    row(c);
                }
                return;
            }
            text.append(c.text());
            if (text.length() > KEPT) {
                overflowed = true;
                text.delete(0, text.length() - KEPT);
            }
            dirtySeq = c.seq();
        }

        @Override
        Verdict verdict(boolean finished) {
            boolean holds = switch (g.match()) {
                case CONTAINS -> found;
                case EXACT -> !overflowed && text.toString().equals(g.text());
                case REGEX -> dirtySeq >= 0 && regex.matcher(text).find();
            };
            Text happened = text.isEmpty() ? said("El programa no escribió nada en " + g.stream() + ".",
                    "The program wrote nothing to " + g.stream() + ".")
                    : said("Escribió: " + TraceRow.abbreviate(text.toString(), 200), "It wrote: " + TraceRow.abbreviate(text.toString(), 200));
            if (holds && (g.match() != Goal.Output.Match.EXACT || finished)) {
                return verdict(Verdict.Status.PASSED, happened);
            }
            return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
        }
    }

    // ---------------------------------------------------------------- bytes

    static final class BytesTracker extends GoalTracker {
        private static final int PREFIX = 4096;
        private final Goal.Bytes g;
        private final Flow sent = new Flow();
        private final Flow received = new Flow();

        /** Bytes one side moved: how many, and the first of them as far as the events' previews show them. */
        private static final class Flow {
            long count;
            final java.io.ByteArrayOutputStream prefix = new java.io.ByteArrayOutputStream();
            boolean prefixComplete = true;

            void add(long n, Object preview, Object truncated) {
                count += n;
                if (prefixComplete && preview instanceof byte[] bytes && prefix.size() < PREFIX) {
                    prefix.write(bytes, 0, Math.min(bytes.length, PREFIX - prefix.size()));
                    prefixComplete = !Boolean.TRUE.equals(truncated) && prefix.size() < PREFIX;
                }
            }

            String shown() {
                return org.enchufe.kernel.Strace.quote(prefix.toByteArray(), Math.min(prefix.size(), 48));
            }
        }

        BytesTracker(Goal.Bytes g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        private boolean onSide(Goal.Side side, Seen seen) {
            if (side.on() != null) {
                return seen.on() >= 0 && seen.on() == captures.id(side.on());
            }
            return seen.on() >= 0 && side.scope().matches(seen.process());
        }

        @Override
        void accept(Seen seen) {
            if (!(seen.event() instanceof SyscallEvent e) || e.errno() != null || e.result() <= 0) {
                return;
            }
            Boolean sending = switch (e.name()) {
                case "send", "sendto", "write" -> Boolean.TRUE;
                case "recv", "recvfrom", "read" -> Boolean.FALSE;
                default -> null;
            };
            if (sending == null) {
                return;
            }
            Goal.Side side = sending ? g.from() : g.to();
            if (onSide(side, seen)) {
                (sending ? sent : received).add(e.result(), e.args().get("bytes"), e.args().get("truncated"));
                row(e);
            }
        }

        @Override
        Verdict verdict(boolean finished) {
            byte[] a = sent.prefix.toByteArray();
            byte[] b = received.prefix.toByteArray();
            int n = Math.min(a.length, b.length);
            boolean same = sent.count > 0 && sent.count == received.count
                    && java.util.Arrays.equals(a, 0, n, b, 0, n);
            Text happened = said("Un lado envió " + sent.count + " bytes (" + sent.shown() + "), el otro recibió " + received.count
                    + " (" + received.shown() + ").", "One side sent " + sent.count + " bytes (" + sent.shown()
                    + "), the other received " + received.count + " (" + received.shown() + ").");
            if (same) {
                return verdict(Verdict.Status.PASSED, happened);
            }
            return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
        }
    }

    // ---------------------------------------------------------------- probe

    static final class ProbeTracker extends GoalTracker {
        private final Goal.Probe g;
        private Boolean success;

        ProbeTracker(Goal.Probe g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        /** The probe's program name as its process is started: {@code probes/NAME}. */
        static String program(String probe) {
            return "probes/" + probe;
        }

        @Override
        void accept(Seen seen) {
            if (seen.event() instanceof ProcessEvent p && p.change() == ProcessEvent.Change.EXITED && p.ppid() == 0
                    && program(g.probe()).equals(p.program())) {
                finished(p.status() == 0);
                row(p);
            }
        }

        void finished(boolean ok) {
            success = success == null ? ok : success && ok;
        }

        @Override
        Verdict verdict(boolean finished) {
            if (success == null) {
                return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING,
                        said("La sonda " + g.probe() + " no se ejecutó.", "The probe " + g.probe() + " did not run."));
            }
            return success ? verdict(Verdict.Status.PASSED, said("La sonda " + g.probe() + " terminó bien.",
                    "The probe " + g.probe() + " succeeded."))
                    : verdict(Verdict.Status.FAILED, said("La sonda " + g.probe() + " falló.", "The probe " + g.probe() + " failed."));
        }
    }

    // ---------------------------------------------------------------- python

    static final class PythonTracker extends GoalTracker {
        private final Goal.Python g;
        private PythonCheck.Outcome outcome;

        PythonTracker(Goal.Python g, Captures captures) {
            super(g, captures);
            this.g = g;
        }

        void run(List<Event> events) {
            outcome = PythonCheck.run(g.id(), g.source(), events);
        }

        @Override
        Verdict verdict(boolean finished) {
            if (outcome == null) {
                return verdict(Verdict.Status.PENDING, said("Se comprueba al terminar.", "Checked when the run ends."));
            }
            Text happened = said("check() devolvió " + outcome.said(), "check() returned " + outcome.said());
            return verdict(outcome.holds() ? Verdict.Status.PASSED : Verdict.Status.FAILED, happened);
        }
    }
}
