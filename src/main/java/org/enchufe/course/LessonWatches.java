package org.enchufe.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.enchufe.events.Event;
import org.enchufe.kernel.ProcessState;
import org.enchufe.lessons.FiredHint;
import org.enchufe.lessons.GoalChecker;
import org.enchufe.lessons.Hint;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonRunner;
import org.enchufe.lessons.Verdict;
import org.enchufe.sandbox.EventSubscribers;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.workbench.TokenBuckets;
import org.enchufe.workbench.WorkbenchSessions;
import org.enchufe.workbench.WorkspaceMessaging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * The lesson each workspace has open, checked as it works: a {@link GoalChecker} subscribed to the
 * workspace's sandbox sees every event of the student's runs, and what it decides — a goal that
 * holds, a hint an errno fired — is stored ({@link Progress}) and sent to the workspace's lesson
 * pages within a tenth of a second. A Check runs the lesson's saved files in a sandbox of their own
 * ({@link LessonRunner}), which decides the goals only the end of a run can (never, count, exact
 * output, python) and says why each failed one failed; then, when the lesson has probes, starts
 * them in the student's own sandbox beside the programs the student runs ({@link LiveProbes}):
 * the workspace's checker sees their events with the student's, decides the {@code probe} goals,
 * and the Check ends when the probes have.
 */
@Service
public class LessonWatches implements DisposableBean {

    static final String QUEUE = "/queue/lesson";
    static final long FLUSH_MILLIS = 100;

    private static final Logger log = LoggerFactory.getLogger(LessonWatches.class);

    /**
     * One workspace's open lesson: the checker on its sandbox; whether events came since the
     * sandbox was last looked at, and whether the checker learnt anything since the last flush.
     */
    private record Watch(Lesson lesson, LiveSandbox live, EventSubscribers.Subscription subscription, GoalChecker checker,
                         AtomicBoolean events, AtomicBoolean changed, Clock clock, Set<String> stored) {
    }

    /**
     * The sandbox's event time (µs) as the checker last saw it, moved on by the wall clock since:
     * what a snapshot is stamped with, so "asleep in accept() for 90 s" hints count time while no
     * event comes.
     */
    private static final class Clock {
        private volatile long eventMicros;
        private volatile long seenAtNanos = System.nanoTime();
        /** Whether the last look found a process that has not ended: such a sandbox is looked at now and then. */
        volatile boolean running;

        void saw(Event e) {
            eventMicros = e.t();
            seenAtNanos = System.nanoTime();
        }

        long now() {
            return eventMicros + (System.nanoTime() - seenAtNanos) / 1_000;
        }
    }

    /** Every this many flushes (half a second), a sandbox with a running process is looked at even without events. */
    static final int LOOK_EVERY = 5;
    private int flushes;

    /** The last Check of a workspace's lesson: its verdicts, and the runs in a row each goal has failed. */
    private record Checked(String lesson, List<Verdict> verdicts, Map<String, Integer> failures) {
    }

    private final WorkbenchSessions sessions;
    private final WorkspaceMessaging messaging;
    private final Progress progress;
    private final LessonActivities activities;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();
    /** The lesson each workspace has its hand up in (one at a time; kept while the server runs). */
    private final Map<String, String> hands = new ConcurrentHashMap<>();
    private final Set<String> checking = ConcurrentHashMap.newKeySet();
    /** A Check waiting for its probes in the workspace's sandbox: what the rest of it decided. */
    private record ProbeCheck(Watch watch, LiveProbes probes, LessonRunner.Result result, AtomicBoolean ending,
                              AtomicBoolean looking) {
    }

    private final Map<String, ProbeCheck> probeChecks = new ConcurrentHashMap<>();
    /** Checks a workspace may ask for: a few at once, then one every 10 s (each is a whole run on the shared machine). */
    static final TokenBuckets.Rate CHECKS = new TokenBuckets.Rate(5, 6);
    private final TokenBuckets checkTokens = new TokenBuckets(CHECKS);
    private final ScheduledExecutorService flusher =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("lesson-flush").daemon().factory());
    /**
     * Checks run as many at once as the machine has cores (at least two): each is a whole sandbox
     * run, and the class shares the machine — but one student's check that runs to its limits
     * (60 s of guard) must not hold up the rest of the class's, as a single thread did.
     */
    private final ExecutorService checks = Executors.newFixedThreadPool(checkThreads(),
            Thread.ofPlatform().name("lesson-check-", 1).daemon().factory());

    /** How many checks run at once: the machine's cores, at least two. */
    static int checkThreads() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }

    LessonWatches(WorkbenchSessions sessions, WorkspaceMessaging messaging, Progress progress, LessonActivities activities) {
        this.sessions = sessions;
        this.messaging = messaging;
        this.progress = progress;
        this.activities = activities;
        flusher.scheduleWithFixedDelay(this::flushAll, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The workspace works on {@code lesson} now: its sandbox is on the lesson's topology and a
     * checker of the lesson watches it (the same one while nothing changed).
     */
    public void watch(String workspace, Lesson lesson) {
        LiveSandbox live = sessions.openOn(workspace, lesson.topology());
        watches.compute(workspace, (w, existing) -> {
            if (existing != null && existing.lesson().equals(lesson) && existing.live() == live && !live.disposed()) {
                return existing;
            }
            if (existing != null) {
                existing.subscription().close();
            }
            GoalChecker checker = new GoalChecker(lesson);
            AtomicBoolean events = new AtomicBoolean();
            AtomicBoolean changed = new AtomicBoolean();
            Clock clock = new Clock();
            EventSubscribers.Subscription subscription = live.subscribe((Event e) -> {
                checker.accept(e);
                clock.saw(e);
                events.set(true);
                changed.set(true);
                activities.event(workspace, lesson, e);
            });
            return new Watch(lesson, live, subscription, checker, events, changed, clock, ConcurrentHashMap.newKeySet());
        });
    }

    /** Sends the page everything it shows: each goal's state and the hints shown. */
    public void sendAll(String workspace, Lesson lesson) {
        sendGoals(workspace, lesson);
        sendHints(workspace, lesson);
        messaging.send(workspace, QUEUE, new LessonMessage.Checking(lesson.id(), checking.contains(workspace)));
        messaging.send(workspace, QUEUE, new LessonMessage.Hand(lesson.id(), lesson.id().equals(hands.get(workspace))));
    }

    /**
     * A message from the student's instructor: shown on every lesson page of the workspace open now
     * (not kept: a page opened later does not show it).
     */
    public void note(String workspace, String text) {
        messaging.send(workspace, QUEUE, new LessonMessage.Note(text, System.currentTimeMillis()));
    }

    /** Ends the student's sandbox and starts an empty one on their lesson's network (their files stay). */
    public void startOver(String workspace) {
        sessions.startOver(workspace);
    }

    /** The student raised or lowered their hand in {@code lesson}; every page of the workspace is told. */
    public void hand(String workspace, Lesson lesson, boolean raised) {
        if (raised) {
            hands.put(workspace, lesson.id());
        } else {
            hands.remove(workspace, lesson.id());
        }
        messaging.send(workspace, QUEUE, new LessonMessage.Hand(lesson.id(), raised));
    }

    /** The student asks for a hint: the next "asked" hint by tier, or a problem when none is left. */
    public void ask(String workspace, Lesson lesson) {
        List<String> shown = progress.of(workspace, lesson.id()).shownHints();
        lesson.hints().stream()
                .filter(h -> h.when() instanceof Hint.Asked && !shown.contains(h.id()))
                .min(java.util.Comparator.comparingInt(Hint::tier))
                .ifPresentOrElse(h -> {
                    progress.show(workspace, lesson.id(), List.of(h.id()));
                    sendHints(workspace, lesson);
                }, () -> problem(workspace, "no-more-hints", Map.of()));
    }

    /** Runs the student's saved files of the lesson with its probes; verdicts and hints go to the page when it ends. */
    public void check(String workspace, Lesson lesson) {
        if (checking.contains(workspace)) {
            problem(workspace, "check-running", Map.of());
            return;
        }
        if (!checkTokens.take(workspace)) {
            problem(workspace, "check-too-often", Map.of("seconds", checkTokens.retryAfterSeconds()));
            return;
        }
        if (!checking.add(workspace)) {
            problem(workspace, "check-running", Map.of());
            return;
        }
        messaging.send(workspace, QUEUE, new LessonMessage.Checking(lesson.id(), true));
        boolean withProbes = !LiveProbes.probeGoals(lesson).isEmpty();
        if (withProbes) {
            watch(workspace, lesson);
        }
        Map<String, String> files = progress.files(workspace, lesson);
        Checked before = checked.get(workspace);
        Map<String, Integer> prior = before != null && before.lesson().equals(lesson.id()) ? before.failures() : Map.of();
        try {
            checks.execute(() -> {
                boolean handedOn = false;
                try {
                    LessonRunner.Result result = LessonRunner.run(lesson, files, prior, e -> { }, false);
                    Watch watch = withProbes ? watches.get(workspace) : null;
                    if (watch != null && watch.lesson().equals(lesson) && !watch.live().disposed()) {
                        // The probe goals are decided in the student's sandbox; the flusher moves them on.
                        probeChecks.put(workspace, new ProbeCheck(watch, new LiveProbes(lesson), result, new AtomicBoolean(),
                                new AtomicBoolean()));
                        handedOn = true;
                    } else {
                        record(workspace, lesson, result.verdicts(), result);
                    }
                } catch (RuntimeException e) {
                    log.warn("a lesson check failed", e);
                    problem(workspace, "internal", Map.of());
                } finally {
                    if (!handedOn) {
                        checking.remove(workspace);
                        sendAll(workspace, lesson);
                    }
                }
            });
        } catch (RejectedExecutionException e) {
            checking.remove(workspace);
            problem(workspace, "server-busy", Map.of());
        }
    }

    /** Stores a Check's verdicts and fired hints. */
    private void record(String workspace, Lesson lesson, List<Verdict> verdicts, LessonRunner.Result result) {
        checked.put(workspace, new Checked(lesson.id(), verdicts, result.failures()));
        activities.decided(workspace, lesson, verdicts.stream().filter(v -> v.status() != Verdict.Status.PENDING).toList(), true);
        progress.pass(workspace, lesson.id(), verdicts.stream().filter(Verdict::passed).map(Verdict::goal).toList());
        progress.show(workspace, lesson.id(), result.hints().stream().map(FiredHint::id).toList());
    }

    /**
     * Ends a Check whose probes ran in the student's sandbox: the probe goals' verdicts are the
     * workspace checker's, the others the Check run's.
     */
    private void endProbeCheck(String workspace, ProbeCheck check, LiveProbes.Outcome outcome) {
        if (!check.ending().compareAndSet(false, true) || !probeChecks.remove(workspace, check)) {
            return;
        }
        check.probes().close();
        Lesson lesson = check.probes().lesson();
        try {
            Set<String> probeGoals = new java.util.HashSet<>();
            lesson.goals().stream().filter(g -> g instanceof org.enchufe.lessons.Goal.Probe).forEach(g -> probeGoals.add(g.id()));
            List<Verdict> verdicts = new ArrayList<>();
            for (Verdict v : check.result().verdicts()) {
                Verdict live = probeGoals.contains(v.goal()) ? check.watch().checker().verdictOf(v.goal()) : null;
                verdicts.add(live != null ? live : v);
            }
            record(workspace, lesson, verdicts, check.result());
            if (outcome == LiveProbes.Outcome.NO_SERVER) {
                problem(workspace, "probe-needs-server", Map.of());
            }
        } catch (RuntimeException e) {
            log.warn("a lesson check's probes failed", e);
            problem(workspace, "internal", Map.of());
        } finally {
            checking.remove(workspace);
            sendAll(workspace, lesson);
        }
    }

    /** Moves a Check's probes on, on the sandbox's thread; ends the Check when they are done. */
    private void advanceProbes(String workspace, ProbeCheck check) {
        if (check.watch().live().disposed() || watches.get(workspace) != check.watch()) {
            // The sandbox ended or the page opened another lesson: the probes cannot be finished,
            // and any still running is stopped (on the sandbox's thread, when it still has one).
            if (!check.watch().live().disposed()) {
                check.probes().stop(check.watch().live());
            }
            endProbeCheck(workspace, check, LiveProbes.Outcome.NO_SERVER);
            return;
        }
        if (!check.looking().compareAndSet(false, true)) {
            return; // the last look has not been taken yet (a busy sandbox): one at a time
        }
        check.probes().advance(check.watch().live(), check.watch().checker()).whenComplete((outcome, failure) -> {
            check.looking().set(false);
            if (failure != null) {
                log.warn("a Check's probes could not be moved on", failure);
                flusher.execute(() -> endProbeCheck(workspace, check, LiveProbes.Outcome.NO_SERVER));
            } else if (outcome == LiveProbes.Outcome.ENDED || outcome == LiveProbes.Outcome.NO_SERVER) {
                flusher.execute(() -> endProbeCheck(workspace, check, outcome));
            }
        });
    }

    void problem(String workspace, String code, Map<String, Object> args) {
        messaging.send(workspace, QUEUE, new LessonMessage.Problem(code, args));
    }

    private void sendGoals(String workspace, Lesson lesson) {
        Set<String> passed = progress.of(workspace, lesson.id()).passedGoals();
        Checked last = checked.get(workspace);
        Map<String, Verdict> byGoal = new java.util.HashMap<>();
        if (last != null && last.lesson().equals(lesson.id())) {
            last.verdicts().forEach(v -> byGoal.put(v.goal(), v));
        }
        List<LessonMessage.GoalView> goals = new ArrayList<>();
        double total = 0;
        double done = 0;
        for (var g : lesson.goals()) {
            total += g.common().weight();
            if (passed.contains(g.id())) {
                done += g.common().weight();
                goals.add(LessonMessage.GoalView.passed(g.id()));
            } else if (byGoal.containsKey(g.id())) {
                goals.add(LessonMessage.GoalView.of(byGoal.get(g.id())));
            } else {
                goals.add(LessonMessage.GoalView.pending(g.id()));
            }
        }
        messaging.send(workspace, QUEUE, new LessonMessage.Goals(lesson.id(), goals, total == 0 ? 0 : done / total));
    }

    private void sendHints(String workspace, Lesson lesson) {
        List<String> shown = progress.of(workspace, lesson.id()).shownHints();
        List<LessonMessage.HintView> hints = shown.stream()
                .flatMap(id -> lesson.hints().stream().filter(h -> h.id().equals(id)))
                .map(h -> new LessonMessage.HintView(h.id(), h.tier(), h.text(), h.errnoLink()))
                .toList();
        messaging.send(workspace, QUEUE, new LessonMessage.Hints(lesson.id(), hints));
    }

    private void flushAll() {
        boolean look = ++flushes % LOOK_EVERY == 0;
        probeChecks.forEach(this::advanceProbes);
        for (var entry : watches.entrySet()) {
            String workspace = entry.getKey();
            Watch watch = entry.getValue();
            try {
                if (watch.live().disposed()) {
                    watch.subscription().close();
                    watches.remove(workspace, watch);
                    continue;
                }
                if (watch.events().getAndSet(false) || look && watch.clock().running) {
                    lookAt(workspace, watch);
                }
                if (!watch.changed().getAndSet(false)) {
                    continue;
                }
                String lesson = watch.lesson().id();
                List<String> holding = watch.checker().verdicts().stream().filter(Verdict::passed).map(Verdict::goal)
                        .filter(g -> !watch.stored().contains("goal:" + g)).toList();
                List<String> fired = watch.checker().hints().stream().map(FiredHint::id)
                        .filter(h -> !watch.stored().contains("hint:" + h)).toList();
                // Only what this watch has not stored yet reaches the database.
                if (!holding.isEmpty()) {
                    activities.decided(workspace, watch.lesson(), watch.checker().verdicts().stream()
                            .filter(v -> holding.contains(v.goal())).toList(), false);
                }
                if (!holding.isEmpty() && !progress.pass(workspace, lesson, holding).isEmpty()) {
                    sendGoals(workspace, watch.lesson());
                }
                if (!fired.isEmpty() && !progress.show(workspace, lesson, fired).isEmpty()) {
                    sendHints(workspace, watch.lesson());
                }
                holding.forEach(g -> watch.stored().add("goal:" + g));
                fired.forEach(h -> watch.stored().add("hint:" + h));
            } catch (RuntimeException e) {
                // One workspace's trouble must not stop the others' ticks.
                log.warn("could not send a workspace's lesson verdicts", e);
            }
        }
    }

    /**
     * Shows the checker the sandbox as it is, on the sandbox's thread: {@code state} goals and
     * "asleep" hints are decided from these looks (a process asleep in accept() makes no event).
     */
    private void lookAt(String workspace, Watch watch) {
        watch.live().look(snapshot -> {
            watch.checker().snapshot(snapshot, watch.clock().now());
            activities.looked(workspace, watch.lesson(), snapshot);
            watch.clock().running = snapshot.processes().stream().anyMatch(p -> p.state() != ProcessState.EXITED);
            watch.changed().set(true);
        });
    }

    @Override
    public void destroy() {
        flusher.shutdownNow();
        checks.shutdownNow();
        probeChecks.values().forEach(c -> c.probes().close());
        watches.values().forEach(w -> w.subscription().close());
    }
}
