package org.enchufe.workbench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.sandbox.Program;

/** One workspace's live sandbox and the outbox its events leave by: its commands, each sending the tables again once done. */
final class WorkbenchSession {

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
        return refreshing(live.run(new Program(filename, source, host, stepping)));
    }

    /**
     * Runs lines {@code first}…{@code last} of {@code source} as the next call of {@code filename}'s
     * interactive process. Completes when the call does: true when it returned, false when it
     * raised, did not compile, or its process ended first.
     */
    CompletableFuture<Boolean> call(String filename, String source, int first, int last, String host) {
        return refreshing(live.call(filename, source, first, last, host)).thenCompose(LiveSandbox.Call::ending);
    }

    CompletableFuture<Boolean> step(int pid) {
        return refreshing(live.step(pid).thenApply(line -> line >= 0));
    }

    CompletableFuture<Boolean> stop(int pid) {
        return refreshing(live.stop(pid));
    }

    CompletableFuture<Boolean> resume(int pid) {
        return refreshing(live.resume(pid));
    }

    /** Ctrl-C: a process that has already ended is no problem; a pid the sandbox never had is. */
    CompletableFuture<Boolean> interrupt(int pid) {
        return refreshing(live.interrupt(pid));
    }

    /** SIGKILL: a process that has already ended is no problem; a pid the sandbox never had is. */
    CompletableFuture<Boolean> kill(int pid) {
        return refreshing(live.kill(pid));
    }

    /** A line typed into a process's console. */
    CompletableFuture<Boolean> type(int pid, String text) {
        return refreshing(live.type(pid, text));
    }

    /** Ctrl-D on a process's console. */
    CompletableFuture<Boolean> endOfInput(int pid) {
        return refreshing(live.endOfInput(pid));
    }

    // The tables are sent again once the command has had its effect (or was refused).
    private <T> CompletableFuture<T> refreshing(CompletableFuture<T> command) {
        return command.whenComplete((result, error) -> refreshTables());
    }

    /** Sends the whole state to the workspace's browsers (a page that just connected asked for it). */
    void sendState() {
        live.snapshot().thenAccept(outbox::sendState);
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
            live.look(snapshot -> {
                snapshotQueued.set(false);
                if (!snapshot.equals(lastSent)) {
                    lastSent = snapshot;
                    outbox.sendSnapshot(snapshot);
                }
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
