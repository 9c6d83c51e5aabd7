package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.sandbox.PoolEvents.exited;
import static org.enchufe.sandbox.PoolEvents.stateOf;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ProcessState;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SandboxPoolTest {

    private final SandboxPool pool = new SandboxPool(
            new SandboxPool.Settings(2, 100, Duration.ofMinutes(5), Limits.sandbox(), KernelLimits.sandbox()));

    @AfterEach
    void close() {
        pool.close();
    }

    private static String stdout(List<Event> events, int pid) {
        StringBuilder out = new StringBuilder();
        for (Event e : events) {
            if (e instanceof ConsoleEvent c && c.pid() == pid && c.stream().equals("stdout")) {
                out.append(c.text());
            }
        }
        return out.toString();
    }

    @Test
    void aServerAndAClientInTwoProcessesTalkThroughThePool() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        LiveSandbox box = pool.open("ana", events::add);
        int server = box.run(Program.of("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen()
                c, _ = s.accept()
                print(c.recv(100))
                """)).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() ->
                stateOf(box, server) == ProcessState.BLOCKED);
        int client = box.run(Program.of("cliente.py", """
                import socket
                socket.create_connection(('127.0.0.1', 5000)).sendall(b'hola')
                """)).get(5, TimeUnit.SECONDS);

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, server) && exited(events, client));
        assertThat(stdout(events, server)).isEqualTo("b'hola'\n");
    }

    @Test
    void theHostsEchoServiceAnswersThroughTheSharedSelector() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        LiveSandbox box = pool.open("eco", events::add);
        int pid = box.run(Program.of("eco.py", """
                import socket, time
                c = socket.create_connection(('localhost', 7))
                time.sleep(0.05)
                c.sendall(b'uno')
                print(c.recv(10))
                """)).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        assertThat(stdout(events, pid)).isEqualTo("b'uno'\n");
    }

    @Test
    void blockedSandboxesHoldNoWorker() throws Exception {
        List<LiveSandbox> waiting = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            LiveSandbox box = pool.open("s" + i, e -> { });
            box.run(Program.of("espera.py", "import socket\ns = socket.socket()\ns.bind(('', 5000))\ns.listen()\ns.accept()\n"))
                    .get(5, TimeUnit.SECONDS);
            waiting.add(box);
        }
        for (LiveSandbox box : waiting) {
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stateOf(box, 1000) == ProcessState.BLOCKED);
        }

        List<Event> events = new CopyOnWriteArrayList<>();
        int pid = pool.open("libre", events::add).run(Program.of("hola.py", "print('sigo vivo')\n")).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        assertThat(stdout(events, pid)).isEqualTo("sigo vivo\n");
    }

    @Test
    void typedLinesReachInputAndCtrlCReachesABlockedProcess() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        LiveSandbox box = pool.open("eva", events::add);
        int echo = box.run(Program.of("eco.py", "print('dijiste', input('> '))\n")).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stateOf(box, echo) == ProcessState.BLOCKED);
        box.type(echo, "hola");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, echo));
        assertThat(stdout(events, echo)).isEqualTo("> dijiste hola\n");

        int sleeper = box.run(Program.of("duerme.py", "import time\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('despierto')\n"))
                .get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stateOf(box, sleeper) == ProcessState.BLOCKED);
        assertThat(box.interrupt(sleeper).get(5, TimeUnit.SECONDS)).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, sleeper));
        assertThat(stdout(events, sleeper)).isEqualTo("despierto\n");
    }

    @Test
    void aSandboxNobodyTouchesIsDisposedAndItsSocketsClosed() throws Exception {
        try (SandboxPool shortLived = new SandboxPool(
                new SandboxPool.Settings(1, 10, Duration.ofMillis(200), Limits.sandbox(), KernelLimits.sandbox()))) {
            LiveSandbox box = shortLived.open("olvidado", e -> { });
            box.run(Program.of("s.py", "import socket\ns = socket.socket()\ns.bind(('', 5000))\ns.listen()\ns.accept()\n"))
                    .get(5, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> shortLived.find("olvidado").isEmpty());
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> box.disposed);
        }
    }

    @Test
    void theServerRefusesMoreSandboxesThanItsLimit() {
        try (SandboxPool tiny = new SandboxPool(
                new SandboxPool.Settings(1, 2, Duration.ofMinutes(1), Limits.sandbox(), KernelLimits.sandbox()))) {
            tiny.open("a", e -> { });
            tiny.open("b", e -> { });
            assertThat(tiny.open("a", e -> { })).isSameAs(tiny.find("a").orElseThrow());
            assertThatThrownBy(() -> tiny.open("c", e -> { })).isInstanceOf(SandboxPool.FullException.class);
        }
    }
}
