import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.lang.vm.Limits;
import org.enchufe.sandbox.LiveSandbox;
import org.enchufe.sandbox.SandboxPool;

/**
 * How many active sandboxes one machine holds: N sandboxes in one SandboxPool (as the server runs
 * them, workers = cores), each with a student-like program that waits for a line and answers it
 * (an echo over its console), and one in ten running a loop that never sleeps (the worst
 * neighbour a class has). Every 100 ms each sandbox is typed a line; the latency is the time from
 * typing it to the event with the answer reaching the sandbox's listener — the whole path of a
 * command through the pool, the scheduler and the interpreter, without the browser's network.
 * Prints p50/p99 per N; the figure we keep is the largest N with p99 under 50 ms.
 * Run: java -cp ../../target/classes PoolBench.java [N...]
 */
public class PoolBench {

    static final String ECHO = """
            while True:
                line = input()
                print('eco', line)
            """;
    static final String SPIN = """
            n = 0
            while True:
                n += 1
            """;

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {25, 50, 100, 200, 400} : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int workers = Math.max(2, Runtime.getRuntime().availableProcessors());
        System.out.printf("cores %d, workers %d%n", Runtime.getRuntime().availableProcessors(), workers);
        System.out.printf("%8s %8s %10s %10s %10s%n", "sandboxes", "spinning", "p50_ms", "p99_ms", "samples");
        for (int n : sizes) {
            measure(n, workers);
        }
        System.exit(0);
    }

    static void measure(int n, int workers) throws Exception {
        SandboxPool pool = new SandboxPool(new SandboxPool.Settings(workers, n + 10, Duration.ofMinutes(10), Limits.sandbox(),
                KernelLimits.sandbox()));
        Map<String, Long> typedAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        List<LiveSandbox> echoes = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        int spinning = n / 10;
        for (int i = 0; i < n; i++) {
            String owner = "s" + i;
            LiveSandbox s = pool.open(owner, event -> {
                if (event instanceof ConsoleEvent c && c.stream().equals("stdout") && c.text().startsWith("eco ")) {
                    Long at = typedAt.remove(c.text().substring(4).strip());
                    if (at != null) {
                        latencies.add(System.nanoTime() - at);
                    }
                }
            });
            if (i < spinning) {
                s.run("giro.py", SPIN).get(5, TimeUnit.SECONDS);
            } else {
                pids.add(s.run("eco.py", ECHO).get(5, TimeUnit.SECONDS));
                echoes.add(s);
            }
        }
        // Ten seconds of typing: every 100 ms, one line into each echoing sandbox.
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long warmUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        int tick = 0;
        while (System.nanoTime() < end) {
            long next = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
            for (int i = 0; i < echoes.size(); i++) {
                String line = tick + "-" + i;
                if (System.nanoTime() > warmUp) {
                    typedAt.put(line, System.nanoTime());
                }
                echoes.get(i).type(pids.get(i), line);
            }
            tick++;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                TimeUnit.NANOSECONDS.sleep(sleep);
            }
        }
        Thread.sleep(500);
        long[] sorted;
        synchronized (latencies) {
            sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
        long lost = typedAt.size();
        System.out.printf("%8d %8d %10.2f %10.2f %10d%s%n", n, spinning, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length * 99 / 100] / 1e6, sorted.length, lost > 0 ? "  (" + lost + " unanswered)" : "");
        pool.close();
    }
}
