package org.enchufe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.enchufe.StompBrowser.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The abuse suite: each attack a hostile student tried on the real server, over the same
 * WebSocket the page uses, on a server as small as the machine that found them (two sandbox
 * workers). For each, an innocent workspace sees nothing of the attacker, its {@code print('pong')}
 * answers, and the attacker's own kill takes effect. The waits are bounds on how long an answer may
 * take, never pauses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "enchufe.sandbox.workers=2",
        "enchufe.sandbox.max-sandboxes=200"})
@ActiveProfiles("test")
class ServerUnderAttackTest {

    /** How long the innocent may wait for its pong while the attack goes on. */
    static final Duration PONG = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private final List<StompBrowser> browsers = new ArrayList<>();

    private StompBrowser browser() {
        StompBrowser b = new StompBrowser(port);
        browsers.add(b);
        return b;
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(StompBrowser::close);
    }

    /** The innocent runs print('pong') and sees it answered while the attack goes on. */
    private void innocentIsServed() throws Exception {
        Tab innocent = browser().tab();
        String word = "pong-" + System.nanoTime();
        innocent.send("/app/sandbox/run", Map.of("file", "pong.py", "source", "print('" + word + "')\n"));
        innocent.await("the innocent's pong", PONG, m -> innocent.consoleText().contains(word + "\n"));
    }

    private static int pidOf(Tab tab, String program, String waitingIn) throws InterruptedException {
        Map<String, Object> m = tab.await(program + " in " + waitingIn, msg -> Tab.processes(msg).stream()
                .anyMatch(p -> program.equals(p.get("program")) && waitingIn.equals(String.valueOf(p.get("waitingIn")))));
        return Tab.processes(m).stream().filter(p -> program.equals(p.get("program"))).mapToInt(p -> ((Number) p.get("pid")).intValue())
                .max().orElseThrow();
    }

    private static boolean ended(Tab tab, int pid) {
        return tab.seen.stream().anyMatch(m -> Tab.processes(m).stream()
                .anyMatch(p -> ((Number) p.get("pid")).intValue() == pid && "EXITED".equals(p.get("state"))));
    }

    /** The pid of {@code program} once a snapshot shows it, running or — killed by the watchdog already — ended. */
    private static int pidStarted(Tab tab, String program) throws InterruptedException {
        Map<String, Object> m = tab.await(program + " started", msg -> Tab.processes(msg).stream()
                .anyMatch(p -> program.equals(p.get("program"))));
        return Tab.processes(m).stream().filter(p -> program.equals(p.get("program"))).mapToInt(p -> ((Number) p.get("pid")).intValue())
                .max().orElseThrow();
    }

    private static void killAndSeeItEnd(Tab tab, int pid) throws InterruptedException {
        if (ended(tab, pid)) {
            // The server's own watchdog ended it first (one builtin call past its time on a loaded
            // machine): what a student's kill would have done, done without asking.
            return;
        }
        tab.send("/app/sandbox/kill", Map.of("pid", pid));
        tab.await("the attacker's process " + pid + " ends", m -> Tab.processes(m).stream()
                .anyMatch(p -> ((Number) p.get("pid")).intValue() == pid && "EXITED".equals(p.get("state"))));
    }

    // ---------------------------------------------------------------- 1. reading and forging traffic

    @ParameterizedTest
    @ValueSource(strings = {"/queue/**", "/queue/*", "/queue/sandbox", "/topic/**", "/**", "/user/**", "/app/**"})
    void aClientSubscribedToAPatternNeitherReadsOtherWorkspacesNorStaysConnected(String pattern) throws Exception {
        Tab victim = browser().tab();
        StompBrowser attackerBrowser = browser();
        attackerBrowser.get("/sandbox");
        Tab attacker = attackerBrowser.connect(attackerBrowser.cookies(), null);
        attacker.subscribe("/user/queue/sandbox");
        attacker.trySubscribe(pattern);
        String secret = "secreto-" + System.nanoTime();

        assertThat(attacker.error).as("the server refuses the subscription and ends the session")
                .succeedsWithin(PONG);

        victim.send("/app/sandbox/run", Map.of("file", "secreto.py", "source", "print('" + secret + "')\n"));
        victim.awaitConsole("the victim's own output", secret);
        assertThat(attacker.seen.toString()).doesNotContain(secret);
        innocentIsServed();
    }

    @Test
    void anotherWorkspacesUserDestinationIsNeitherReadableNorWritable() throws Exception {
        StompBrowser victimBrowser = browser();
        Tab victim = victimBrowser.tab();
        String victimName = victim.connected.get(10, TimeUnit.SECONDS).getFirst("user-name");
        String victimCookie = victimBrowser.cookie("enchufe-workspace").orElseThrow();
        for (String name : new String[] {victimName, victimCookie}) {
            if (name == null) {
                continue;
            }
            StompBrowser attackerBrowser = browser();
            attackerBrowser.get("/sandbox");
            Tab attacker = attackerBrowser.connect(attackerBrowser.cookies(), null);
            attacker.trySubscribe("/user/" + name + "/queue/sandbox");
            attacker.trySend("/user/" + name + "/queue/sandbox",
                    Map.of("type", "files", "files", List.of(Map.of("name", "servidor.py", "source", "print('forjado')\n"))));
            attacker.trySend("/queue/sandbox-user" + name, Map.of("type", "files", "files", List.of()));
            String secret = "secreto-" + System.nanoTime();
            victim.send("/app/sandbox/run", Map.of("file", "secreto.py", "source", "print('" + secret + "')\n"));
            victim.awaitConsole("the victim's own output", secret);
            victim.sync();
            assertThat(victim.seen.toString()).doesNotContain("forjado");
            assertThat(attacker.seen.toString()).doesNotContain(secret);
        }
        innocentIsServed();
    }

    @Test
    void theConnectedFrameDoesNotCarryTheWorkspaceCookie() throws Exception {
        StompBrowser b = browser();
        Tab tab = b.tab();
        String cookie = b.cookie("enchufe-workspace").orElseThrow();

        String userName = tab.connected.get(10, TimeUnit.SECONDS).getFirst("user-name");

        assertThat(userName == null ? "" : userName).doesNotContain(cookie);
    }

    // ---------------------------------------------------------------- 2. one slow operation

    @ParameterizedTest
    @ValueSource(strings = {
            "while True:\n    ('a' * 100000 + 'b') in 'a' * 2_000_000\n",
            "while True:\n    (b'a' * 100000 + b'b') in b'a' * 2_000_000\n",
            "while True:\n    ('a' * 2_000_000).count('a' * 99999 + 'b')\n",
            "while True:\n    pow(7, 10 ** 40, 10 ** 20000 + 7)\n",
            "x = 3 ** 200000\nwhile True:\n    y = x * x\n",
            "while True:\n    sorted(list(range(2_000_000, 0, -1)))\n",
            "while True:\n    ('ab' * 1_000_000).replace('ab', 'ba')\n",
            "s = 'a' * 100_000\nL = ['a' * 99_999 + 'b'] * 1_000\nwhile True:\n    s in L\n",
            "x = 1 << 1_000_000\ny = (1 << 100_000) - 1\nwhile True:\n    q, r = divmod(x, y)\n",
            "x = 1 << 4_000_000\nwhile True:\n    h = hex(x)\n"})
    void aSlowBuiltinInEveryWorkerStallsNobodyAndItsKillWorks(String program) throws Exception {
        List<Tab> attackers = new ArrayList<>();
        List<Integer> pids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Tab attacker = browser().tab();
            attacker.send("/app/sandbox/run", Map.of("file", "lento.py", "source", program));
            attackers.add(attacker);
            pids.add(pidStarted(attacker, "lento.py"));
        }

        innocentIsServed();

        for (int i = 0; i < attackers.size(); i++) {
            killAndSeeItEnd(attackers.get(i), pids.get(i));
        }
    }

    // ---------------------------------------------------------------- 3. deep nesting

    static List<String> deepPrograms() {
        return List.of(
                "x = " + "(".repeat(300) + "1" + ")".repeat(300) + "\n",
                "x = " + "[".repeat(300) + "]".repeat(300) + "\n",
                "x = " + "-".repeat(49_000) + "1\n",
                "x = " + "not ".repeat(12_000) + "1\n",
                "x = 1" + "+1".repeat(24_000) + "\n",
                "x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n" + "y = " + "{'k': ".repeat(1_000) + "1" + "}".repeat(1_000) + "\n",
                "a = []\nfor _ in range(200_000):\n    a = [a]\nprint(a)\n",
                "a = []\nb = []\nfor _ in range(200_000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
                "def f(n):\n    return f(n + 1)\nf(0)\n");
    }

    @ParameterizedTest
    @MethodSource("deepPrograms")
    void deepNestingEndsOnlyItsOwnProgramAndEveryWorkerLives(String program) throws Exception {
        Tab attacker = browser().tab();
        for (int i = 0; i < 4; i++) {
            attacker.send("/app/sandbox/run", Map.of("file", "hondo" + i + ".py", "source", program));
        }
        attacker.await("every deep program ended", m -> Tab.processes(m).size() >= 4
                && Tab.processes(m).stream().allMatch(p -> "EXITED".equals(p.get("state"))));
        assertThat(attacker.consoleText()).containsAnyOf("SyntaxError", "RecursionError", "MemoryError")
                .doesNotContain("SystemError", "java.", "StackOverflow");

        innocentIsServed();
    }

    // ---------------------------------------------------------------- 4, 5. memory and threads

    @Test
    void forkedChildrenFillingListsCannotTakeTheHeap() throws Exception {
        Tab attacker = browser().tab();
        attacker.send("/app/sandbox/run", Map.of("file", "bomba.py", "source", """
                import os
                hijos = 0
                for i in range(31):
                    try:
                        if os.fork() == 0:
                            datos = []
                            try:
                                while True:
                                    datos.append([i] * 100_000)
                            except MemoryError:
                                print('MemoryError en', os.getpid())
                                os._exit(1)
                        hijos += 1
                    except OSError as e:
                        print('fork:', e)
                        break
                for _ in range(hijos):
                    os.wait()
                print('fin de la bomba')
                """));
        attacker.awaitConsole("the sandbox's memory limit bites a child", "MemoryError en");

        innocentIsServed();

        attacker.send("/app/sandbox/reset", "");
        attacker.await("the reset ends the bomb, children and all", m -> "state".equals(m.get("type")) && Tab.processes(m).isEmpty());
    }

    @Test
    void threadsWithoutEndAreRefusedAsCPythonRefusesThem() throws Exception {
        Tab attacker = browser().tab();
        attacker.send("/app/sandbox/run", Map.of("file", "hilos.py", "source", """
                import threading
                n = 0
                try:
                    while True:
                        threading.Thread(target=input, daemon=True).start()
                        n += 1
                except RuntimeError as e:
                    print('hilos:', n > 0, e)
                """));
        attacker.awaitConsole("thread creation is refused", "hilos: True can't start new thread");

        innocentIsServed();
    }

    // ---------------------------------------------------------------- 6. invented workspaces

    @Test
    void inventedWorkspaceIdsGetNoSandboxAtAll() throws Exception {
        for (int i = 0; i < 60; i++) {
            String invented = String.format("%022d", i).replace('0', 'A');
            StompBrowser intruder = browser();
            assertThatThrownBy(() -> intruder.connect("enchufe-workspace=" + invented, "/user/queue/sandbox"))
                    .as("an invented workspace is refused at the handshake").hasStackTraceContaining("403");
            assertThatThrownBy(() -> intruder.connect("enchufe-workspace=" + invented + ".c2lnbmF0dXJh", "/user/queue/sandbox"))
                    .as("a forged signature is refused at the handshake").hasStackTraceContaining("403");
        }

        innocentIsServed();
    }

    // ---------------------------------------------------------------- 7. descriptors

    @Test
    void listeningSocketsOfManyProcessesCannotExhaustTheServersDescriptors() throws Exception {
        Tab attacker = browser().tab();
        attacker.send("/app/sandbox/run", Map.of("file", "fds.py", "source", """
                import os, socket
                abiertos = []
                for i in range(31):
                    if os.fork() == 0:
                        break
                try:
                    while True:
                        s = socket.socket()
                        s.bind(('127.0.0.1', 0))
                        s.listen(1)
                        abiertos.append(s)
                except OSError as e:
                    print('límite', os.getpid(), e.errno)
                    os._exit(0)
                """));
        attacker.awaitConsole("the attacker meets its own limit", "límite");

        Tab innocent = browser().tab();
        innocent.send("/app/sandbox/run", Map.of("file", "servidor.py", "source", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5000))
                s.listen(5)
                print('escuchando')
                """));
        innocent.awaitConsole("the innocent's listen works", "escuchando");
    }

    // ---------------------------------------------------------------- 9. the smaller ones

    @Test
    void aNetworkCommandWithoutANetworkIsAProblemNotAnException() throws Exception {
        Tab tab = browser().tab();

        tab.send("/app/sandbox/network", Map.of());

        tab.await("a problem", m -> "problem".equals(m.get("type")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sandbox", "/ws", "/"})
    void aMalformedOriginIsABadRequestWithoutAStackTrace(String path) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Origin", "http://127.0.0.1:" + port + ".evil.com").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isBetween(400, 403);
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = browser().get("/sandbox");

        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString().contains("frame-ancestors");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).isPresent();
    }

    @Test
    void prometheusIsNotPublic() throws Exception {
        HttpResponse<String> metrics = browser().get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isIn(401, 403, 404);
    }

    /** Every attack starts on a ready server: the previous one's stopped calls have handed their workers back. */
    @BeforeEach
    void serverIsReady() throws Exception {
        StompBrowser b = browser();
        // Waits on the answer itself; PONG only guards against a server that never recovers.
        org.awaitility.Awaitility.await("readiness UP again").atMost(PONG).pollInterval(Duration.ofMillis(50))
                .until(() -> b.get("/actuator/health/readiness").statusCode() == 200);
    }
}
