package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.sandbox.PoolEvents.console;
import static org.enchufe.sandbox.PoolEvents.exited;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.Awaitility;
import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ServerGuard;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The stop seam under every state a program can be in when the student presses kill, Ctrl-C or
 * reset: spinning, blocked in a call, deep inside a long builtin or a sort's key function,
 * printing, with threads, with forked children. Each pairing must end what it names, and the
 * pool's two workers must still answer another student's {@code print('pong')} afterwards.
 * Driven by the program's own "ready" on its console, never by timing; the waits' limits only
 * keep a broken build from hanging.
 */
class StopSeamStressTest {

    private static SandboxPool pool;

    @BeforeAll
    static void open() {
        pool = new SandboxPool(new SandboxPool.Settings(2, 20, Duration.ofMinutes(5), Limits.sandbox(),
                KernelLimits.sandbox(), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ZERO, ServerGuard.NONE));
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    enum Stop { KILL, CTRL_C, RESET }

    private static final List<String> STATES = List.of(
            "while True:\n    pass\n",
            "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 7000))\ns.listen()\nprint('ready')\ns.accept()\n",
            "import socket\na, b = socket.socketpair()\nprint('ready')\na.recv(10)\n",
            "import time\nprint('ready')\ntime.sleep(100000)\n",
            "needle = 'a' * 100000 + 'b'\nhay = 'a' * 3000000\nprint('ready')\nwhile True:\n    needle in hay\n",
            "big = 7 ** 300000\nprint('ready')\nwhile True:\n    big * big\n",
            "print('ready')\nwhile True:\n    sorted(range(200000), key=lambda v: -v)\n",
            "print('ready')\nwhile True:\n    print('x' * 200)\n",
            """
            import threading
            def spin():
                while True:
                    pass
            for _ in range(4):
                threading.Thread(target=spin, daemon=True).start()
            print('ready')
            while True:
                pass
            """,
            "import os\nfor _ in range(3):\n    if os.fork() == 0:\n        break\nprint('ready')\nwhile True:\n    pass\n",
            """
            def down(n):
                return down(n + 1)
            print('ready')
            while True:
                try:
                    down(0)
                except RecursionError:
                    pass
            """,
            "import select, socket\nl = socket.socket()\nl.bind(('127.0.0.1', 7001))\nl.listen()\nprint('ready')\nselect.select([l], [], [])\n");

    static Stream<Arguments> everyStateWithEveryStop() {
        return STATES.stream().flatMap(state -> Stream.of(Stop.values()).map(stop -> Arguments.of(stop, state)));
    }

    @ParameterizedTest(name = "{0} of program {index}")
    @MethodSource("everyStateWithEveryStop")
    void eachStopEndsWhatItNamesWhateverTheProgramIsDoing(Stop stop, String state) throws Exception {
        String source = state.startsWith("while True:\n    pass") ? "print('ready')\n" + state : state.stripIndent();
        String owner = "victima-" + Integer.toHexString(System.identityHashCode(source)) + "-" + stop;
        List<Event> events = new CopyOnWriteArrayList<>();
        LiveSandbox box = pool.open(owner, events::add);
        int pid = box.run(Program.of("estado.py", source)).get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> console(events).contains("ready"));

        switch (stop) {
            case KILL -> {
                box.kill(pid);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> exited(events, pid));
            }
            case CTRL_C -> {
                box.interrupt(pid);
                Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> exited(events, pid));
            }
            case RESET -> pool.dispose(owner).get(30, TimeUnit.SECONDS);
        }
        pool.dispose(owner).get(30, TimeUnit.SECONDS);

        assertThat(pong()).isEqualTo("pong\n");
        assertThat(pool.stats().dead()).isZero();
    }

    private static String pong() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        String owner = "inocente";
        int pid = pool.open(owner, events::add).run(Program.of("pong.py", "print('pong')\n")).get(10, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> exited(events, pid));
        pool.dispose(owner).get(30, TimeUnit.SECONDS);
        return console(events, "stdout");
    }

}
