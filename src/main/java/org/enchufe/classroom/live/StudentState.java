package org.enchufe.classroom.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.classroom.progress.ProgressHistory;
import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Verdict;

/**
 * One student as the dashboard follows them: the lesson and step they are on, each goal's
 * verdicts, their processes asleep and since when, their recent crashes, their hand, and the
 * errnos and misconceptions they met per step. Told from the sandbox's thread and the lesson
 * engine's; read by the feed: every method holds the object's lock, and {@link #facts} hands out
 * a copy.
 */
final class StudentState {

    /** Crashes older than this are forgotten (the detector's window is shorter). */
    static final Duration CRASH_MEMORY = Duration.ofMinutes(10);
    static final int MAX_CRASHES = 32;

    /** A lesson and one of its steps. */
    record StepKey(String lesson, int step) {
    }

    private String lesson;
    private int step;
    private final Map<String, Map<String, Facts.Mark>> marks = new HashMap<>();
    private final Map<Integer, Facts.Sleep> sleeps = new HashMap<>();
    /** The Check's probe processes: not the student's, not shown. */
    private final Set<Integer> probes = new HashSet<>();
    private final Deque<Instant> crashes = new ArrayDeque<>();
    private Instant handSince;
    private final Map<StepKey, Set<String>> errnos = new HashMap<>();
    /** Misconception tag → the goals of a step failing with it now. */
    private final Map<StepKey, Map<String, Set<String>>> misconceptions = new HashMap<>();

    /** Starts from the stored history. */
    synchronized void seed(List<GoalProgress> stored) {
        for (GoalProgress g : stored) {
            marks.computeIfAbsent(g.lesson(), l -> new HashMap<>())
                    .put(g.goal(), new Facts.Mark(true, g.failingStreak(), g.passed()));
        }
    }

    synchronized void opened(Lesson opened, int atStep) {
        if (!opened.id().equals(lesson)) {
            sleeps.clear();
            probes.clear();
        }
        lesson = opened.id();
        step = atStep;
        if (atStep >= 0 && atStep < opened.steps().size()) {
            Map<String, Facts.Mark> ofLesson = marks.computeIfAbsent(lesson, l -> new HashMap<>());
            opened.steps().get(atStep).goals().forEach(g -> ofLesson.putIfAbsent(g, Facts.Mark.SEEN));
        }
    }

    synchronized void event(Lesson in, Event event, Instant now) {
        if (!in.id().equals(lesson)) {
            return;
        }
        switch (event) {
            case ProcessEvent p when p.change() == ProcessEvent.Change.CREATED || p.change() == ProcessEvent.Change.FORKED -> {
                if (p.program() != null && p.program().startsWith("probes/") || probes.contains(p.ppid())) {
                    probes.add(p.pid());
                }
            }
            case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED -> {
                sleeps.remove(p.pid());
                if (!probes.remove(p.pid()) && exitedWithError(p.status())) {
                    crashes.addLast(now);
                    while (crashes.size() > MAX_CRASHES || crashes.peekFirst().isBefore(now.minus(CRASH_MEMORY))) {
                        crashes.removeFirst();
                    }
                }
            }
            case SyscallEvent s -> {
                // A call that returned: whatever the process slept in, it is awake now.
                sleeps.remove(s.pid());
                if (s.errno() != null && !probes.contains(s.pid())) {
                    errnos.computeIfAbsent(new StepKey(lesson, step), k -> new TreeSet<>()).add(s.errno().name());
                }
            }
            default -> {
            }
        }
    }

    /** A wait status that says the program ended by exit() with a code other than 0 (a traceback is 1), not by a signal. */
    static boolean exitedWithError(int status) {
        return (status & 0x7f) == 0 && (status >> 8 & 0xff) != 0;
    }

    synchronized void looked(Lesson in, SandboxSnapshot snapshot, Instant now) {
        if (!in.id().equals(lesson)) {
            return;
        }
        Map<Integer, Facts.Sleep> asleep = new HashMap<>();
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            if (p.state() != ProcessState.BLOCKED || p.waitingIn() == null || probes.contains(p.pid())
                    || p.program() != null && p.program().startsWith("probes/")) {
                continue;
            }
            Facts.Sleep before = sleeps.get(p.pid());
            asleep.put(p.pid(), before != null && before.call().equals(p.waitingIn()) ? before
                    : new Facts.Sleep(p.pid(), p.waitingIn(), now));
        }
        sleeps.clear();
        sleeps.putAll(asleep);
    }

    synchronized void decided(Lesson in, List<Verdict> verdicts) {
        Map<String, Facts.Mark> ofLesson = marks.computeIfAbsent(in.id(), l -> new HashMap<>());
        for (Verdict v : verdicts) {
            Facts.Mark before = ofLesson.getOrDefault(v.goal(), Facts.Mark.SEEN);
            ofLesson.put(v.goal(), v.passed() ? new Facts.Mark(true, 0, true)
                    : new Facts.Mark(true, before.failingStreak() + 1, before.passed()));
            StepKey key = new StepKey(in.id(), ProgressHistory.stepOf(in, v.goal()));
            if (v.passed()) {
                // Whatever misconception the goal's failures showed, passing it leaves it behind.
                misconceptions.getOrDefault(key, Map.of()).values().forEach(goals -> goals.remove(v.goal()));
            } else if (v.misconception() != null && !v.misconception().isBlank()) {
                misconceptions.computeIfAbsent(key, k -> new HashMap<>())
                        .computeIfAbsent(v.misconception(), t -> new HashSet<>()).add(v.goal());
            }
        }
    }

    synchronized void hand(boolean raised, Instant now) {
        if (!raised) {
            handSince = null;
        } else if (handSince == null) {
            handSince = now;
        }
    }

    synchronized Facts facts() {
        Map<String, Map<String, Facts.Mark>> copy = new HashMap<>();
        marks.forEach((l, m) -> copy.put(l, Map.copyOf(m)));
        return new Facts(lesson, step, copy, List.copyOf(sleeps.values()), List.copyOf(crashes), handSince);
    }

    /** The errnos (name) and misconception tags (tag) this student met at each step, for the histogram. */
    synchronized Map<StepKey, List<Histogram.Tag>> tags() {
        Map<StepKey, List<Histogram.Tag>> out = new LinkedHashMap<>();
        errnos.forEach((k, names) -> names.forEach(n ->
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(new Histogram.Tag(Histogram.Kind.ERRNO, n))));
        misconceptions.forEach((k, tags) -> tags.forEach((tag, goals) -> {
            if (!goals.isEmpty()) {
                out.computeIfAbsent(k, x -> new ArrayList<>()).add(new Histogram.Tag(Histogram.Kind.MISCONCEPTION, tag));
            }
        }));
        return out;
    }
}
