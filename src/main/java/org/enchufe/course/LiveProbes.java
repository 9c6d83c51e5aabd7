package org.enchufe.course;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.kernel.Signal;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.GoalChecker;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Settling;

/**
 * A Check's probes run in the student's own sandbox (LESSONS.md §3), beside the programs the
 * student started: the checker's clients, as {@code probes/NAME} processes on the probe goal's
 * host (the topology's first when it names none), seen by the workspace's checker like any
 * other process and shown by the page as the checker's.
 *
 * <p>Each step is decided from the sandbox's state, looked at on its own thread whenever events
 * come (and now and then while a process runs), never from a sleep:
 * <ol>
 *   <li><b>waiting</b>: the probes start once a student's program sleeps in {@code accept()},
 *       {@code recvfrom()} or a {@code select()} — a server ready for a client. Should no
 *       program of the student's be alive, or the sandbox settle with none of them waiting so,
 *       the probes cannot run: the Check says so ({@link Outcome#NO_SERVER});</li>
 *   <li><b>running</b>: done when every probe has ended. Should the sandbox settle with a probe
 *       still blocked — nothing can run, no timer pending, nothing on its way
 *       ({@link Settling#settledNow}) — nothing will ever answer it: it is killed, and its goal
 *       fails.</li>
 * </ol>
 * A probe's CPU is bounded by the sandbox's instruction budget like any process's; {@link #GUARD_NANOS}
 * only stops a Check whose student program neither settles nor sleeps in accept (a busy loop).
 */
final class LiveProbes implements AutoCloseable {

    enum Outcome { WAITING, RUNNING, ENDED, NO_SERVER }

    /** Calls a server sleeps in while it waits for a client. */
    private static final Set<String> SERVING = Set.of("accept", "recvfrom", "recv", "select", "poll");
    /** A guard against a student's program that never settles; not a timing decision. */
    static final long GUARD_NANOS = 60_000_000_000L;

    private final Lesson lesson;
    private final List<Goal.Probe> goals;
    private final Selector selector;
    private final long deadline = System.nanoTime() + GUARD_NANOS;
    /** pid → probe name, once started. */
    private final Map<Integer, String> started = new LinkedHashMap<>();
    private boolean killed;

    LiveProbes(Lesson lesson) throws IOException {
        this.lesson = lesson;
        this.goals = probeGoals(lesson);
        this.selector = Selector.open();
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

    /** Moves the run on by what the sandbox's state says now. Call on the sandbox's thread. */
    synchronized Outcome advance(Sandbox sandbox, GoalChecker checker) throws IOException {
        if (!selector.isOpen()) {
            return Outcome.ENDED; // the Check has already ended
        }
        if (started.isEmpty()) {
            return startWhenServing(sandbox, checker);
        }
        boolean allEnded = true;
        for (int pid : started.keySet()) {
            Process p = sandbox.processes().get(pid);
            allEnded &= p == null || p.ended();
        }
        if (allEnded) {
            return Outcome.ENDED;
        }
        if (!killed && (Settling.settledNow(sandbox, selector) || System.nanoTime() > deadline)) {
            // Every program is asleep and nothing is on its way: nothing will answer the probe.
            stop(sandbox);
        }
        return Outcome.RUNNING;
    }

    private Outcome startWhenServing(Sandbox sandbox, GoalChecker checker) throws IOException {
        SandboxSnapshot snapshot = sandbox.snapshot();
        boolean anyAlive = false;
        boolean serving = false;
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            if (p.state() == ProcessState.EXITED || p.program() == null || p.program().startsWith("probes/")) {
                continue;
            }
            anyAlive = true;
            serving |= p.threads().stream().anyMatch(t -> t.waitingIn() != null && SERVING.contains(t.waitingIn()));
        }
        if (!anyAlive || !serving && (Settling.settledNow(sandbox, selector) || System.nanoTime() > deadline)) {
            return Outcome.NO_SERVER;
        }
        if (!serving) {
            return Outcome.WAITING;
        }
        for (Goal.Probe g : goals) {
            String source = lesson.probes().get(g.probe());
            String hostName = g.common().scope().host();
            HostNetwork host = hostName == null ? sandbox.network().defaultHost() : sandbox.network().host(hostName);
            if (source == null || host == null || !sandbox.canStart()) {
                continue;
            }
            checker.probeStarting(g.probe());
            started.put(sandbox.start("probes/" + g.probe(), source, new String[0], host).pid(), g.probe());
        }
        return started.isEmpty() ? Outcome.NO_SERVER : Outcome.RUNNING;
    }

    /** Kills the probes still running (the Check ends, or the page left). Call on the sandbox's thread. */
    synchronized void stop(Sandbox sandbox) {
        killed = true;
        for (int pid : started.keySet()) {
            Process p = sandbox.processes().get(pid);
            if (p != null && !p.ended()) {
                sandbox.kill(pid, Signal.SIGKILL);
            }
        }
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException e) {
            // Closing a selector of our own: nothing is left to undo.
        }
    }
}
