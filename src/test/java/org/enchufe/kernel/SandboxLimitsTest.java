package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The limits a sandbox has as a whole, over all its processes — so forking does not multiply
 * what a program may take — and the server-wide guard. Each test fails without its limit.
 */
class SandboxLimitsTest {

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final List<Sandbox> made = new ArrayList<>();

    private final ManualClock clock = ManualClock.advancingWhenIdle();

    private Sandbox sandbox(KernelLimits limits) {
        Sandbox s = new Sandbox(console, events::add, Limits.sandbox(), limits, org.enchufe.kernel.net.Topology.DEFAULT, clock);
        made.add(s);
        return s;
    }

    @AfterEach
    void dispose() {
        made.forEach(Sandbox::dispose);
    }

    private static KernelLimits wide(long memory, int threads, int openFiles, int realDescriptors) {
        return new KernelLimits(32, 64).withSandboxWide(memory, threads, openFiles, realDescriptors, 0);
    }

    @Test
    void forkedChildrenFillingListsShareTheSandboxsMemoryAndTheOneThatGrowsGetsMemoryError() {
        // Each process may hold 64 MiB; the sandbox 8 MiB in all. Without the sandbox's meter the
        // six children would hold 6 × 64 MiB at once while they sleep.
        Sandbox s = sandbox(wide(8L << 20, 0, 0, 0));
        Process parent = s.start("llena.py", """
                import os, time
                for _ in range(6):
                    if os.fork() == 0:
                        data = []
                        try:
                            while True:
                                data.append(bytes(100_000))
                        except MemoryError:
                            print('chunks', len(data))
                        time.sleep(0.3)
                        os._exit(0)
                for _ in range(6):
                    os.wait()
                """, new String[0]);
        long peak = 0;
        while (!parent.ended()) {
            if (!s.runOnce()) {
                Thread.onSpinWait();
            }
            long held = 0;
            for (Process p : s.processes().values()) {
                held += p.interpreter().liveBytes();
            }
            peak = Math.max(peak, held);
        }

        // At most one process past the sandbox's limit at a time: the limit plus one process's own.
        assertThat(peak).isLessThan(80L << 20);
        assertThat(console.stderr.toString()).contains("MemoryError");
    }

    @Test
    void childrenThatOnlySleepCountAtTheirParentsSizeSoForksCannotMultiplyIt() {
        // The parent holds ≈3 MiB of an 8 MiB sandbox: one child that never allocates fits, a second
        // copy would not. Counted only once they allocated, forks would go on to the process limit.
        Sandbox s = sandbox(wide(8L << 20, 0, 0, 0));
        Process p = s.start("copias.py", """
                import os, sys
                lastre = [bytes(100_000) for _ in range(30)]
                hijos = []
                try:
                    for _ in range(31):
                        pid = os.fork()
                        if pid == 0:
                            sys.stdin.readline()
                            os._exit(0)
                        hijos.append(pid)
                except OSError as e:
                    print(len(hijos), e.strerror)
                for pid in hijos:
                    os.kill(pid, 9)
                    os.waitpid(pid, 0)
                """, new String[0]);
        s.runToCompletion(p);

        assertThat(console.stdout.toString()).isEqualTo("1 Cannot allocate memory\n");
    }

    @Test
    void aForkWhoseCopyWouldNotFitIsEnomem() {
        Sandbox s = sandbox(wide(8L << 20, 0, 0, 0));
        Process p = s.start("copia.py", """
                import os
                data = [bytes(100_000) for _ in range(50)]
                try:
                    os.fork()
                except OSError as e:
                    print(type(e).__name__, e.errno, e.strerror)
                """, new String[0]);
        s.runToCompletion(p);

        assertThat(console.stdout.toString()).isEqualTo("OSError 12 Cannot allocate memory\n");
    }

    @Test
    void threadsPastTheSandboxsLimitCannotStart() {
        Sandbox s = sandbox(wide(0, 10, 0, 0));
        Process p = s.start("hilos.py", """
                import threading
                stop = threading.Event()
                started = 0
                try:
                    for _ in range(1000):
                        threading.Thread(target=stop.wait, daemon=True).start()
                        started += 1
                except RuntimeError as e:
                    print(started, e)
                stop.set()
                """, new String[0]);
        s.runToCompletion(p);

        // The main thread is one of the ten.
        assertThat(console.stdout.toString()).isEqualTo("9 can't start new thread\n");
    }

    @Test
    void endedThreadsLeaveTheProcesssTable() {
        Sandbox s = sandbox(wide(0, 10, 0, 0));
        Process p = s.start("muchos.py", """
                import threading
                for _ in range(100):
                    t = threading.Thread(target=lambda: None)
                    t.start()
                    t.join()
                print('ok')
                """, new String[0]);
        s.runToCompletion(p);

        assertThat(console.stdout.toString()).isEqualTo("ok\n");
        assertThat(p.tasks()).hasSize(1);
    }

    @Test
    void socketsOverAllProcessesPastTheSandboxsFileTableAreEnfile() {
        // 64 descriptors per process, 12 open files in the sandbox: the third child finds the table full.
        Sandbox s = sandbox(wide(0, 0, 12, 0));
        Process parent = s.start("muchos.py", """
                import os, socket
                for _ in range(3):
                    if os.fork() == 0:
                        held = []
                        try:
                            for _ in range(5):
                                held.append(socket.socket())
                        except OSError as e:
                            print(os.getpid(), len(held), e.errno)
                        os._exit(0)
                    os.wait()
                """, new String[0]);
        s.runToCompletion(parent);

        // Children run one after another and their sockets close as they end: nobody reaches 12.
        assertThat(console.stdout.toString()).isEmpty();

        console.stdout.setLength(0);
        Process together = s.start("juntos.py", """
                import os, socket, time
                mine = [socket.socket() for _ in range(4)]
                for _ in range(3):
                    if os.fork() == 0:
                        held = []
                        try:
                            for _ in range(5):
                                held.append(socket.socket())
                        except OSError as e:
                            print(len(held), e.errno, e.strerror)
                        time.sleep(0.2)
                        os._exit(0)
                for _ in range(3):
                    os.wait()
                """, new String[0]);
        s.runToCompletion(together);

        // The parent's 4 are shared with every child (one open file each), then 5 + 3 new ones fit in 12.
        assertThat(console.stdout.toString()).isEqualTo("3 23 Too many open files in system\n0 23 Too many open files in system\n");
    }

    @Test
    void realDescriptorsPastTheSandboxsShareAreEnfile() {
        Sandbox s = sandbox(wide(0, 0, 0, 3));
        Process p = s.start("escucha.py", """
                import socket
                held = []
                try:
                    for port in range(5000, 5010):
                        l = socket.socket()
                        l.bind(('127.0.0.1', port))
                        l.listen()
                        held.append(l)
                except OSError as e:
                    print(len(held), e.errno)
                """, new String[0]);
        s.runToCompletion(p);

        assertThat(console.stdout.toString()).isEqualTo("3 23\n");
    }

    @Test
    void theServerGuardRefusesSocketsForksAndRunsWhenTheServerIsShort() {
        Sandbox s = sandbox(KernelLimits.sandbox());
        Process p = s.start("corto.py", """
                import socket
                try:
                    socket.socket()
                except OSError as e:
                    print(e.errno)
                """, new String[0]);
        s.setServerGuard(new ServerGuard(() -> 0, () -> 0.95, 0.85, 0.8));
        s.runToCompletion(p);
        assertThat(console.stdout.toString()).isEqualTo("23\n");

        Sandbox short_ = sandbox(KernelLimits.sandbox());
        short_.setServerGuard(new ServerGuard(() -> 0.9, () -> 0, 0.85, 0.8));
        assertThatThrownBy(() -> short_.start("nuevo.py", "print(1)\n", new String[0]))
                .isInstanceOf(ServerGuard.Refused.class);
    }

    @Test
    void printingPastTheOutputCapSlowsTheSandboxUntilTheNextSecond() {
        Sandbox s = sandbox(new KernelLimits(32, 64).withSandboxWide(0, 0, 0, 0, 1000));
        s.start("habla.py", "for i in range(5000):\n    print('x')\nprint('fin')\n", new String[0]);
        while (!s.throttled() && s.runOnce()) {
            // Until the cap stops it.
        }
        assertThat(s.throttled()).isTrue();
        assertThat(console.stdout.toString()).doesNotContain("fin");

        clock.advance(java.time.Duration.ofMillis(999));
        assertThat(s.throttled()).as("the same second").isTrue();
        clock.advance(java.time.Duration.ofMillis(1));
        assertThat(s.throttled()).as("the next second").isFalse();
    }

    @Test
    void sourceTooDeeplyNestedForTheCompilerIsTheProgramsErrorNotTheThreads() {
        Sandbox s = sandbox(KernelLimits.sandbox());
        Process p = s.start("hondo.py", "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n", new String[0]);

        assertThat(p.ended()).isTrue();
        assertThat(p.status()).isEqualTo(1 << 8);
        assertThat(console.stderr.toString()).containsAnyOf("RecursionError", "SyntaxError");
    }
}
