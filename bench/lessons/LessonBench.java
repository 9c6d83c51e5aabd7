import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lessons.GoalChecker;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.lessons.LessonRunner;
import org.enchufe.lessons.Verdict;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.sandbox.SandboxPool;

/**
 * What the lesson checker costs, in two parts.
 *
 * <p><b>Cost per event</b>: each shipped lesson's reference solution is run once (LessonRunner,
 * probes included) and its events recorded; then the recording is replayed through fresh
 * {@link GoalChecker}s of the lesson, {@code REPLAYS} times, on one thread: nanoseconds per event
 * of {@code accept}, the checker's whole work as events arrive (a snapshot look is not included).
 *
 * <p><b>Event → tick with N sandboxes in lessons</b>: N sandboxes in one SandboxPool (workers =
 * cores, as the server runs them), each watched by a checker of lesson 9 subscribed to its events
 * as LessonWatches subscribes one. Every second each sandbox gets a fresh checker and runs a
 * student's program that binds a socket to port 0 and prints it (the goals {@code puerto-cero}
 * and {@code muestra-puerto}) — every PERIOD seconds (1: 500 Runs a second), spread over the
 * first half of the period. A flusher like LessonWatches' sweeps every checker each 100 ms and asks its
 * verdicts; the latency is from the bind event reaching the checker to the sweep that finds the
 * goal passed — what a page's tick waits for, without STOMP and the browser. Also the sweep's own
 * duration (all N checkers).
 * Run: java -cp ../../target/classes:DEPS LessonBench.java [N] [SECONDS] [PERIOD]
 */
public class LessonBench {

    static final int REPLAYS = 2_000;
    static final String BINDER = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            print('puerto', s.getsockname()[1])
            s.close()
            """;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int period = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        LessonCatalogue catalogue = LessonCatalogue.standard();
        System.out.printf("cores %d%n", Runtime.getRuntime().availableProcessors());
        costPerEvent(catalogue);
        eventToTick(catalogue.lesson("bind-y-puertos").orElseThrow(), n, seconds, period);
        System.exit(0);
    }

    static void costPerEvent(LessonCatalogue catalogue) {
        System.out.printf("%-22s %7s %6s %12s%n", "lesson", "events", "goals", "ns_per_event");
        for (Lesson lesson : catalogue.lessons()) {
            List<Event> events = new ArrayList<>();
            LessonRunner.run(lesson, lesson.solution(), Map.of(), events::add);
            // Warm up, then measure: the best of five rounds of REPLAYS / 5 replays each.
            replay(lesson, events, REPLAYS / 5);
            double best = Double.MAX_VALUE;
            for (int round = 0; round < 5; round++) {
                best = Math.min(best, replay(lesson, events, REPLAYS / 5) / (double) (events.size() * (REPLAYS / 5)));
            }
            System.out.printf("%-22s %7d %6d %12.0f%n", lesson.id(), events.size(), lesson.goals().size(), best);
        }
    }

    /** Feeds the events to {@code times} fresh checkers (made beforehand: not timed); the nanoseconds it took. */
    static long replay(Lesson lesson, List<Event> events, int times) {
        GoalChecker[] checkers = new GoalChecker[times];
        for (int i = 0; i < times; i++) {
            checkers[i] = new GoalChecker(lesson);
        }
        long started = System.nanoTime();
        for (GoalChecker checker : checkers) {
            for (Event e : events) {
                checker.accept(e);
            }
        }
        return System.nanoTime() - started;
    }

    /** One watched sandbox: its current checker, when its bind event came, whether this round's tick was seen. */
    static final class Watched {
        final AtomicReference<GoalChecker> checker = new AtomicReference<>();
        final AtomicLong boundAt = new AtomicLong();
        volatile boolean ticked = true;
        LiveSandbox sandbox;
    }

    static void eventToTick(Lesson lesson, int n, int seconds, int period) throws Exception {
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        SandboxPool pool = new SandboxPool(new SandboxPool.Settings(workers, n + 10, Duration.ofMinutes(10), Limits.sandbox(),
                KernelLimits.sandbox()));
        List<Watched> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Watched w = new Watched();
            w.checker.set(new GoalChecker(lesson));
            w.sandbox = pool.open("s" + i, event -> { }, lesson.topology());
            w.sandbox.subscribe(event -> {
                w.checker.get().accept(event);
                if (event instanceof SyscallEvent call && call.name().equals("bind") && call.errno() == null) {
                    w.boundAt.compareAndSet(0, System.nanoTime());
                }
            });
            all.add(w);
        }
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Long> sweeps = java.util.Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor();
        long warmUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        flusher.scheduleWithFixedDelay(() -> {
            long started = System.nanoTime();
            for (Watched w : all) {
                long bound = w.boundAt.get();
                if (w.ticked || bound == 0) {
                    continue;
                }
                boolean passed = w.checker.get().verdicts().stream()
                        .anyMatch(v -> v.goal().equals("puerto-cero") && v.status() == Verdict.Status.PASSED);
                if (passed) {
                    w.ticked = true;
                    if (bound > warmUp) {
                        latencies.add(System.nanoTime() - bound);
                    }
                }
            }
            if (started > warmUp) {
                sweeps.add(System.nanoTime() - started);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        // Each second, each sandbox: a fresh checker, then a line (spread over the second).
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(period);
            for (int i = 0; i < all.size(); i++) {
                Watched w = all.get(i);
                if (w.ticked) {
                    w.checker.set(new GoalChecker(lesson));
                    w.boundAt.set(0);
                    w.ticked = false;
                    w.sandbox.run("puertos.py", BINDER);
                }
                if (i % 50 == 49) {
                    TimeUnit.MILLISECONDS.sleep(1000L * period * 50 / Math.max(1, all.size()) / 2);
                }
            }
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
        }
        flusher.shutdown();
        flusher.awaitTermination(5, TimeUnit.SECONDS);
        long[] l = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] s = sweeps.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%n%10s %8s %8s %10s %10s %10s %10s %12s %12s%n", "sandboxes", "seconds", "period_s", "ticks", "p50_ms", "p99_ms", "max_ms",
                "sweep_p50_ms", "sweep_p99_ms");
        System.out.printf("%10d %8d %8d %10d %10.1f %10.1f %10.1f %12.2f %12.2f%n", n, seconds, period, l.length, pct(l, 50), pct(l, 99),
                l.length == 0 ? 0 : l[l.length - 1] / 1e6, pct(s, 50), pct(s, 99));
        pool.close();
    }

    static double pct(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
