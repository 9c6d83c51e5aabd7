package org.enchufe.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.GoalChecker;
import org.enchufe.lessons.Lesson;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.sandbox.Program;

/**
 * A Check's probes run in the student's own sandbox (LESSONS.md §3), beside the programs the
 * student started: the checker's clients, as {@code probes/NAME} processes on the probe goal's
 * host (the topology's first when it names none), seen by the workspace's checker like any
 * other process and shown by the page as the checker's.
 *
 * <p>Each step is decided from the sandbox's state, looked at through its commands whenever events
 * come (and now and then while a process runs), never from a sleep:
 * <ol>
 *   <li><b>waiting</b>: the probes start once a student's program sleeps in {@code accept()},
 *       {@code recvfrom()} or a {@code select()} — a server ready for a client. Should no
 *       program of the student's be alive, or the sandbox settle with none of them waiting so,
 *       the probes cannot run: the Check says so ({@link Outcome#NO_SERVER});</li>
 *   <li><b>running</b>: done when every probe has ended. Should the sandbox settle with a probe
 *       still blocked — nothing can run, no timer pending, nothing on its way
 *       ({@link LiveSandbox#settled}) — nothing will ever answer it: it is killed, and its goal
 *       fails.</li>
 * </ol>
 * A probe's CPU is bounded by the sandbox's instruction budget like any process's; {@link #GUARD_NANOS}
 * only stops a Check whose student program neither settles nor sleeps in accept (a busy loop).
 */
final class LiveProbes implements AutoCloseable {

    enum Outcome { WAITING, RUNNING, ENDED, NO_SERVER }

    /** Calls a server sleeps in while it waits for a client. */
    private static final Set<String> SERVING = Set.of("accept", "recvfrom", "recv", "select", "poll", "epoll_wait");
    /** A guard against a student's program that never settles; not a timing decision. */
    static final long GUARD_NANOS = 60_000_000_000L;

    private final Lesson lesson;
    private final List<Goal.Probe> goals;
    private final long deadline = System.nanoTime() + GUARD_NANOS;
    /** pid → probe name, once started. */
    private final Map<Integer, String> started = new LinkedHashMap<>();
    private volatile boolean killed;
    private volatile boolean closed;

    LiveProbes(Lesson lesson) {
        this.lesson = lesson;
        this.goals = probeGoals(lesson);
    }

    static List<Goal.Probe> probeGoals(Lesson lesson) {
        List<Goal.Probe> out = new ArrayList<>();
        for (Goal g : lesson.goals()) {
            if (g instanceof Goal.Probe p && out.stream().noneMatch(o -> o.probe().equals(p.probe()))) {
                out.add(p);
            }
        }
        return out;
    }

    Lesson lesson() {
        return lesson;
    }

    /** The pids of the probes started, for the page to mark their rows as the checker's. */
    synchronized List<Integer> pids() {
        return List.copyOf(started.keySet());
    }

    /**
     * Moves the run on by what the sandbox's state says now, through its commands; completes
     * with where the run stands. One at a time (the caller waits for the last before the next).
     */
    CompletableFuture<Outcome> advance(LiveSandbox live, GoalChecker checker) {
        if (closed) {
            return CompletableFuture.completedFuture(Outcome.ENDED); // the Check has already ended
        }
        if (pids().isEmpty()) {
            return live.snapshot().thenCompose(snapshot -> startWhenServing(live, snapshot, checker));
        }
        return live.snapshot().thenCompose(snapshot -> {
            boolean allEnded = pids().stream().allMatch(pid -> ended(snapshot, pid));
            if (allEnded) {
                return CompletableFuture.completedFuture(Outcome.ENDED);
            }
            if (killed) {
                return CompletableFuture.completedFuture(Outcome.RUNNING);
            }
            // Every program asleep and nothing on its way: nothing will answer the probe.
            return settledOrOverdue(live).thenCompose(stuck -> stuck ? stop(live) : CompletableFuture.completedFuture(null))
                    .thenApply(ignored -> Outcome.RUNNING);
        });
    }

    private CompletableFuture<Outcome> startWhenServing(LiveSandbox live, SandboxSnapshot snapshot, GoalChecker checker) {
        boolean anyAlive = false;
        boolean serving = false;
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            if (p.state() == ProcessState.EXITED || p.program() == null || p.program().startsWith("probes/")) {
                continue;
            }
            anyAlive = true;
            serving |= p.threads().stream().anyMatch(t -> t.waitingIn() != null && SERVING.contains(t.waitingIn()));
        }
        if (!anyAlive) {
            return CompletableFuture.completedFuture(Outcome.NO_SERVER);
        }
        if (!serving) {
            return settledOrOverdue(live).thenApply(stuck -> stuck ? Outcome.NO_SERVER : Outcome.WAITING);
        }
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (Goal.Probe g : goals) {
            String source = lesson.probes().get(g.probe());
            String host = g.common().scope().host();
            if (source == null || host != null && snapshot.network().hosts().stream().noneMatch(h -> h.name().equals(host))) {
                continue;
            }
            checker.probeStarting(g.probe());
            starting.add(live.run(new Program("probes/" + g.probe(), source, host, false))
                    .thenAccept(pid -> started(pid, g.probe()))
                    // Refused (the sandbox holds as many processes as it may): this probe cannot run.
                    .exceptionally(refused -> null));
        }
        return CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new))
                .thenApply(ignored -> pids().isEmpty() ? Outcome.NO_SERVER : Outcome.RUNNING);
    }

    private CompletableFuture<Boolean> settledOrOverdue(LiveSandbox live) {
        if (System.nanoTime() > deadline) {
            return CompletableFuture.completedFuture(true);
        }
        return live.settled();
    }

    private static boolean ended(SandboxSnapshot snapshot, int pid) {
        return snapshot.processes().stream().noneMatch(p -> p.pid() == pid && p.state() != ProcessState.EXITED);
    }

    private synchronized void started(int pid, String probe) {
        started.put(pid, probe);
    }

    /** Kills the probes still running (the Check ends, or the page left). */
    CompletableFuture<Void> stop(LiveSandbox live) {
        List<Integer> pids;
        synchronized (this) {
            killed = true;
            pids = List.copyOf(started.keySet());
        }
        // A probe that already ended is no refusal; one the sandbox has forgotten is nothing to kill.
        return CompletableFuture.allOf(pids.stream().map(pid -> live.kill(pid).exceptionally(gone -> false))
                .toArray(CompletableFuture[]::new));
    }

    @Override
    public void close() {
        closed = true;
    }
}
