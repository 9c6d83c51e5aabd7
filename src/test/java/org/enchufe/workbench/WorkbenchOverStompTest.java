package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** The workbench's STOMP contract, spoken by plain STOMP clients carrying workspace cookies. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WorkbenchOverStompTest {

    @LocalServerPort
    int port;

    @Autowired
    DraftRepository drafts;

    @Autowired
    WorkspaceIds ids;

    private WebSocketStompClient client;

    @BeforeEach
    void createClient() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        // Text is sent as it is (sendText: frames exactly as a hostile page would write them); the rest as JSON.
        StringMessageConverter text = new StringMessageConverter() {
            {
                addSupportedMimeTypes(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            }
        };
        client.setMessageConverter(new org.springframework.messaging.converter.CompositeMessageConverter(
                List.of(text, new JacksonJsonMessageConverter())));
    }

    @AfterEach
    void stopClient() {
        client.stop();
    }

    @Test
    void aServerAndAClientRunAsTwoProcessesAndTheirOutputArrives() throws Exception {
        Tab tab = open(ids.mint().id());

        tab.send("/app/sandbox/run", Map.of("file", "servidor.py", "source", Drafts.SERVER));
        tab.await("the server blocks in accept", m -> processes(m).stream()
                .anyMatch(p -> "servidor.py".equals(p.get("program")) && "accept".equals(p.get("waitingIn"))));
        tab.send("/app/sandbox/run", Map.of("file", "cliente.py", "source", Drafts.CLIENT));

        tab.await("the client prints the answer", m -> consoleText(tab.seen).contains("Respuesta: b'HOLA, SERVIDOR'\n"));
        assertThat(consoleText(tab.seen)).contains("Esperando conexiones en el puerto 5000...\n",
                "Conexión desde ('127.0.0.1', ", "Recibido: b'hola, servidor'\n");
        assertThat(syscalls(tab.seen)).contains("listen(3, 5) = 0",
                "connect(3, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0");
        tab.awaitSeen("both processes exit", seen -> processes(lastSnapshot(seen)).size() == 2
                && processes(lastSnapshot(seen)).stream().allMatch(p -> "EXITED".equals(p.get("state"))));
    }

    @Test
    void aWorkspaceSwitchesToTheLabNetworkAndRunsEachFileOnTheHostItChose() throws Exception {
        Tab tab = open(ids.mint().id());

        tab.send("/app/sandbox/network", Map.of("network", "../application"));
        tab.await("an unknown network is a problem", m -> "problem".equals(m.get("type")) && "no-such-network".equals(m.get("code")));
        tab.send("/app/sandbox/network", Map.of("network", "laboratorio"));
        tab.await("the state of the new sandbox names its hosts", m -> "state".equals(m.get("type"))
                && m.get("snapshot").toString().contains("topology=laboratorio"));
        tab.send("/app/sandbox/run", Map.of("file", "h.py", "source", "import socket\nprint('hola', socket.gethostname())\n",
                "host", "nadie"));
        tab.await("an unknown host is a problem", m -> "problem".equals(m.get("type")) && "no-such-host".equals(m.get("code")));
        tab.send("/app/sandbox/run", Map.of("file", "h.py", "source", "import socket\nprint('hola', socket.gethostname())\n",
                "host", "servidor"));

        tab.await("it ran on servidor", m -> consoleText(tab.seen).contains("hola servidor\n"));
        tab.send("/app/sandbox/call", Map.of("file", "llamadas.py",
                "statements", java.util.List.of("import socket", "print('llamada en', socket.gethostname())"), "host", "base-de-datos"));
        tab.await("click-to-call ran on base-de-datos", m -> consoleText(tab.seen).contains("llamada en base-de-datos\n"));
    }

    /** Click-to-call keeps the file running cleanly: a call joins it when it returned, never when it raised. */
    @Test
    void aCallThatRaisedIsNotAddedToTheFileAndTheStudentIsTold() throws Exception {
        String workspace = ids.mint().id();
        Tab tab = open(workspace);
        tab.send("/app/sandbox/call", Map.of("file", "paso.py", "statements", List.of("import socket", "s = socket.socket()")));
        tab.await("the call that returned is in the file", m -> "files".equals(m.get("type"))
                && m.toString().contains("import socket\ns = socket.socket()\n"));
        tab.send("/app/sandbox/call", Map.of("file", "paso.py", "statements", List.of("s.connect(('127.0.0.1', 5999))")));
        tab.await("the student is told the failed call was left out",
                m -> "problem".equals(m.get("type")) && "call-failed".equals(m.get("code")));
        tab.awaitSeen("the traceback in its console", seen -> consoleText(seen).contains("ConnectionRefusedError"));
        assertThat(drafts.findByWorkspaceAndFilename(workspace, "paso.py")).get()
                .extracting(Draft::source).isEqualTo("import socket\ns = socket.socket()\n");
    }

    @Test
    void everyTabOfAWorkspaceSeesItsSandboxAndNoOtherWorkspaceDoes() throws Exception {
        String workspace = ids.mint().id();
        Tab first = open(workspace);
        Tab second = open(workspace);
        Tab stranger = open(ids.mint().id());

        first.send("/app/sandbox/run", Map.of("file", "hola.py", "source", "print('hola desde', 'la pestaña 1')\n"));

        second.await("the other tab sees the output", m -> consoleText(second.seen).contains("hola desde la pestaña 1\n"));
        // The output went out to the workspace's tabs before the second one saw it; a state the stranger
        // asks for now comes after anything misrouted to it then would have.
        stranger.sync();
        assertThat(consoleText(stranger.seen)).isEmpty();
        assertThat(drafts.findByWorkspaceAndFilename(workspace, "hola.py")).get()
                .extracting(Draft::source).isEqualTo("print('hola desde', 'la pestaña 1')\n");
    }

    @Test
    void aPageThatConnectsLaterGetsTheConsolesAndTablesAsTheyAre() throws Exception {
        String workspace = ids.mint().id();
        Tab first = open(workspace);
        first.send("/app/sandbox/run", Map.of("file", "eco.py", "source", "print('listo')\nlinea = input()\nprint('leí', linea)\n"));
        first.await("the program waits for input", m -> processes(m).stream().anyMatch(p -> "input".equals(p.get("waitingIn"))));

        Tab later = open(workspace);
        later.send("/app/sandbox/hello", "");
        Map<String, Object> state = later.await("the state", m -> "state".equals(m.get("type")));

        assertThat(state.get("consoles").toString()).contains("listo");
        int pid = ((Number) processes(state).getFirst().get("pid")).intValue();
        later.send("/app/sandbox/stdin", Map.of("pid", pid, "text", "<b>hola</b>"));
        first.await("the line is echoed and read", m -> consoleText(first.seen).contains("leí <b>hola</b>\n"));
        assertThat(consoleText(first.seen)).contains("<b>hola</b>\n");
    }

    @Test
    void ctrlCInterruptsABlockedServer() throws Exception {
        Tab tab = open(ids.mint().id());
        tab.send("/app/sandbox/run", Map.of("file", "servidor.py", "source", Drafts.SERVER));
        Map<String, Object> blocked = tab.await("accept", m -> processes(m).stream().anyMatch(p -> "accept".equals(p.get("waitingIn"))));
        int pid = ((Number) processes(blocked).getFirst().get("pid")).intValue();

        tab.send("/app/sandbox/interrupt", Map.of("pid", pid));

        tab.await("KeyboardInterrupt", m -> consoleText(tab.seen).contains("KeyboardInterrupt\n"));
        tab.awaitSeen("it ended", seen -> processes(lastSnapshot(seen)).stream().allMatch(p -> "EXITED".equals(p.get("state"))));
    }

    @Test
    void stepModeStopsAtEachLine() throws Exception {
        Tab tab = open(ids.mint().id());
        tab.send("/app/sandbox/run", Map.of("file", "pasos.py", "source", "a = 1\nb = 2\nprint(a + b)\n", "step", true));
        Map<String, Object> stopped = tab.await("stopped at line 1", m -> processes(m).stream()
                .anyMatch(p -> "STOPPED".equals(p.get("state")) && Integer.valueOf(1).equals(p.get("line"))));
        int pid = ((Number) processes(stopped).getFirst().get("pid")).intValue();

        tab.send("/app/sandbox/step", Map.of("pid", pid));
        tab.await("stopped at line 2", m -> processes(m).stream().anyMatch(p -> Integer.valueOf(2).equals(p.get("line"))));
        tab.send("/app/sandbox/continue", Map.of("pid", pid));
        tab.await("it printed", m -> consoleText(tab.seen).contains("3\n"));
    }

    @Test
    void badCommandsAreAnsweredWithAProblemAndTheConnectionStaysUp() throws Exception {
        Tab tab = open(ids.mint().id());

        tab.send("/app/sandbox/run", Map.of("file", "../../etc/passwd", "source", "print(1)"));
        assertThat(tab.await("bad name", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("file-name-invalid");
        tab.send("/app/sandbox/kill", Map.of("pid", 4242));
        assertThat(tab.await("no such process", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("no-such-process");
        tab.sendText("/app/sandbox/stdin", "{not json");
        assertThat(tab.await("malformed", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("malformed");
        tab.send("/app/sandbox/run", Map.of("file", "grande.py", "source", "#".repeat(Drafts.MAX_SOURCE + 1)));
        assertThat(tab.await("too big", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("file-too-big");
        tab.sendText("/app/sandbox/network", "{}");
        assertThat(tab.await("no network named", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("no-such-network");
        tab.sendText("/app/sandbox/save", "{}");
        assertThat(tab.await("no file named", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("file-name-empty");

        tab.send("/app/sandbox/run", Map.of("file", "bien.py", "source", "print('sigo vivo')"));
        tab.await("still works", m -> consoleText(tab.seen).contains("sigo vivo\n"));
    }

    @Test
    void resetEndsEveryProcessAndStartsAnEmptySandbox() throws Exception {
        Tab tab = open(ids.mint().id());
        tab.send("/app/sandbox/run", Map.of("file", "servidor.py", "source", Drafts.SERVER));
        tab.await("listening", m -> processes(m).stream().anyMatch(p -> "accept".equals(p.get("waitingIn"))));

        tab.send("/app/sandbox/reset", "");

        tab.await("an empty state", m -> "state".equals(m.get("type")) && processes(m).isEmpty());
        tab.send("/app/sandbox/run", Map.of("file", "servidor.py", "source", Drafts.SERVER));
        tab.await("port 5000 is free again", m -> processes(m).stream().anyMatch(p -> "accept".equals(p.get("waitingIn"))));
    }

    // ------------------------------------------------------------------ a STOMP "tab"

    private Tab open(String workspace) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", WorkspaceCookie.NAME + "=" + ids.cookieValue(workspace));
        StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", headers, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        Tab tab = new Tab(session);
        session.subscribe("/user/queue/sandbox", tab);
        tab.sync();
        return tab;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> processes(Map<String, Object> message) {
        Object snapshot = message.get("snapshot");
        if (!(snapshot instanceof Map<?, ?> s)) {
            return List.of();
        }
        return (List<Map<String, Object>>) s.get("processes");
    }

    /** The newest snapshot or state among the messages seen (an empty map when there is none). */
    static Map<String, Object> lastSnapshot(List<Map<String, Object>> messages) {
        Map<String, Object> last = Map.of();
        for (Map<String, Object> m : List.copyOf(messages)) {
            if (m.get("snapshot") != null) {
                last = m;
            }
        }
        return last;
    }

    @SuppressWarnings("unchecked")
    static String consoleText(List<Map<String, Object>> messages) {
        StringBuilder text = new StringBuilder();
        for (Map<String, Object> m : List.copyOf(messages)) {
            if ("events".equals(m.get("type"))) {
                for (Map<String, Object> e : (List<Map<String, Object>>) m.get("events")) {
                    if ("console".equals(e.get("kind"))) {
                        text.append(e.get("text"));
                    }
                }
            }
        }
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    static List<String> syscalls(List<Map<String, Object>> messages) {
        List<String> lines = new ArrayList<>();
        for (Map<String, Object> m : List.copyOf(messages)) {
            if ("events".equals(m.get("type"))) {
                for (Map<String, Object> e : (List<Map<String, Object>>) m.get("events")) {
                    if ("syscall".equals(e.get("kind"))) {
                        lines.add((String) e.get("strace"));
                    }
                }
            }
        }
        return lines;
    }

    static final class Tab implements StompFrameHandler {
        final StompSession session;
        final BlockingQueue<Map<String, Object>> inbox = new LinkedBlockingQueue<>();
        final List<Map<String, Object>> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

        Tab(StompSession session) {
            this.session = session;
        }

        void send(String destination, Object body) {
            session.send(destination, body);
        }

        void sendText(String destination, String body) {
            StompHeaders headers = new StompHeaders();
            headers.setDestination(destination);
            headers.setContentType(org.springframework.util.MimeTypeUtils.APPLICATION_JSON);
            session.send(headers, body);
        }

        /**
         * Sends {@code hello} and waits for the state it answers: the subscription is live and every
         * frame sent before has been handled (a session's commands are handled in order).
         */
        void sync() throws InterruptedException {
            send("/app/sandbox/hello", "");
            await("the state answering hello", m -> "state".equals(m.get("type")));
        }

        /** Waits for a message (this one or a later one) that satisfies {@code condition}. */
        Map<String, Object> await(String what, Predicate<Map<String, Object>> condition) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> next = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (next != null && condition.test(next)) {
                    return next;
                }
            }
            throw new AssertionError("waited 10 s for " + what + "; got " + seen);
        }

        /** Waits until everything seen so far satisfies {@code condition} (snapshots are sent only when they change). */
        synchronized void awaitSeen(String what, Predicate<List<Map<String, Object>>> condition) throws InterruptedException {
            // Looked at again as each message arrives; the deadline only ends a test that would hang.
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!condition.test(seen)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited 10 s for " + what + "; got " + seen);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return Map.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleFrame(StompHeaders headers, Object payload) {
            seen.add((Map<String, Object>) payload);
            inbox.add((Map<String, Object>) payload);
            synchronized (this) {
                notifyAll();
            }
        }
    }
}
