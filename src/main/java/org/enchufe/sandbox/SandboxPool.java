package org.enchufe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.vm.Limits;

/**
 * Every live sandbox of the server, driven by a few worker threads. A sandbox with something to
 * run gets a worker for a slice (10 ms), then yields to the others; a sandbox whose processes all
 * wait holds no thread: its sockets sit in one shared NIO selector and its timers in one
 * scheduler, and whichever fires first hands it back to a worker. Sandboxes nobody touched for
 * the idle timeout are disposed, closing every real socket they had.
 */
public final class SandboxPool implements AutoCloseable {

    /**
     * @param workers      threads that run sandboxes (the machine's cores is a good number)
     * @param maxSandboxes sandboxes alive at once on this server
     * @param idleTimeout  how long a sandbox lives without a command from its owner
     */
    public record Settings(int workers, int maxSandboxes, Duration idleTimeout, Limits limits, KernelLimits kernelLimits) {

        public static Settings defaults() {
            return new Settings(Math.max(2, Runtime.getRuntime().availableProcessors()), 500, Duration.ofMinutes(30),
                    Limits.sandbox(), KernelLimits.sandbox());
        }
    }

    /** Opening one more sandbox than the server allows. */
    public static final class FullException extends RuntimeException {
        public FullException(int max) {
            super("the server already runs " + max + " sandboxes");
        }
    }

    private static final long SLICE_NANOS = 10_000_000L;

    private final Settings settings;
    private final Map<String, LiveSandbox> live = new ConcurrentHashMap<>();
    /**
     * Sandboxes waiting for a worker. Those woken by something (a command, readiness, a timer) go
     * first; those that used their whole slice and want more wait behind them, so a loop that
     * never sleeps delays the class's interactive programs by at most one slice per worker.
     */
    private final java.util.Queue<LiveSandbox> woken = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.Queue<LiveSandbox> busy = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final java.util.concurrent.Semaphore queued = new java.util.concurrent.Semaphore(0);
    private final List<Thread> workers = new java.util.ArrayList<>();
    private final ScheduledExecutorService timers;
    private final Selector selector;
    private final Thread waker;
    private volatile boolean closed;
    private volatile Consumer<String> onDisposed = owner -> { };

    public SandboxPool(Settings settings) {
        this.settings = settings;
        for (int i = 0; i < settings.workers(); i++) {
            workers.add(Thread.ofPlatform().name("sandbox-worker-" + i).daemon().start(this::work));
        }
        this.timers = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sandbox-timers").daemon().factory());
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sandboxes' selector", e);
        }
        this.waker = Thread.ofPlatform().name("sandbox-selector").daemon().start(this::wakeOnReadiness);
        long idleCheck = Math.max(1, settings.idleTimeout().toMillis() / 4);
        timers.scheduleWithFixedDelay(this::disposeIdle, idleCheck, idleCheck, TimeUnit.MILLISECONDS);
    }

    /** The owner's sandbox, created on first use as one host on its own; its events go to {@code listener}. */
    public LiveSandbox open(String owner, Consumer<Event> listener) {
        return open(owner, listener, org.enchufe.kernel.net.Topology.DEFAULT);
    }

    /** The owner's sandbox, created on first use with {@code topology}'s hosts; its events go to {@code listener}. */
    public LiveSandbox open(String owner, Consumer<Event> listener, org.enchufe.kernel.net.Topology topology) {
        return live.computeIfAbsent(owner, o -> {
            if (live.size() >= settings.maxSandboxes()) {
                throw new FullException(settings.maxSandboxes());
            }
            InputConsole console = new InputConsole();
            Sandbox sandbox = new Sandbox(console, listener, settings.limits(), settings.kernelLimits(), topology);
            return new LiveSandbox(o, sandbox, console, this);
        });
    }

    /** Told the owner of every sandbox that ends (disposed on demand or for being idle). */
    public void onDisposed(Consumer<String> listener) {
        this.onDisposed = listener;
    }

    public Optional<LiveSandbox> find(String owner) {
        return Optional.ofNullable(live.get(owner));
    }

    public int size() {
        return live.size();
    }

    /** Ends the owner's sandbox now: its processes stop and its real sockets close. */
    public void dispose(String owner) {
        LiveSandbox s = live.remove(owner);
        if (s != null) {
            onDisposed.accept(owner);
            s.submit(sandbox -> {
                s.disposed = true;
                sandbox.dispose();
                return null;
            });
        }
    }

    /** Makes sure a worker will look at {@code s} soon. */
    void schedule(LiveSandbox s) {
        schedule(s, false);
    }

    private void schedule(LiveSandbox s, boolean wantsMore) {
        // Asked while a worker drives it: that worker looks again before it lets go (no lost wake-up).
        s.wakeRequested.set(true);
        if (!closed && s.scheduled.compareAndSet(false, true)) {
            (wantsMore ? busy : woken).add(s);
            queued.release();
        }
    }

    // A worker: the next woken sandbox, else the next busy one, for a slice each.
    private void work() {
        while (true) {
            try {
                queued.acquire();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            LiveSandbox s = woken.poll();
            if (s == null) {
                s = busy.poll();
            }
            if (s != null) {
                drive(s);
            }
        }
    }

    private void drive(LiveSandbox s) {
        s.wakeRequested.set(false);
        boolean more = false;
        try {
            for (Runnable command = s.commands.poll(); command != null; command = s.commands.poll()) {
                command.run();
            }
            if (s.disposed) {
                return;
            }
            Sandbox sandbox = s.sandbox();
            long deadline = System.nanoTime() + SLICE_NANOS;
            while (sandbox.runOnce() && System.nanoTime() - deadline < 0) {
                // Runs ready processes; blocked ones whose wait is over are resumed on the way.
            }
            // Read here, while this worker owns the sandbox: once scheduled is false another may drive it.
            more = sandbox.hasReady();
            if (!more) {
                long wakeAt = sandbox.registerWaits(selector, s);
                selector.wakeup();
                if (wakeAt != Long.MAX_VALUE) {
                    timers.schedule(() -> schedule(s), Math.max(0, wakeAt - System.nanoTime()), TimeUnit.NANOSECONDS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            s.scheduled.set(false);
            if (!s.disposed && (more || s.wakeRequested.get() || !s.commands.isEmpty())) {
                schedule(s, more && !s.wakeRequested.get() && s.commands.isEmpty());
            }
        }
    }

    // The one thread that sleeps in the shared selector and hands ready sandboxes to the workers.
    private void wakeOnReadiness() {
        while (!closed) {
            try {
                selector.select();
                for (SelectionKey key : selector.selectedKeys()) {
                    if (key.isValid()) {
                        key.interestOps(0);
                    }
                    if (key.attachment() instanceof LiveSandbox s && !s.disposed) {
                        schedule(s);
                    }
                }
                selector.selectedKeys().clear();
            } catch (IOException | java.nio.channels.ClosedSelectorException e) {
                return;
            }
        }
    }

    private void disposeIdle() {
        long now = System.nanoTime();
        for (LiveSandbox s : live.values()) {
            if (now - s.lastActivity > settings.idleTimeout().toNanos()) {
                dispose(s.owner());
            }
        }
    }

    @Override
    public void close() {
        for (String owner : live.keySet()) {
            dispose(owner);
        }
        // The disposals are commands like any other: let the workers run them, for at most 5 s.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((!woken.isEmpty() || !busy.isEmpty()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closed = true;
        queued.release(workers.size());
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        timers.shutdownNow();
        try {
            selector.close();
        } catch (IOException ignored) {
            // Closing.
        }
    }
}
