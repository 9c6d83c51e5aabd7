package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.List;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ManualClock;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.kernel.Settled;
import org.enchufe.kernel.Task;
import org.enchufe.kernel.net.Topology;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A sandbox settles when nothing can happen without a new program: decided from its state, not a quiet period. */
class SettlingTest {

    private static final long FAR = Long.MAX_VALUE / 2;

    private final StringBuilder out = new StringBuilder();
    private final Sandbox sandbox = new Sandbox(new Sandbox.Console() {
        @Override
        public void write(int pid, String stream, String text) {
            out.append(text);
        }

        @Override
        public String readLine(int pid) {
            return null;
        }
    }, e -> { }, LessonRunner.LIMITS, KernelLimits.sandbox().withInstructionsPerSecond(0));

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private boolean settle() throws IOException {
        try (Selector selector = Selector.open()) {
            return new Settling(sandbox, selector, System.nanoTime() + FAR).run();
        }
    }

    private SandboxSnapshot.ProcessView process(String program) {
        return sandbox.snapshot().processes().stream().filter(p -> p.program().equals(program)).findFirst().orElseThrow();
    }

    @Test
    void aServerSettlesAsleepInAcceptAndItsClientIsServedBeforeTheNextSettles() throws IOException {
        sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                conn, _ = s.accept()
                print('servidor recibe', conn.recv(100))
                conn.sendall(b'adios')
                conn.close()
                """, new String[0]);

        assertThat(settle()).isTrue();
        assertThat(process("servidor.py").state()).isEqualTo(ProcessState.BLOCKED);
        assertThat(process("servidor.py").waitingIn()).isEqualTo("accept");

        sandbox.start("cliente.py", """
                import socket
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                c.sendall(b'hola')
                print('cliente recibe', c.recv(100))
                """, new String[0]);

        assertThat(settle()).isTrue();
        assertThat(sandbox.allEnded()).isTrue();
        assertThat(out).contains("servidor recibe b'hola'", "cliente recibe b'adios'");
    }

    @Test
    void aProgramsOwnTimerIsWaitedFor() throws IOException {
        sandbox.start("dormilon.py", "import time\ntime.sleep(0.05)\nprint('despierto')\n", new String[0]);

        assertThat(settle()).isTrue();
        assertThat(out).contains("despierto");
    }

    @Test
    void onAClockThatDoesNotPassByItselfATimerIsReachedByMovingTheClock() throws IOException {
        Sandbox virtual = new Sandbox(new Sandbox.Console() {
            @Override
            public void write(int pid, String stream, String text) {
                out.append(text);
            }

            @Override
            public String readLine(int pid) {
                return null;
            }
        }, e -> { }, LessonRunner.LIMITS, KernelLimits.sandbox().withInstructionsPerSecond(0), Topology.DEFAULT,
                ManualClock.advancingWhenIdle());
        try (Selector selector = Selector.open()) {
            virtual.start("servidor.py", """
                    import socket, time
                    s = socket.socket()
                    s.bind(('127.0.0.1', 5000))
                    s.listen(1)
                    conn, _ = s.accept()
                    time.sleep(3600)
                    conn.sendall(b'tarde')
                    """, new String[0]);
            new Settling(virtual, selector, System.nanoTime() + FAR).run();
            virtual.start("cliente.py", """
                    import socket, time
                    c = socket.socket()
                    c.connect(('127.0.0.1', 5000))
                    print('cliente recibe', c.recv(100), 'tras', round(time.monotonic()), 's')
                    """, new String[0]);

            assertThat(new Settling(virtual, selector, System.nanoTime() + FAR).run()).isTrue();
            // An hour of the sandbox's time went by; the test would have waited it on the real clock.
            assertThat(out).contains("cliente recibe b'tarde' tras 3600 s");
        } finally {
            virtual.dispose();
        }
    }

    @Test
    void twoProgramsEachWaitingForTheOtherHaveSettled() throws IOException {
        sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(1)
                conn, _ = s.accept()
                conn.recv(100)
                """, new String[0]);
        settle();
        sandbox.start("cliente.py", """
                import socket
                c = socket.socket()
                c.connect(('127.0.0.1', 5000))
                c.recv(100)
                """, new String[0]);

        assertThat(settle()).isTrue();
        assertThat(process("servidor.py").waitingIn()).isEqualTo("recv");
        assertThat(process("cliente.py").waitingIn()).isEqualTo("recv");
    }

    @Test
    void theGuardStopsAProgramThatNeverSettles() throws IOException {
        sandbox.start("bucle.py", "while True:\n    pass\n", new String[0]);

        try (Selector selector = Selector.open()) {
            assertThat(new Settling(sandbox, selector, System.nanoTime()).run()).isFalse();
        }
    }

    // ---------------------------------------------------------------- readiness on its way, from snapshots

    private static SandboxSnapshot snapshot(String call, Integer on, List<SandboxSnapshot.DescriptorView> descriptors) {
        SandboxSnapshot.ThreadView thread = new SandboxSnapshot.ThreadView(1, "MainThread", Task.State.BLOCKED, call, on, 5);
        SandboxSnapshot.ProcessView p = new SandboxSnapshot.ProcessView(1000, 0, "servidor.py", "enchufe", ProcessState.BLOCKED, 0,
                call, on, 5, descriptors, List.of(thread), false);
        return new SandboxSnapshot(List.of(p), List.of(), null);
    }

    private static SandboxSnapshot.DescriptorView listener(int fd, int queued) {
        return new SandboxSnapshot.DescriptorView(fd, "socket", "AF_INET", "SOCK_STREAM", "LISTEN", "0.0.0.0:5000", null, queued, false);
    }

    @Test
    void anAcceptOnAListenerHoldingAConnectionWillEnd() {
        assertThat(Settled.readinessOnItsWay(snapshot("accept", 3, List.of(listener(3, 1))))).isTrue();
        assertThat(Settled.readinessOnItsWay(snapshot("accept", 3, List.of(listener(3, 0))))).isFalse();
    }

    @Test
    void aConnectUnderWayWillEndAndARecvNothingMadeReadyWillNot() {
        assertThat(Settled.readinessOnItsWay(snapshot("connect", 3, List.of()))).isTrue();
        assertThat(Settled.readinessOnItsWay(snapshot("recv", 4, List.of(listener(3, 1))))).isFalse();
    }

    @Test
    void aSelectOverAListenerHoldingAConnectionWillEnd() {
        assertThat(Settled.readinessOnItsWay(snapshot("select", null, List.of(listener(3, 2))))).isTrue();
    }

    @Test
    void aDatagramSentToASocketIsOnItsWayUntilItsChannelIsRead() {
        // The sender counts the datagram as on its way to the socket at that real port; the
        // reader's recvfrom() takes it off. Settling waits for one a sleeping reader has not seen.
        sandbox.start("receptor.py", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('127.0.0.1', 5009))
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                s.sendto(b'hola', ('127.0.0.1', 5009))
                print('enviado', flush=True)
                n = 0
                while n < 300_000:
                    n += 1
                print('recibe', r.recvfrom(100)[0], flush=True)
                """, new String[0]);
        while (!out.toString().contains("enviado")) {
            sandbox.runOnce();
        }
        int pid = process("receptor.py").pid();

        assertThat(sandbox.datagramOnItsWay(pid, 3)).as("sent, not yet read").isTrue();
        assertThat(sandbox.datagramOnItsWay(pid, 4)).as("nothing sent to the sender").isFalse();

        while (!out.toString().contains("recibe")) {
            sandbox.runOnce();
        }
        assertThat(out.toString()).contains("recibe b'hola'");
        assertThat(sandbox.datagramOnItsWay(pid, 3)).as("read").isFalse();
    }
}
