package org.enchufe.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.enchufe.events.Event;
import org.enchufe.events.ProcessEvent;
import org.enchufe.kernel.KernelClock;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.SandboxFiles;
import org.enchufe.kernel.ServerGuard;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.StopReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every live sandbox of the server, driven by a few worker threads. A sandbox with something to
 * run gets a worker for a slice (10 ms), then yields to the others; a sandbox whose processes all
 * wait holds no thread: its sockets sit in one shared NIO selector and its timers in one
 * scheduler, and whichever fires first hands it back to a worker. Sandboxes nobody touched for
 * the idle timeout are disposed, closing every real socket they had; when the server is full, the
 * longest-idle ones make room for a new owner. A {@link Watchdog} keeps the workers' number whole
 * when one is stuck in a long call or died, and nothing a program does ends a worker.
 */
public final class SandboxPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SandboxPool.class);

    /**
     * @param workers        threads that run sandboxes (the machine's cores is a good number)
     * @param maxSandboxes   sandboxes alive at once on this server
     * @param idleTimeout    how long a sandbox lives without a command from its owner
     * @param stuckAfter     a worker inside one sandbox longer than this is stuck: another starts in its place
     * @param stopAfter      then, past this, the sandbox is asked to stop the call it is in
     * @param evictableAfter with the server full, a sandbox with nothing running and no command for this
     *                       long is disposed (its files stay) to make room for a new owner
     * @param guard          refuses new sandboxes and runs when the server's heap or descriptors run short
     */
    public record Settings(int workers, int maxSandboxes, Duration idleTimeout, Limits limits, KernelLimits kernelLimits,
                           Duration stuckAfter, Duration stopAfter, Duration evictableAfter, ServerGuard guard) {

        /** With the watchdog's and eviction's defaults (1 s, 5 s, 2 min) and no server guard. */
        public Settings(int workers, int maxSandboxes, Duration idleTimeout, Limits limits, KernelLimits kernelLimits) {
            this(workers, maxSandboxes, idleTimeout, limits, kernelLimits, Duration.ofSeconds(1), Duration.ofSeconds(5),
                    Duration.ofMinutes(2), ServerGuard.NONE);
        }

        public static Settings defaults() {
            return new Settings(Math.max(2, Runtime.getRuntime().availableProcessors()), 500, Duration.ofMinutes(30),
                    Limits.sandbox(), KernelLimits.sandbox());
        }
    }

    /** Opening one more sandbox than the server allows, with none idle enough to make room. */
    public static final class FullException extends RuntimeException {
        public FullException(int max) {
            super("the server already runs " + max + " sandboxes");
        }
    }

    /**
     * What the pool is doing, for health and metrics.
     *
     * @param refusals new sandboxes refused, by reason: {@code full}, {@code heap}, {@code descriptors}
     */
    public record Stats(int live, int workers, int configuredWorkers, int busy, int stuck, int dead, long evictions,
                        Map<String, Long> refusals, long runsStarted, long faults) {
    }

    private static final long SLICE_NANOS = 10_000_000L;
    /** How long close() waits for the sandboxes' disposal and the workers' end, in all. */
    private static final long CLOSE_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Settings settings;
    private final LongSupplier clock;
    private final Supplier<KernelClock> sandboxClocks;
    private final Map<String, LiveSandbox> live = new ConcurrentHashMap<>();
    /**
     * Sandboxes waiting for a worker. Those woken by something (a command, readiness, a timer) go
     * first; those that used their whole slice and want more wait behind them, so a loop that
     * never sleeps delays the class's interactive programs by at most one slice per worker.
     */
    private final Queue<LiveSandbox> woken = new ConcurrentLinkedQueue<>();
    private final Queue<LiveSandbox> busy = new ConcurrentLinkedQueue<>();
    private final Semaphore queued = new Semaphore(0);
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private final AtomicInteger workerNumbers = new AtomicInteger();
    private final Watchdog watchdog;
    private final ScheduledExecutorService timers;
    private final Selector selector;
    private final Thread waker;
    private final LongAdder evictions = new LongAdder();
    private final LongAdder runsStarted = new LongAdder();
    private final LongAdder faults = new LongAdder();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private volatile Consumer<LiveSandbox> onDisposed = sandbox -> { };

    public SandboxPool(Settings settings) {
        this(settings, System::nanoTime, true);
    }

    /**
     * A pool whose watchdog reads {@code clock}; with {@code watchdogRuns} false it looks only
     * when {@link #watch()} is called (tests move the clock and call it).
     */
    public SandboxPool(Settings settings, LongSupplier clock, boolean watchdogRuns) {
        this(settings, clock, watchdogRuns, () -> KernelClock.SYSTEM);
    }

    /**
     * A pool whose sandboxes' kernels read the clocks {@code sandboxClocks} makes, one per sandbox:
     * tests give each a {@link org.enchufe.kernel.ManualClock} that moves to the next timer when the
     * sandbox is idle, so timeouts end in the same order however loaded the machine is.
     */
    public SandboxPool(Settings settings, Supplier<KernelClock> sandboxClocks) {
        this(settings, System::nanoTime, true, sandboxClocks);
    }

    private SandboxPool(Settings settings, LongSupplier clock, boolean watchdogRuns, Supplier<KernelClock> sandboxClocks) {
        this.settings = settings;
        this.sandboxClocks = sandboxClocks;
        this.clock = clock;
        // Directories a previous run of the server left behind (a kill -9) are ours to remove.
        SandboxFiles.removeLeftovers();
        for (int i = 0; i < settings.workers(); i++) {
            startWorker();
        }
        this.watchdog = new Watchdog(this, clock, settings.stuckAfter().toNanos(), settings.stopAfter().toNanos());
        this.timers = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sandbox-timers").daemon().factory());
        try {
            this.selector = Selector.open();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the sandboxes' selector", e);
        }
        this.waker = Thread.ofPlatform().name("sandbox-selector").daemon().start(this::wakeOnReadiness);
        long idleCheck = Math.max(1, settings.idleTimeout().toMillis() / 4);
        timers.scheduleWithFixedDelay(this::disposeIdle, idleCheck, idleCheck, TimeUnit.MILLISECONDS);
        if (watchdogRuns) {
            // The watchdog has a thread of its own: the timers' thread may be the one that is late.
            Thread.ofPlatform().name("sandbox-watchdog").daemon().start(this::watchForever);
        }
    }

    /**
     * The owner's sandbox, created on first use as one host on its own; its events go to
     * {@code listener}, its first subscriber ({@link LiveSandbox#subscribe} adds more).
     */
    public LiveSandbox open(String owner, Consumer<Event> listener) {
        return open(owner, listener, org.enchufe.kernel.net.Topology.DEFAULT);
    }

    /**
     * The owner's sandbox, created on first use with {@code topology}'s hosts; its events go to
     * {@code listener}. A new one is refused ({@link ServerGuard.Refused}) while the server is short
     * of heap or descriptors; with the server full, the longest-idle sandbox makes room, and
     * without one idle enough, {@link FullException}.
     */
    public LiveSandbox open(String owner, Consumer<Event> listener, org.enchufe.kernel.net.Topology topology) {
        return open(owner, listener, topology, UNKNOWN_ORIGIN);
    }

    /** Where a sandbox's owner connects from, when the caller does not know. */
    public static final String UNKNOWN_ORIGIN = "unknown";

    /**
     * As {@link #open(String, Consumer, org.enchufe.kernel.net.Topology)}, for an owner connecting
     * from {@code origin} (a client address): with the server full and nothing idle, an address
     * holding more than its fair share of the sandboxes gives one up for an owner from another.
     */
    public LiveSandbox open(String owner, Consumer<Event> listener, org.enchufe.kernel.net.Topology topology, String origin) {
        LiveSandbox existing = live.get(owner);
        if (existing != null) {
            return existing;
        }
        Optional<ServerGuard.Refusal> short_ = settings.guard().refusal();
        if (short_.isPresent()) {
            refused(short_.get().resource().name().toLowerCase(java.util.Locale.ROOT));
            ServerGuard.Refused refusal = new ServerGuard.Refused(short_.get());
            log.warn("a new sandbox for {} refused: {}", owner, refusal.getMessage());
            throw refusal;
        }
        if (live.size() >= settings.maxSandboxes()) {
            makeRoom(origin);
        }
        return live.computeIfAbsent(owner, o -> {
            if (live.size() >= settings.maxSandboxes()) {
                refused("full");
                throw new FullException(settings.maxSandboxes());
            }
            InputConsole console = new InputConsole();
            EventSubscribers subscribers = new EventSubscribers(listener);
            Consumer<Event> counted = event -> {
                if (event instanceof ProcessEvent p && p.change() == ProcessEvent.Change.CREATED) {
                    runsStarted.increment();
                }
                subscribers.accept(event);
            };
            Sandbox sandbox = new Sandbox(console, counted, settings.limits(), settings.kernelLimits(), topology,
                    sandboxClocks.get());
            sandbox.setServerGuard(settings.guard());
            return new LiveSandbox(o, origin, sandbox, console, subscribers, this);
        });
    }

    private void refused(String reason) {
        refusals.computeIfAbsent(reason, r -> new LongAdder()).increment();
    }

    /**
     * With the server full: the longest-idle sandbox (nothing running, no command for
     * evictableAfter) makes room; failing that, an address holding more than its fair share
     * (the sandboxes over the addresses, the newcomer's counted) gives up its least recently used
     * one, busy or not — so one address cannot keep every other out, while a class behind one NAT
     * keeps its share.
     */
    private void makeRoom(String origin) {
        long now = System.nanoTime();
        long after = settings.evictableAfter().toNanos();
        Optional<LiveSandbox> idle = live.values().stream()
                .filter(s -> !s.scheduled.get() && !s.hadReady && now - s.lastActivity >= after)
                .min(Comparator.comparingLong(s -> s.lastActivity));
        if (idle.isPresent()) {
            LiveSandbox s = idle.get();
            log.info("the server is full: sandbox of {} idle for {} s evicted", s.owner(), (now - s.lastActivity) / 1_000_000_000L);
            evictions.increment();
            dispose(s);
            return;
        }
        Map<String, List<LiveSandbox>> byOrigin = live.values().stream()
                .collect(java.util.stream.Collectors.groupingBy(LiveSandbox::origin));
        int addresses = byOrigin.size() + (byOrigin.containsKey(origin) ? 0 : 1);
        int fairShare = Math.max(1, settings.maxSandboxes() / addresses);
        byOrigin.entrySet().stream()
                .filter(e -> !e.getKey().equals(origin) && e.getValue().size() > fairShare)
                .max(Comparator.comparingInt(e -> e.getValue().size()))
                .flatMap(e -> e.getValue().stream().min(Comparator.comparingLong(s -> s.lastActivity)))
                .ifPresent(s -> {
                    log.info("the server is full: {} holds more than its share ({}); sandbox of {} evicted",
                            s.origin(), fairShare, s.owner());
                    evictions.increment();
                    dispose(s);
                });
    }

    /** Told the owner of every sandbox that ends (disposed on demand, for being idle, or evicted). */
    public void onDisposed(Consumer<LiveSandbox> listener) {
        this.onDisposed = listener;
    }

    public Optional<LiveSandbox> find(String owner) {
        return Optional.ofNullable(live.get(owner));
    }

    public int size() {
        return live.size();
    }

    /** Ends the owner's sandbox now: its processes stop (even inside a long call) and its real sockets close. */
    public CompletableFuture<Void> dispose(String owner) {
        LiveSandbox s = live.get(owner);
        return s == null ? CompletableFuture.completedFuture(null) : dispose(s);
    }

    /**
     * Ends this sandbox, if it is still its owner's: eviction and idle disposal decide on one
     * sandbox, and must not end a new one its owner opened meanwhile (a reset, a network change).
     */
    private CompletableFuture<Void> dispose(LiveSandbox s) {
        if (!live.remove(s.owner(), s)) {
            return CompletableFuture.completedFuture(null);
        }
        onDisposed.accept(s);
        s.sandbox().requestStop(Sandbox.ANY_PROCESS, StopReason.KILL);
        return s.submit(sandbox -> {
            s.disposed = true;
            s.release();
            sandbox.dispose();
            return null;
        });
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

    // ---------------------------------------------------------------- workers

    List<Worker> workers() {
        return workers;
    }

    private void startWorker() {
        Worker w = new Worker(workerNumbers.getAndIncrement());
        workers.add(w);
        w.thread = Thread.ofPlatform().name("sandbox-worker-" + w.number).daemon().unstarted(() -> work(w));
        w.thread.start();
    }

    /** The watchdog: a worker is stuck; start another while the pool has fewer than twice its workers. */
    synchronized boolean startReplacement() {
        if (closed || workers.size() >= 2 * settings.workers()) {
            return false;
        }
        log.warn("a sandbox worker is stuck in one call; starting another in its place");
        startWorker();
        return true;
    }

    /** The watchdog: a worker died (it should not: every fault is caught); one takes its place. */
    synchronized void replaceDead(Worker w) {
        if (workers.remove(w) && !closed) {
            log.error("sandbox worker {} died; starting another", w.number);
            startWorker();
        }
    }

    // A replaced worker, back from its long call, leaves if the pool has its number without it.
    private synchronized boolean retire(Worker w) {
        if (w.replaced && workers.size() > settings.workers()) {
            workers.remove(w);
            return true;
        }
        w.replaced = false;
        w.stopAsked = false;
        return false;
    }

    // A worker: the next woken sandbox, else the next busy one, for a slice each.
    private void work(Worker w) {
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
            if (s == null) {
                continue;
            }
            w.since = clock.getAsLong();
            w.driving = s;
            try {
                drive(s);
            } catch (Throwable e) {
                // Nothing a program does gets here (the kernel makes it that program's error); a
                // fault of the kernel's own ends that one sandbox, never the worker.
                faults.increment();
                log.error("sandbox of {} failed outside its programs; disposing it", s.owner(), e);
                dispose(s.owner());
            } finally {
                w.driving = null;
            }
            if (retire(w)) {
                return;
            }
        }
    }

    private void drive(LiveSandbox s) throws IOException {
        s.wakeRequested.set(false);
        boolean more = false;
        Sandbox sandbox = s.sandbox();
        try {
            // Requests made from now on come with commands queued after this point.
            sandbox.clearStopRequest();
            for (Runnable command = s.commands.poll(); command != null; command = s.commands.poll()) {
                command.run();
            }
            if (s.disposed) {
                return;
            }
            long deadline = System.nanoTime() + SLICE_NANOS;
            boolean progressed = true;
            while (progressed && System.nanoTime() - deadline < 0 && !sandbox.stopRequested()) {
                // Runs ready processes; blocked ones whose wait is over are resumed on the way.
                progressed = sandbox.runOnce();
            }
            // Read here, while this worker owns the sandbox: once scheduled is false another may drive it.
            // A round that did something may have ended a wait nobody selects on (a join, a lock
            // released): as the CLI's loop does, look again before sleeping.
            more = progressed && !sandbox.stopRequested() || sandbox.hasReady() || sandbox.advanceClockIfIdle();
            if (!more) {
                long wakeAt = sandbox.registerWaits(selector, s);
                selector.wakeup();
                if (wakeAt != Long.MAX_VALUE) {
                    timers.schedule(() -> schedule(s), Math.max(0, wakeAt - sandbox.clock().nanoTime()), TimeUnit.NANOSECONDS);
                }
            }
        } finally {
            s.hadReady = more || !s.disposed && sandbox.busy();
            s.scheduled.set(false);
            if (!s.disposed && (more || s.wakeRequested.get() || !s.commands.isEmpty())) {
                schedule(s, more && !s.wakeRequested.get() && s.commands.isEmpty());
            }
        }
    }

    // ---------------------------------------------------------------- watching

    /** One look by the watchdog, now. */
    public void watch() {
        watchdog.check();
    }

    private void watchForever() {
        long period = Math.max(1, settings.stuckAfter().toMillis() / 4);
        while (!closed) {
            try {
                Thread.sleep(period);
                watchdog.check();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("the sandbox watchdog failed a check", e);
            }
        }
    }

    /** What the pool is doing now. */
    public Stats stats() {
        int alive = 0;
        int busyWorkers = 0;
        for (Worker w : workers) {
            alive += w.thread.isAlive() ? 1 : 0;
            busyWorkers += w.driving != null ? 1 : 0;
        }
        Map<String, Long> refused = new java.util.TreeMap<>();
        refusals.forEach((reason, count) -> refused.put(reason, count.sum()));
        return new Stats(live.size(), alive, settings.workers(), busyWorkers, watchdog.stuck(), workers.size() - alive,
                evictions.sum(), refused, runsStarted.sum(), faults.sum());
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
            } catch (RuntimeException e) {
                log.error("the sandboxes' selector thread failed a round", e);
            }
        }
    }

    private void disposeIdle() {
        long now = System.nanoTime();
        for (LiveSandbox s : live.values()) {
            if (now - s.lastActivity > settings.idleTimeout().toNanos()) {
                dispose(s);
            }
        }
    }

    /**
     * Disposes every sandbox and stops the workers, within a few seconds whatever the programs do:
     * each sandbox is asked to stop (a CPU bomb gives its worker back at its slice's end), the
     * disposals get {@link #CLOSE_NANOS} in all, and a worker still inside a call after that is
     * left behind (workers are daemon threads; the JVM exits without them).
     */
    @Override
    public void close() {
        long deadline = System.nanoTime() + CLOSE_NANOS;
        List<CompletableFuture<Void>> disposals = live.keySet().stream().map(this::dispose).toList();
        try {
            CompletableFuture.allOf(disposals.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("{} sandboxes were not disposed in time; leaving them to the JVM's exit",
                    disposals.stream().filter(d -> !d.isDone()).count());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("a sandbox's disposal failed", e);
        }
        closed = true;
        queued.release(workers.size() * 2);
        for (Worker w : workers) {
            try {
                w.thread.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
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
