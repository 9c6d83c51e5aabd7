package org.enchufe.workbench;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lang.vm.StopReason;
import org.enchufe.sandbox.LiveSandbox;

/** One workspace's live sandbox and the outbox its events leave by. Commands are checked here. */
final class WorkbenchSession {

    /** Ended programs kept in the tables (and their consoles) before the oldest are forgotten. */
    static final int ENDED_KEPT = 16;

    private final LiveSandbox live;
    private final EventOutbox outbox;
    private final AtomicBoolean snapshotQueued = new AtomicBoolean();
    private final AtomicBoolean tablesWanted = new AtomicBoolean();
    private volatile SandboxSnapshot lastSent;

    WorkbenchSession(LiveSandbox live, EventOutbox outbox) {
        this.live = live;
        this.outbox = outbox;
    }

    LiveSandbox live() {
        return live;
    }

    EventOutbox outbox() {
        return outbox;
    }

    /**
     * Starts {@code filename} as a new process on virtual host {@code host} (null: the topology's
     * first), stopped before its first line when {@code stepping}.
     */
    CompletableFuture<Integer> run(String filename, String source, boolean stepping, String host) {
        return live.submit(s -> {
            org.enchufe.kernel.net.HostNetwork on = hostNamed(s, host);
            makeRoom(s);
            Process p = s.start(filename, source, new String[0], on);
            if (stepping) {
                s.stop(p.pid());
            }
            return p.pid();
        }).whenComplete((pid, error) -> refreshTables());
    }

    // The host a new process runs on: the one named, or the topology's first when none is.
    private static org.enchufe.kernel.net.HostNetwork hostNamed(Sandbox s, String host) {
        org.enchufe.kernel.net.HostNetwork on = host == null || host.isEmpty() ? s.network().defaultHost() : s.network().host(host);
        if (on == null) {
            throw new WorkbenchProblem("no-such-host", Map.of("host", host));
        }
        return on;
    }

    // Before a new process: a problem when the sandbox holds as many as it may, else forget old ended ones.
    private static void makeRoom(Sandbox s) {
        if (!s.canStart()) {
            throw new WorkbenchProblem("too-many-processes", Map.of("max", s.kernelLimits().maxProcesses()));
        }
        s.forgetEnded(ENDED_KEPT);
    }

    /** The interactive (click-to-call) process of each file; read and written on the sandbox's thread only. */
    private final Map<String, Integer> interactive = new java.util.HashMap<>();

    /**
     * Runs lines {@code first}…{@code last} of {@code source} as the next call of {@code filename}'s
     * interactive process, started on its first call (or when the last one ended). Completes when
     * the call does: true when it returned, false when it raised (its traceback is on the console),
     * did not compile, or its process ended first.
     */
    CompletableFuture<Boolean> call(String filename, String source, int first, int last, String host) {
        return live.submit(s -> {
            Integer pid = interactive.get(filename);
            Process p = pid == null ? null : s.processes().get(pid);
            if (p == null || p.ended() || !p.interactive()) {
                org.enchufe.kernel.net.HostNetwork on = hostNamed(s, host);
                makeRoom(s);
                p = s.startInteractive(filename, on);
                interactive.put(filename, p.pid());
            }
            Sandbox.CallOutcome outcome = s.call(p.pid(), source, first, last);
            if (outcome == Sandbox.CallOutcome.BUSY) {
                throw new WorkbenchProblem("busy", Map.of("pid", p.pid(), "file", filename));
            }
            return outcome == Sandbox.CallOutcome.STARTED ? s.callEnding(p.pid()) : CompletableFuture.completedFuture(false);
        }).whenComplete((ending, error) -> refreshTables()).thenCompose(ending -> ending);
    }

    /** A command on one process; a pid this sandbox has no live process for is a problem. */
    CompletableFuture<Boolean> onProcess(int pid, Function<Sandbox, Boolean> command) {
        return live.submit(s -> {
            Process p = s.processes().get(pid);
            if (p == null || p.ended()) {
                throw new WorkbenchProblem("no-such-process", Map.of("pid", pid));
            }
            return command.apply(s);
        }).whenComplete((ok, error) -> refreshTables());
    }

    /**
     * Kill or Ctrl-C: said to the running sandbox at once (its worker may be inside a long call of
     * this process), then done as a command. A process the request itself already ended is not a
     * problem; a pid the sandbox never had is.
     */
    CompletableFuture<Boolean> stop(int pid, StopReason reason, Function<Sandbox, Boolean> command) {
        live.requestStop(pid, reason);
        return live.submit(s -> {
            Process p = s.processes().get(pid);
            if (p == null) {
                throw new WorkbenchProblem("no-such-process", Map.of("pid", pid));
            }
            return p.ended() || command.apply(s);
        }).whenComplete((ok, error) -> refreshTables());
    }

    /** A line typed into a process's console. */
    CompletableFuture<Boolean> type(int pid, String text) {
        return onProcess(pid, s -> true).thenCompose(ok -> live.type(pid, text)).thenApply(v -> true);
    }

    /** Ctrl-D on a process's console. */
    CompletableFuture<Boolean> endOfInput(int pid) {
        return onProcess(pid, s -> true).thenCompose(ok -> live.endOfInput(pid)).thenApply(v -> true);
    }

    /** Sends the whole state to the workspace's browsers (a page that just connected asked for it). */
    void sendState() {
        live.inspect(SandboxSnapshot::of).thenAccept(outbox::sendState);
    }

    /**
     * Asks for the tables to be sent again with the next window of events, when the command just
     * given has had its effect.
     */
    void refreshTables() {
        tablesWanted.set(true);
    }

    /** Whether a command asked for the tables since the last time this was asked. */
    boolean takeTablesWanted() {
        return tablesWanted.getAndSet(false);
    }

    /**
     * Sends the tables now: one snapshot at a time, taken on the sandbox's thread after whatever
     * it is doing, however many changes asked for it meanwhile.
     */
    void sendTables() {
        if (snapshotQueued.compareAndSet(false, true)) {
            live.inspect(s -> {
                snapshotQueued.set(false);
                SandboxSnapshot snapshot = SandboxSnapshot.of(s);
                if (!snapshot.equals(lastSent)) {
                    lastSent = snapshot;
                    outbox.sendSnapshot(snapshot);
                }
                return null;
            });
        }
    }

    /**
     * Whether a process may be changing state without an event (a sleep ending, input arriving):
     * such a sandbox's tables are looked at now and then, and sent when they changed.
     */
    boolean hasLiveProcesses() {
        SandboxSnapshot last = lastSent;
        return last != null && last.processes().stream().anyMatch(p -> p.state() != ProcessState.EXITED);
    }
}
