import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.Sandbox;
import org.enchufe.lang.vm.Limits;

/**
 * The kernel's two reference figures, measured in this JVM: how long creating a sandbox takes,
 * and the same TCP ping-pong as pingpong.py written directly on Java NIO (blocking channels, one
 * echo thread), the floor any sandbox overhead is measured against.
 * Run: java -cp ../../target/classes SandboxBench.java
 */
public class SandboxBench {

    static final Sandbox.Console QUIET = new Sandbox.Console() {
        public void write(int pid, String stream, String text) { }

        public String readLine(int pid) {
            return null;
        }
    };

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
                for (int round = 0; round < 15; round++) {
                    long start = System.nanoTime();
                    for (int i = 0; i < 2000; i++) {
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
