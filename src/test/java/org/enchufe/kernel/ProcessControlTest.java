package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.events.SyscallEvent;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ctrl-C, kill and the sandbox's limits, as the workbench and the server need them. */
class ProcessControlTest {

    private final List<Event> events = new ArrayList<>();
    private final KernelDifferentialTest.RecordingConsole console = new KernelDifferentialTest.RecordingConsole();
    private final Sandbox sandbox = new Sandbox(console, events::add, Limits.sandbox(), new KernelLimits(4, 8),
            org.enchufe.kernel.net.Topology.DEFAULT, ManualClock.advancingWhenIdle());

    @AfterEach
    void dispose() {
        sandbox.dispose();
    }

    private void runUntilBlocked(Process p) {
        while (p.state() != ProcessState.BLOCKED) {
            sandbox.runOnce();
        }
    }

    @Test
    void ctrlCInterruptsABlockedAcceptWithKeyboardInterrupt() {
        Process server = sandbox.start("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                try:
                    s.accept()
                except KeyboardInterrupt:
                    print('interrumpido en accept')
                """, new String[0]);
        runUntilBlocked(server);

        assertThat(sandbox.interrupt(server.pid())).isTrue();
        sandbox.runToCompletion(server);

        assertThat(console.stdout.toString()).isEqualTo("interrumpido en accept\n");
        assertThat(server.status()).isZero();
    }

    @Test
    void anUncaughtKeyboardInterruptPrintsItsTracebackAndDiesOfSigint() {
        Process p = sandbox.start("bucle.py", "import time\nwhile True:\n    time.sleep(1)\n", new String[0]);
        runUntilBlocked(p);

        sandbox.interrupt(p.pid());
        int exit = sandbox.runToCompletion(p);

        assertThat(exit).isEqualTo(130);
        assertThat(p.status()).isEqualTo(2);
        assertThat(console.stderr.toString()).startsWith("Traceback (most recent call last):\n")
                .contains("line 3, in <module>").endsWith("KeyboardInterrupt\n");
    }

    @Test
    void ctrlCStopsABusyLoopToo() {
        Process p = sandbox.start("busy.py", "n = 0\nwhile True:\n    n += 1\n", new String[0]);
        sandbox.runOnce();
        sandbox.interrupt(p.pid());
        assertThat(sandbox.runToCompletion(p)).isEqualTo(130);
    }

    @Test
    void killEndsAProcessAtOnceAndClosesItsSockets() {
        Process p = sandbox.start("s.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                s.accept()
                """, new String[0]);
        runUntilBlocked(p);
        StreamSocket listener = (StreamSocket) p.descriptors().get(3);

        assertThat(sandbox.kill(p.pid(), Signal.SIGKILL)).isTrue();

        assertThat(p.ended()).isTrue();
        assertThat(p.status()).isEqualTo(9);
        assertThat(listener.isClosed()).isTrue();
        assertThat(sandbox.kill(p.pid(), Signal.SIGKILL)).isFalse();
    }

    @Test
    void aProcessThatKillsItselfStopsThereWithItsSignal() {
        Process p = sandbox.start("suicida.py", "import os, signal\nprint('antes')\nos.kill(os.getpid(), signal.SIGKILL)\nprint('nunca')\n",
                new String[0]);
        assertThat(sandbox.runToCompletion(p)).isEqualTo(128 + 9);
        assertThat(console.stdout.toString()).isEqualTo("antes\n");
        assertThat(p.status()).isEqualTo(9);
    }

    @Test
    void forkingPastTheProcessLimitFailsWithEagain() {
        Process p = sandbox.start("bomba.py", """
                import os
                hijos = 0
                try:
                    while True:
                        if os.fork() == 0:
                            import time
                            time.sleep(5)
                            os._exit(0)
                        hijos += 1
                except BlockingIOError as e:
                    print(hijos, e)
                """, new String[0]);
        while (!p.ended() && !console.stdout.toString().contains("\n")) {
            sandbox.runOnce();
        }
        assertThat(console.stdout.toString()).isEqualTo("3 [Errno 11] Resource temporarily unavailable\n");
        assertThat(events).filteredOn(SyscallEvent.class::isInstance).map(e -> ((SyscallEvent) e).decidedBy().name())
                .contains("SANDBOX");
    }

    @Test
    void openingPastTheDescriptorLimitFailsWithEmfile() {
        Process p = sandbox.start("fds.py", """
                import socket
                abiertos = []
                try:
                    while True:
                        abiertos.append(socket.socket())
                except OSError as e:
                    print(len(abiertos), e)
                """, new String[0]);
        sandbox.runToCompletion(p);
        assertThat(console.stdout.toString()).isEqualTo("5 [Errno 24] Too many open files\n");
    }

    @Test
    void aSandboxOverItsCpuCapIsSlowedUntilTheNextSecondNotStopped() {
        // Each second of the cap passes only when the sandbox has nothing left to do in this one.
        ManualClock clock = ManualClock.advancingWhenIdle();
        Sandbox capped = new Sandbox(console, e -> { }, Limits.sandbox(), new KernelLimits(4, 8, 1 << 20, 200_000),
                org.enchufe.kernel.net.Topology.DEFAULT, clock);
        Process p = capped.start("bucle.py", "n = 0\nfor i in range(150_000):\n    n += i\nprint(n)\n", new String[0]);
        boolean held = false;
        for (int i = 0; i < 100 && !held; i++) {
            capped.runOnce();
            held = !capped.hasReady() && !p.ended();
        }

        assertThat(held).as("the loop uses up its second's instructions and waits").isTrue();
        assertThat(clock.nanoTime()).as("still the first second").isZero();
        assertThat(capped.runToCompletion(p)).isZero();
        assertThat(console.stdout.toString()).contains("11249925000");
        assertThat(clock.nanoTime()).as("it ran over several seconds of the cap").isGreaterThanOrEqualTo(1_000_000_000L);
        capped.dispose();
    }

    @Test
    void aThrottledProcessSaysSoInTheSnapshot() {
        Sandbox capped = new Sandbox(console, e -> { }, Limits.sandbox(), new KernelLimits(4, 8, 1 << 20, 50_000),
                org.enchufe.kernel.net.Topology.DEFAULT, ManualClock.stopped());
        capped.start("bucle.py", "while True:\n    pass\n", new String[0]);
        for (int i = 0; i < 10; i++) {
            capped.runOnce();
        }

        assertThat(capped.hasReady()).isFalse();
        assertThat(capped.snapshot().processes().getFirst().throttled()).isTrue();
        capped.dispose();
    }

    @Test
    void aLineLongerThanTheProcessMayHoldIsAMemoryErrorNotTheServersMemory() {
        Sandbox small = new Sandbox(console, e -> { }, new Limits(0, 1000, 1 << 20, 1 << 20), new KernelLimits(4, 8));
        Process p = small.start("linea.py", """
                import os, socket
                a, b = socket.socketpair()
                if os.fork() == 0:
                    a.close()
                    try:
                        for _ in range(64):
                            b.sendall(b'x' * 65536)
                    except OSError:
                        pass
                    os._exit(0)
                b.close()
                f = a.makefile('rb')
                try:
                    f.readline()
                except MemoryError:
                    print('MemoryError')
                a.close()
                f.close()
                """, new String[0]);

        small.runToCompletion(p);
        assertThat(console.stdout.toString()).isEqualTo("MemoryError\n");
        small.dispose();
    }
}
