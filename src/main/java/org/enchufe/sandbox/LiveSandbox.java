package org.enchufe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

import org.enchufe.events.Event;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.kernel.Settled;
import org.enchufe.kernel.Signal;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.vm.StopReason;

/**
 * One owner's sandbox inside the pool, and the commands waiting for it: the one surface the
 * workbench, the lessons and the classroom drive a sandbox by — run a program on a host, call
 * lines interactively, step, stop, resume, type a line, end of input, Ctrl-C, kill, and look at
 * it (a snapshot for the views). Commands run on the sandbox's driving thread (one at a time, in
 * order), so the kernel needs no locks; one that cannot be carried out completes with
 * {@link Refused}.
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
    /** The interactive (click-to-call) process of each file; read and written on the sandbox's thread only. */
    private final Map<String, Integer> interactive = new HashMap<>();
    /** Looks at the channels the blocked calls wait on, for {@link #settled}; opened on first use, on the sandbox's thread. */
    private Selector settling;
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
    public EventSubscribers.Subscription subscribe(Consumer<Event> subscriber) {
        return subscribers.add(subscriber);
    }

    /** Whether this sandbox has ended (disposed, idle or evicted): a newer one may serve its owner. */
    public boolean disposed() {
        return disposed;
    }

    /** Ended programs kept in the tables (and their consoles) before the oldest are forgotten. */
    public static final int ENDED_KEPT = 16;

    Sandbox sandbox() {
        return sandbox;
    }

    /** Runs {@code action} on the sandbox's thread and completes with its result: the pool's own way in. */
    <T> CompletableFuture<T> submit(Function<Sandbox, T> action) {
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

    /**
     * Starts {@code program} as a new process (stopped before its first line when it is to be
     * stepped); completes with its pid. Refused when its host does not exist or the sandbox holds
     * as many processes as it may; the oldest ended ones are forgotten to make room.
     */
    public CompletableFuture<Integer> run(Program program) {
        return submit(s -> {
            HostNetwork on = hostNamed(s, program.host());
            makeRoom(s);
            int pid = s.start(program.file(), program.source(), new String[0], on).pid();
            if (program.stepping()) {
                s.stop(pid);
            }
            return pid;
        });
    }

    /** A call begun in an interactive process: the process, and the call's end (true when it returned). */
    public record Call(int pid, CompletableFuture<Boolean> ending) {
    }

    /**
     * Runs lines {@code first}…{@code last} of {@code source} as the next call of {@code file}'s
     * interactive process on {@code host}, started on its first call (or when the last one ended).
     * Completes as the call begins; its {@link Call#ending} completes when the call does: true
     * when it returned, false when it raised (its traceback is on the console), did not compile,
     * or its process ended first. Refused while the last call still runs.
     */
    public CompletableFuture<Call> call(String file, String source, int first, int last, String host) {
        return submit(s -> {
            Integer pid = interactive.get(file);
            Process p = pid == null ? null : s.processes().get(pid);
            if (p == null || p.ended() || !p.interactive()) {
                HostNetwork on = hostNamed(s, host);
                makeRoom(s);
                p = s.startInteractive(file, on);
                interactive.put(file, p.pid());
            }
            Sandbox.CallOutcome outcome = s.call(p.pid(), source, first, last);
            if (outcome == Sandbox.CallOutcome.BUSY) {
                throw new Refused("busy", Map.of("pid", p.pid(), "file", file));
            }
            return new Call(p.pid(), outcome == Sandbox.CallOutcome.STARTED ? s.callEnding(p.pid())
                    : CompletableFuture.completedFuture(false));
        });
    }

    // The host a new process runs on: the one named, or the topology's first when none is.
    private static HostNetwork hostNamed(Sandbox s, String host) {
        HostNetwork on = host == null || host.isEmpty() ? s.network().defaultHost() : s.network().host(host);
        if (on == null) {
            throw new Refused("no-such-host", Map.of("host", host));
        }
        return on;
    }

    // Before a new process: refused when the sandbox holds as many as it may, else forget old ended ones.
    private static void makeRoom(Sandbox s) {
        if (!s.canStart()) {
            throw new Refused("too-many-processes", Map.of("max", s.kernelLimits().maxProcesses()));
        }
        s.forgetEnded(ENDED_KEPT);
    }

    /** Step mode on for {@code pid}: it stops before its next line. */
    public CompletableFuture<Boolean> stop(int pid) {
        return onLiveProcess(pid, s -> s.stop(pid));
    }

    /** One line of {@code pid}; completes with the line it stopped at (0: ended, -1: cannot step now). */
    public CompletableFuture<Integer> step(int pid) {
        return onLiveProcess(pid, s -> s.step(pid));
    }

    /** Step mode off: {@code pid} runs freely again. */
    public CompletableFuture<Boolean> resume(int pid) {
        return onLiveProcess(pid, s -> s.resume(pid));
    }

    /** A line typed into {@code pid}'s console (a newline is added when missing). */
    public CompletableFuture<Boolean> type(int pid, String line) {
        return onLiveProcess(pid, s -> {
            console.type(pid, line);
            s.typed(pid, line.endsWith("\n") ? line : line + "\n");
            return true;
        });
    }

    /** Ctrl-D on {@code pid}'s console: after the lines already typed, it reads end of input. */
    public CompletableFuture<Boolean> endOfInput(int pid) {
        return onLiveProcess(pid, s -> {
            console.endOfInput(pid);
            return true;
        });
    }

    /** Ctrl-C: takes effect even while the worker is inside a long call of the process. */
    public CompletableFuture<Boolean> interrupt(int pid) {
        return stopping(pid, StopReason.INTERRUPT, s -> s.interrupt(pid));
    }

    /** SIGKILL: takes effect even while the worker is inside a long call of the process. */
    public CompletableFuture<Boolean> kill(int pid) {
        return stopping(pid, StopReason.KILL, s -> s.kill(pid, Signal.SIGKILL));
    }

    // A command on a process that must be alive: a pid with no live process is refused.
    private <T> CompletableFuture<T> onLiveProcess(int pid, Function<Sandbox, T> command) {
        return submit(s -> {
            Process p = s.processes().get(pid);
            if (p == null || p.ended()) {
                throw new Refused("no-such-process", Map.of("pid", pid));
            }
            return command.apply(s);
        });
    }

    /*
     * Kill or Ctrl-C: said to the running sandbox at once (its worker may be inside a long call of
     * this process), then done as a command. A process the request itself already ended is not
     * refused; a pid the sandbox never had (or has forgotten) is.
     */
    private CompletableFuture<Boolean> stopping(int pid, StopReason reason, Function<Sandbox, Boolean> command) {
        sandbox.requestStop(pid, reason);
        return submit(s -> {
            Process p = s.processes().get(pid);
            if (p == null) {
                throw new Refused("no-such-process", Map.of("pid", pid));
            }
            return p.ended() || command.apply(s);
        });
    }

    /** The sandbox as the views show it (processes, sockets, network), taken on its own thread. */
    public CompletableFuture<SandboxSnapshot> snapshot() {
        return submit(SandboxSnapshot::of);
    }

    /**
     * Hands {@code viewer} a snapshot on the sandbox's own thread, before it runs anything else:
     * for a view that must see the snapshot in order with the events it follows.
     */
    public CompletableFuture<Void> look(Consumer<SandboxSnapshot> viewer) {
        return submit(s -> {
            viewer.accept(SandboxSnapshot.of(s));
            return null;
        });
    }

    /**
     * Whether the sandbox has settled now ({@link Settled}): nothing can run, no timer is
     * pending, no channel a blocked call waits on is ready and no readiness is on its way.
     */
    public CompletableFuture<Boolean> settled() {
        return submit(s -> {
            try {
                if (settling == null) {
                    settling = Selector.open();
                }
                return Settled.now(s, settling);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** On the sandbox's thread, as it ends: lets go of what its commands opened. */
    void release() {
        if (settling != null) {
            try {
                settling.close();
            } catch (IOException e) {
                // Closing a selector of our own: nothing is left to undo.
            }
        }
    }
}
