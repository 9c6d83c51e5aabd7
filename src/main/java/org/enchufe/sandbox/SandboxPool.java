package org.enchufe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
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
    private final ExecutorService workers;
    private final ScheduledExecutorService timers;
    private final Selector selector;
    private final Thread waker;
    private volatile boolean closed;
    private volatile Consumer<String> onDisposed = owner -> { };

    public SandboxPool(Settings settings) {
        this.settings = settings;
        this.workers = Executors.newFixedThreadPool(settings.workers(), Thread.ofPlatform().name("sandbox-worker-", 0).daemon()
                .factory());
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

    /** The owner's sandbox, created on first use; its events go to {@code listener}. */
    public LiveSandbox open(String owner, Consumer<Event> listener) {
        return live.computeIfAbsent(owner, o -> {
            if (live.size() >= settings.maxSandboxes()) {
                throw new FullException(settings.maxSandboxes());
            }
            InputConsole console = new InputConsole();
            Sandbox sandbox = new Sandbox(console, listener, settings.limits(), settings.kernelLimits());
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
        // Asked while a worker drives it: that worker looks again before it lets go (no lost wake-up).
        s.wakeRequested.set(true);
        if (!closed && s.scheduled.compareAndSet(false, true)) {
            workers.execute(() -> drive(s));
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
                schedule(s);
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
        workers.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        timers.shutdownNow();
        try {
            selector.close();
        } catch (IOException ignored) {
            // Closing.
        }
    }
}
