package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SocketEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.SandboxSnapshot;

/**
 * Checks a lesson's goals against one run of the student's programs (LESSONS.md §2): fed every
 * event as it happens ({@link #accept}) and snapshots when the sandbox is looked at
 * ({@link #snapshot}), it knows each goal's verdict at any moment ({@link #verdicts}) and
 * decides the rest when the run ends ({@link #finish}). It also fires the lesson's hints.
 *
 * <p>Bounded whatever the program does: per event it does a constant amount of work per goal
 * and per hint; it keeps per goal a constant amount (a few trace rows, counters, a bounded
 * output window), per live socket or process a little, and the last {@link #RING} events only
 * when a {@code python} goal needs them.
 */
public final class GoalChecker implements Consumer<Event> {

    /**
     * A socket a goal named with {@code capture}: the process and descriptor that held it when the
     * goal matched, and that event's number. A view follows the socket from there (its later
     * calls name the same pid and fd until its close): lesson 3's sequence diagram draws one
     * lifeline per capture.
     */
    public record CapturedSocket(String name, int pid, int fd, long seq) {
    }

    /** How many recent events a {@code python} goal is given. */
    public static final int RING = 4096;

    private final Map<String, GoalTracker> trackers = new LinkedHashMap<>();
    private final List<Hint> hints;
    private final Map<String, Integer> priorFailures;
    private final ProcessTable processes;
    private final SocketIdentities identities;
    private final Map<String, Long> captured = new HashMap<>();
    private final Map<String, CapturedSocket> capturedSockets = new LinkedHashMap<>();
    /** The event the goals are being shown, for where a capture happened. */
    private Event current;
    private final EventRing ring;
    /** Identities the current event ended: told to the goals after they have seen the event (a close). */
    private final List<Long> endedSockets = new ArrayList<>();
    private final Map<String, FiredHint> fired = new LinkedHashMap<>();
    /** Addresses the lesson's probes' sockets have (few: a probe is a short program), bounded. */
    private final java.util.Set<org.enchufe.events.Sockaddr> probeEnds = new java.util.HashSet<>();
    /** Sockets of the student's connected to a probe's: a bytes goal is about the student's own two programs. */
    private final java.util.Set<Long> probePeers = new java.util.HashSet<>();
    private static final int PROBE_ENDS = 256;
    /** For each "asleep" hint, the processes asleep in its call and since when (event time, µs). */
    private final Map<String, Map<Integer, Long>> asleep = new HashMap<>();
    private long now;
    private long lastSeq;
    private List<Verdict> finished;

    /** A checker for a lesson's goals and hints, with no failures remembered from earlier runs. */
    public GoalChecker(Lesson lesson) {
        this(lesson, Map.of());
    }

    /**
     * @param priorFailures for each goal, how many runs in a row it has failed before this one
     *                      (what {@link #failures} returned last time), for the "failed N times" hints
     */
    public GoalChecker(Lesson lesson, Map<String, Integer> priorFailures) {
        this(lesson.goals(), lesson.hints(), hostsOf(lesson), priorFailures);
    }

    GoalChecker(List<Goal> goals, List<Hint> hints, Map<String, String> hostOfFile, Map<String, Integer> priorFailures) {
        this.hints = List.copyOf(hints);
        this.priorFailures = Map.copyOf(priorFailures);
        this.processes = new ProcessTable(hostOfFile::get, program -> program != null && program.startsWith("probes/"));
        this.identities = new SocketIdentities(endedSockets::add);
        GoalTracker.Captures captures = new GoalTracker.Captures() {
            @Override
            public long id(String name) {
                return captured.getOrDefault(name, -2L);
            }

            @Override
            public void capture(String name, long id) {
                if (captured.putIfAbsent(name, id) == null && current != null) {
                    capturedSockets.put(name, new CapturedSocket(name, current.pid(), identities.fdOf(current.pid(), id), current.seq()));
                }
            }
        };
        for (Goal g : goals) {
            trackers.put(g.id(), GoalTracker.of(g, captures));
        }
        this.ring = goals.stream().anyMatch(g -> g instanceof Goal.Python) ? new EventRing(RING) : null;
        for (Hint h : hints) {
            if (h.when() instanceof Hint.Asleep) {
                asleep.put(h.id(), new HashMap<>());
            }
        }
    }

    private static Map<String, String> hostsOf(Lesson lesson) {
        Map<String, String> hosts = new HashMap<>();
        String first = lesson.topology().hosts().get(0).name();
        for (Lesson.LessonFile f : lesson.files()) {
            hosts.put(f.name(), f.host() == null ? first : f.host());
        }
        return hosts;
    }

    // ---------------------------------------------------------------- what arrives

    /** One event of the run, in order. */
    @Override
    public synchronized void accept(Event e) {
        now = Math.max(now, e.t());
        lastSeq = e.seq();
        current = e;
        if (e instanceof ProcessEvent p) {
            processes.accept(p);
        }
        SocketIdentities.Touched touched = identities.accept(e);
        ProcessTable.Entry process = processes.get(e.pid());
        if (e instanceof SocketEvent s) {
            notePeers(s, process, touched.on());
        }
        boolean probePeer = touched.on() >= 0 && probePeers.contains(touched.on());
        GoalTracker.Seen seen = new GoalTracker.Seen(e, process, touched.on(), touched.created(), probePeer);
        for (GoalTracker t : trackers.values()) {
            t.see(seen);
        }
        if (!endedSockets.isEmpty()) {
            endedSockets.forEach(this::socketEnded);
            endedSockets.clear();
        }
        if (e instanceof SyscallEvent call && call.errno() != null && seen.process() != null && !seen.process().probe()) {
            for (Hint h : hints) {
                if (h.when() instanceof Hint.OnErrno on && on.errno().equals(call.errno().name())
                        && (on.call() == null || on.call().equals(call.name()))) {
                    fire(h, e.seq());
                }
            }
        }
        if (ring != null) {
            ring.add(e);
        }
        if (e instanceof ProcessEvent p && p.change() == ProcessEvent.Change.EXITED) {
            processes.forget(p.pid());
            asleep.values().forEach(since -> since.remove(p.pid()));
        }
        checkAsleep();
    }

    /** The sandbox as it is now (taken at event time {@code t}, µs). */
    public synchronized void snapshot(SandboxSnapshot snapshot, long t) {
        now = Math.max(now, t);
        for (GoalTracker tracker : trackers.values()) {
            tracker.snapshot(snapshot, lastSeq);
        }
        for (Hint h : hints) {
            if (h.when() instanceof Hint.Asleep a && !fired.containsKey(h.id())) {
                Map<Integer, Long> since = asleep.get(h.id());
                for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
                    boolean inScope = a.scope().file() == null || a.scope().file().equals(p.program());
                    if (inScope && a.call().equals(p.waitingIn())) {
                        since.putIfAbsent(p.pid(), now);
                    } else {
                        since.remove(p.pid());
                    }
                }
            }
        }
        checkAsleep();
    }

    /** Event time moved on without an event ({@code t}: µs since the sandbox started). */
    public synchronized void tick(long t) {
        now = Math.max(now, t);
        checkAsleep();
    }

    /** A probe of the lesson finished (when the probe runner is not seen through events). */
    public synchronized void probeFinished(String probe, boolean success) {
        for (GoalTracker t : trackers.values()) {
            if (t instanceof ProbeTracker p && ((Goal.Probe) p.goal).probe().equals(probe)) {
                p.finished(success);
            }
        }
    }

    /**
     * A probe starts again in the live sandbox (a new Check): its goal forgets how the last one
     * ended, and its verdict is PENDING until this one ends.
     */
    public synchronized void probeStarting(String probe) {
        for (GoalTracker t : trackers.values()) {
            if (t instanceof ProbeTracker p && ((Goal.Probe) p.goal).probe().equals(probe)) {
                p.restart();
            }
        }
    }

    /** The verdict of one goal now, as if the run had ended (a probe's, once the probe has ended). */
    public synchronized Verdict verdictOf(String goal) {
        GoalTracker t = trackers.get(goal);
        return t == null ? null : t.verdict(true);
    }

    /** Remembers the probes' socket addresses, and which of the student's sockets are connected to one. */
    private void notePeers(SocketEvent s, ProcessTable.Entry process, long on) {
        if (process != null && process.probe()) {
            if (s.local() != null) {
                if (probeEnds.size() >= PROBE_ENDS) {
                    probeEnds.clear();
                }
                probeEnds.add(s.local());
            }
        } else if (on >= 0 && s.remote() != null && probeEnds.contains(s.remote())) {
            probePeers.add(on);
        }
    }

    private void socketEnded(long id) {
        probePeers.remove(id);
        for (GoalTracker t : trackers.values()) {
            t.socketEnded(id);
        }
    }

    // ---------------------------------------------------------------- what it says

    /** Every goal's verdict now; goals that only the end can decide are PENDING. */
    public synchronized List<Verdict> verdicts() {
        if (finished != null) {
            return finished;
        }
        List<Verdict> out = new ArrayList<>(trackers.size());
        for (GoalTracker t : trackers.values()) {
            out.add(t.verdict(false));
        }
        return out;
    }

    /** Ends the run: python goals run, every goal is decided, "failed N times" hints fire. */
    public synchronized List<Verdict> finish() {
        if (finished != null) {
            return finished;
        }
        List<Verdict> out = new ArrayList<>(trackers.size());
        for (GoalTracker t : trackers.values()) {
            if (t instanceof PythonTracker p) {
                p.run(ring.events());
            }
            out.add(t.verdict(true));
        }
        finished = List.copyOf(out);
        Map<String, Integer> counts = failures();
        for (Hint h : hints) {
            if (h.when() instanceof Hint.Failed f && counts.getOrDefault(f.goal(), 0) >= f.times()) {
                fire(h, lastSeq);
            }
        }
        return finished;
    }

    /** After {@link #finish}: for each goal, the runs in a row it has failed, this one included. */
    public synchronized Map<String, Integer> failures() {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Verdict v : finished == null ? verdicts() : finished) {
            out.put(v.goal(), v.passed() ? 0 : priorFailures.getOrDefault(v.goal(), 0) + 1);
        }
        return out;
    }

    /** The sockets goals have captured so far, in the order they were. */
    public synchronized List<CapturedSocket> captures() {
        return List.copyOf(capturedSockets.values());
    }

    /** The hints that appeared, in the order they did. */
    public synchronized List<FiredHint> hints() {
        return List.copyOf(fired.values());
    }

    /** The student asks for a hint: the next one of the "asked" hints, by tier. */
    public synchronized Optional<FiredHint> ask() {
        return hints.stream().filter(h -> h.when() instanceof Hint.Asked && !fired.containsKey(h.id()))
                .min(java.util.Comparator.comparingInt(Hint::tier))
                .map(h -> fire(h, 0));
    }

    /** The share of the goals' weight the verdicts passed, from 0 to 1. */
    public static double score(List<Verdict> verdicts) {
        double total = verdicts.stream().mapToDouble(Verdict::weight).sum();
        double passed = verdicts.stream().filter(Verdict::passed).mapToDouble(Verdict::weight).sum();
        return total == 0 ? 0 : passed / total;
    }

    /**
     * How much the checker holds: events in its ring, live socket identities, processes, and
     * sockets with sequence progress. Bounded by the lesson and the live sandbox, not by the
     * number of events.
     */
    public synchronized int retained() {
        int progress = trackers.values().stream().mapToInt(GoalTracker::held).sum();
        return (ring == null ? 0 : ring.size()) + identities.live() + processes.size() + captured.size() + fired.size() + progress;
    }

    private FiredHint fire(Hint h, long seq) {
        return fired.computeIfAbsent(h.id(), id -> FiredHint.of(h, seq));
    }

    private void checkAsleep() {
        if (asleep.isEmpty()) {
            return;
        }
        for (Hint h : hints) {
            Map<Integer, Long> since = asleep.get(h.id());
            if (since == null || since.isEmpty() || fired.containsKey(h.id())) {
                continue;
            }
            long micros = ((Hint.Asleep) h.when()).micros();
            for (long start : since.values()) {
                if (now - start >= micros) {
                    fire(h, lastSeq);
                    since.clear();
                    break;
                }
            }
        }
    }
}
