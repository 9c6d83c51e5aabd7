package org.enchufe.sandbox;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.Signal;
import org.enchufe.lang.vm.StopReason;

/**
 * One owner's sandbox inside the pool, and the commands waiting for it. Commands run on the
 * sandbox's driving thread (one at a time, in order), so the kernel needs no locks.
 */
public final class LiveSandbox {

    private final String owner;
    private final String origin;
    private final Sandbox sandbox;
    private final InputConsole console;
    private final EventSubscribers subscribers;
    private final SandboxPool pool;
    final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
    final AtomicBoolean scheduled = new AtomicBoolean();
    /** Something asked for this sandbox since its worker began: look again before letting go. */
    final AtomicBoolean wakeRequested = new AtomicBoolean();
    volatile long lastActivity = System.nanoTime();
    volatile boolean disposed;
    /** Whether a process was running (or waiting out the CPU cap) when its worker last let go: such a sandbox is never evicted. */
    volatile boolean hadReady;

    LiveSandbox(String owner, String origin, Sandbox sandbox, InputConsole console, EventSubscribers subscribers,
                SandboxPool pool) {
        this.owner = owner;
        this.origin = origin;
        this.sandbox = sandbox;
        this.console = console;
        this.subscribers = subscribers;
        this.pool = pool;
    }

    public String owner() {
        return owner;
    }

    /** The client address its owner connected from when it was opened (for the pool's fair share). */
    public String origin() {
        return origin;
    }

    /**
     * Adds a subscriber to the sandbox's events (a lesson's checker, a dashboard): it sees every
     * event from now on, on the sandbox's thread, until the subscription is closed or the sandbox
     * ends.
     */
    public EventSubscribers.Subscription subscribe(java.util.function.Consumer<org.enchufe.events.Event> subscriber) {
        return subscribers.add(subscriber);
    }

    /** Whether this sandbox has ended (disposed, idle or evicted): a newer one may serve its owner. */
    public boolean disposed() {
        return disposed;
    }

    Sandbox sandbox() {
        return sandbox;
    }

    /** Runs {@code action} on the sandbox's thread and completes with its result. */
    public <T> CompletableFuture<T> submit(Function<Sandbox, T> action) {
        CompletableFuture<T> done = new CompletableFuture<>();
        lastActivity = System.nanoTime();
        commands.add(() -> {
            try {
                done.complete(action.apply(sandbox));
            } catch (Throwable e) {
                // The command's failure is its caller's to see; the worker running it goes on.
                done.completeExceptionally(e);
            }
        });
        pool.schedule(this);
        return done;
    }

    /** Starts a program as a new process; completes with its pid. */
    public CompletableFuture<Integer> run(String filename, String source, String... argv) {
        return submit(s -> s.start(filename, source, argv).pid());
    }

    /** A line typed into {@code pid}'s console. */
    public CompletableFuture<Void> type(int pid, String line) {
        return submit(s -> {
            console.type(pid, line);
            s.typed(pid, line.endsWith("\n") ? line : line + "\n");
            return null;
        });
    }

    /** Ctrl-D on {@code pid}'s console. */
    public CompletableFuture<Void> endOfInput(int pid) {
        return submit(s -> {
            console.endOfInput(pid);
            return null;
        });
    }

    /** Step mode on for {@code pid}. */
    public CompletableFuture<Boolean> stop(int pid) {
        return submit(s -> s.stop(pid));
    }

    /** One line of {@code pid}; completes with the line it stopped at (0: ended, -1: cannot step now). */
    public CompletableFuture<Integer> step(int pid) {
        return submit(s -> s.step(pid));
    }

    /** Step mode off: {@code pid} runs freely again. */
    public CompletableFuture<Boolean> resume(int pid) {
        return submit(s -> s.resume(pid));
    }

    /** Starts a program stopped before its first line, for stepping; completes with its pid. */
    public CompletableFuture<Integer> runStopped(String filename, String source, String... argv) {
        return submit(s -> {
            int pid = s.start(filename, source, argv).pid();
            s.stop(pid);
            return pid;
        });
    }

    /** Ctrl-C: takes effect even while the worker is inside a long call of the process. */
    public CompletableFuture<Boolean> interrupt(int pid) {
        requestStop(pid, StopReason.INTERRUPT);
        return submit(s -> s.interrupt(pid));
    }

    /** SIGKILL: takes effect even while the worker is inside a long call of the process. */
    public CompletableFuture<Boolean> kill(int pid) {
        requestStop(pid, StopReason.KILL);
        return submit(s -> s.kill(pid, Signal.SIGKILL));
    }

    /**
     * From any thread: tells the sandbox, even while its worker is inside a long call, that a
     * command to stop {@code pid} ({@link Sandbox#ANY_PROCESS}: whatever runs) for {@code reason}
     * follows. Callers that queue their own kill or Ctrl-C through {@link #submit} call this first.
     */
    public void requestStop(int pid, StopReason reason) {
        sandbox.requestStop(pid, reason);
    }

    /** Reads the sandbox's state on its own thread (process table, sockets…). */
    public <T> CompletableFuture<T> inspect(Function<Sandbox, T> reader) {
        return submit(reader);
    }

    /** The state a process is in now, read on the sandbox's thread. */
    public CompletableFuture<Process> process(int pid) {
        return submit(s -> s.processes().get(pid));
    }
}
