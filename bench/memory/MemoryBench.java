import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

import org.enchufe.lang.Compiler;
import org.enchufe.lang.vm.Interpreter;
import org.enchufe.lang.vm.Limits;
import org.enchufe.lang.vm.ThreadState;

/**
 * How honest the VM's memory accounting is: for each shape a student program builds, the real
 * heap it retains (MemoryMXBean's used heap after GC, before and after building it inside an
 * Interpreter) against what the memory limit counts — the meter's walk (liveBytes) and the sum
 * of the charges made while it was built (chargedBytes, with a limit too high for the meter to
 * run). Also times the walk. Needs target/classes (./mvnw compile) and JDK 25's java:
 *   java -Xmx3g -cp target/classes bench/memory/MemoryBench.java [shape…]
 */
public class MemoryBench {

    record Shape(String name, String source, boolean endless) {
        Shape(String name, String source) {
            this(name, source, false);
        }
    }

    static final List<Shape> SHAPES = List.of(
            new Shape("list of small ints", "x = [i % 1000 for i in range(8_000_000)]\n"),
            new Shape("list of big ints (boxed)", "x = [i * 1000003 for i in range(2_000_000)]\n"),
            new Shape("list of ints > 2**64", "x = [2**100 + i for i in range(500_000)]\n"),
            new Shape("list of short str, ASCII", "x = [str(i) for i in range(1_000_000)]\n"),
            new Shape("list of short str, Latin-1", "x = ['ñ' + str(i) for i in range(1_000_000)]\n"),
            new Shape("list of short str, UTF-16", "x = ['λ' + str(i) for i in range(1_000_000)]\n"),
            new Shape("list of bytes", "x = [str(i).encode() for i in range(1_000_000)]\n"),
            new Shape("dict str -> int", "x = {str(i): i * 1000 for i in range(500_000)}\n"),
            new Shape("dict int -> list", "x = {i * 1000: [i] for i in range(300_000)}\n"),
            new Shape("set of ints", "x = set(range(1_000_000))\n"),
            new Shape("nested tuples", "x = [(i, (i, i * 1000)) for i in range(500_000)]\n"),
            new Shape("instances with attributes", """
                    class P:
                        def __init__(self, a, b):
                            self.a = a
                            self.b = b
                    x = [P(i * 1000, str(i)) for i in range(300_000)]
                    """),
            new Shape("bytearray", "x = bytearray(50_000_000)\n"),
            new Shape("bytearray grown by +=", """
                    x = bytearray()
                    for i in range(500_000):
                        x += b'0123456789'
                    """),
            new Shape("one huge str (Latin-1)", "x = 'x' * 50_000_000\n"),
            new Shape("one huge str (UTF-16)", "x = 'λ' * 25_000_000\n"),
            new Shape("one huge bytes", "x = b'x' * 50_000_000\n"),
            new Shape("list of lists bomb", "x = [[i] * 100_000 for i in range(200)]\n"),
            new Shape("suspended generators", """
                    def g(n):
                        a = [n]
                        yield a
                    x = [g(i) for i in range(200_000)]
                    for it in x:
                        next(it)
                    """),
            new Shape("deep recursion (frames)", """
                    def f(n):
                        a = [n, n * 1000]
                        if n:
                            return f(n - 1)
                        while True:
                            pass
                    f(900)
                    """, true));

    static final MemoryMXBean HEAP = ManagementFactory.getMemoryMXBean();
    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Collects until the used heap stops moving (three collections within 64 KiB of each other). */
    static long usedAfterGc() throws InterruptedException {
        long last = Long.MAX_VALUE;
        int steady = 0;
        for (int i = 0; i < 30 && steady < 3; i++) {
            System.gc();
            Thread.sleep(50);
            long used = HEAP.getHeapMemoryUsage().getUsed();
            steady = Math.abs(used - last) < 64 * 1024 ? steady + 1 : 0;
            last = used;
        }
        return last;
    }

    record Row(String name, long real, long live, long charged, double walkMs) { }

    static Row measure(Shape shape) throws InterruptedException {
        Interpreter in = new Interpreter(text -> { }, text -> { }, new Limits(0, 1000, 1L << 40, Long.MAX_VALUE));
        ThreadState main = in.startMain(Compiler.compileModule(shape.source(), "shape.py"));
        long liveBefore = in.liveBytes();
        long chargedBefore = in.chargedBytes();
        long before = usedAfterGc();
        if (shape.endless()) {
            // Run until the loop at the bottom has surely started, then measure with the frames alive.
            in.run(main, 2_000_000);
        } else {
            while (in.run(main, 1_000_000) != Interpreter.Outcome.FINISHED) {
                if (main.status() == ThreadState.Status.BLOCKED) {
                    throw new IllegalStateException(shape.name() + " blocked");
                }
            }
            if (main.uncaught() != null) {
                throw new IllegalStateException(shape.name() + ": " + main.uncaught().messageForJava());
            }
        }
        long after = usedAfterGc();
        // The walk's CPU time, not wall time: the machine is shared, and a worker pays in CPU.
        long start = THREADS.getCurrentThreadCpuTime();
        long live = in.liveBytes();
        double walkMs = (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
        Row row = new Row(shape.name(), after - before, live - liveBefore, in.chargedBytes() - chargedBefore, walkMs);
        java.lang.ref.Reference.reachabilityFence(in);
        java.lang.ref.Reference.reachabilityFence(main);
        return row;
    }

    static String mb(long bytes) {
        return String.format("%.1f", bytes / 1e6);
    }

    static String ratio(long accounted, long real) {
        return String.format("%.2f", accounted / (double) real);
    }

    public static void main(String[] args) throws Exception {
        List<String> only = List.of(args);
        // Warm-up: load the classes and builtins every shape uses, so they are in both "before"s.
        measure(SHAPES.get(3));
        measure(SHAPES.get(11));
        List<Row> rows = new ArrayList<>();
        for (Shape shape : SHAPES) {
            if (only.isEmpty() || only.stream().anyMatch(shape.name()::contains)) {
                rows.add(measure(shape));
            }
        }
        System.out.printf("| shape | real heap MB | meter MB | meter/real | charged MB | charged/real | walk ms (CPU) |%n");
        System.out.printf("|---|---|---|---|---|---|---|%n");
        for (Row r : rows) {
            System.out.printf("| %s | %s | %s | %s | %s | %s | %.0f |%n", r.name(), mb(r.real()), mb(r.live()),
                    ratio(r.live(), r.real()), mb(r.charged()), ratio(r.charged(), r.real()), r.walkMs());
        }
    }
}
