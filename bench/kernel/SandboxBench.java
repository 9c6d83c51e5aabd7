import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.vm.Limits;

/**
 * The kernel's reference figures, measured in this JVM: how long creating a sandbox takes, a
 * sandbox with its first process run to its end, the heap an idle sandbox holds (a server asleep
 * in accept()), and the same TCP ping-pong as pingpong.py written directly on Java NIO (blocking
 * channels, one echo thread), the floor any sandbox overhead is measured against.
 * Run: java -cp ../../target/classes SandboxBench.java
 */
public class SandboxBench {

    static final Sandbox.Console QUIET = new Sandbox.Console() {
        public void write(int pid, String stream, String text) { }

        public String readLine(int pid) {
            return null;
        }
    };

    static long usedAfterGc(Runtime rt) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    public static void main(String[] args) throws Exception {
        // Sandbox creation: 20 000 warm-up, then the median of 20 000 timed creations.
        for (int i = 0; i < 20_000; i++) {
            new Sandbox(QUIET, e -> { }, Limits.sandbox(), KernelLimits.sandbox()).dispose();
        }
        long[] times = new long[20_000];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            Sandbox s = new Sandbox(QUIET, e -> { }, Limits.sandbox(), KernelLimits.sandbox());
            times[i] = System.nanoTime() - start;
            s.dispose();
        }
        Arrays.sort(times);
        System.out.printf("sandbox_create_us %.2f (p99 %.2f)%n", times[times.length / 2] / 1e3, times[times.length * 99 / 100] / 1e3);

        // A sandbox and its first process, to the end of a one-line program: 2000 warm-up, median of 2000.
        long[] firsts = new long[2000];
        for (int round = -2000; round < firsts.length; round++) {
            long start = System.nanoTime();
            Sandbox s = new Sandbox(QUIET, e -> { }, Limits.sandbox(), KernelLimits.sandbox());
            s.runToCompletion(s.start("hola.py", "print('hola')\n", new String[0]));
            long took = System.nanoTime() - start;
            s.dispose();
            if (round >= 0) {
                firsts[round] = took;
            }
        }
        Arrays.sort(firsts);
        System.out.printf("sandbox_first_process_us %.1f (p99 %.1f)%n", firsts[firsts.length / 2] / 1e3,
                firsts[firsts.length * 99 / 100] / 1e3);

        // Memory of an idle sandbox: 500 sandboxes, each with a server asleep in accept(); heap after GC.
        Runtime rt = Runtime.getRuntime();
        long before = usedAfterGc(rt);
        java.util.List<Sandbox> idle = new java.util.ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Sandbox s = new Sandbox(QUIET, e -> { }, Limits.sandbox(), KernelLimits.sandbox());
            s.start("servidor.py", "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 5000))\ns.listen(5)\n"
                    + "c, a = s.accept()\n", new String[0]);
            while (s.runOnce()) {
                // Runs the server until it sleeps in accept().
            }
            idle.add(s);
        }
        long after = usedAfterGc(rt);
        System.out.printf("idle_sandbox_kib %.1f%n", (after - before) / 500.0 / 1024);
        idle.forEach(Sandbox::dispose);

        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress("127.0.0.1", 0));
            Thread echo = Thread.ofPlatform().start(() -> {
                try (SocketChannel c = server.accept()) {
                    ByteBuffer b = ByteBuffer.allocate(1);
                    while (c.read(b.clear()) > 0) {
                        c.write(b.flip());
                    }
                } catch (Exception ignored) {
                    // The client closed.
                }
            });
            try (SocketChannel c = SocketChannel.open(server.getLocalAddress())) {
                c.setOption(java.net.StandardSocketOptions.TCP_NODELAY, true);
                ByteBuffer b = ByteBuffer.allocate(1);
                double best = Double.MAX_VALUE;
                for (int round = 0; round < 5; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 10_000; i++) {
                        b.clear().put((byte) 'x').flip();
                        c.write(b);
                        b.clear();
                        c.read(b);
                    }
                    best = Math.min(best, (System.nanoTime() - start) / 1e9);
                }
                System.out.printf("nio_pingpong_s %.4f%n", best);
            }
            echo.join();
        }
    }
}
