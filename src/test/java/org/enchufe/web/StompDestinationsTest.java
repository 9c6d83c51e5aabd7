package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A hostile page over the same WebSocket as everyone: it may subscribe only to its own queues and
 * send only to the controllers, and the frames that try more are refused (an ERROR frame, the
 * connection closed) while another workspace's traffic stays its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StompDestinationsTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceIds ids;

    @Autowired
    SimpUserRegistry users;

    private WebSocketStompClient client;

    @BeforeEach
    void createClient() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        // ERROR frames are text; everything else JSON.
        client.setMessageConverter(new CompositeMessageConverter(List.of(new StringMessageConverter(), new JacksonJsonMessageConverter())));
    }

    @AfterEach
    void stopClient() {
        client.stop();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/queue/**", "/queue/*", "/topic/**", "/**", "/user/queue/*", "/user/queue/**",
            "/queue/sandbox", "/user/queue/sandbox/**", "/user/queue/{name}", "/user/queue/sandbox?"})
    void subscribingToAPatternOrABrokerDestinationIsRefusedAndSeesNothingOfAnotherWorkspace(String destination) throws Exception {
        Page victim = open(ids.mint().id());
        Page attacker = connect(ids.mint().id());

        attacker.session.subscribe(destination, attacker);

        attacker.awaitRefusal(refused("SUBSCRIBE " + destination));
        victim.session.send("/app/sandbox/run", Map.of("file", "secreto.py", "source", "print('solo mío')\n"));
        victim.await("the victim's own output", m -> m.toString().contains("solo mío"));
        assertThat(attacker.messages.toString()).doesNotContain("solo mío");
    }

    @Test
    void subscribingToAnotherWorkspacesResolvedQueueIsRefused() throws Exception {
        String victimWorkspace = ids.mint().id();
        Page victim = open(victimWorkspace);
        String victimQueue = "/queue/sandbox-user" + sessionOf(victimWorkspace).getId();
        String victimUserQueue = "/user/" + ids.publicName(victimWorkspace) + "/queue/sandbox";
        // A refusal closes the connection: each attempt on a connection of its own.
        Page byQueue = connect(ids.mint().id());
        Page byUser = connect(ids.mint().id());

        byQueue.session.subscribe(victimQueue, byQueue);
        byUser.session.subscribe(victimUserQueue, byUser);

        byQueue.awaitRefusal(refused("SUBSCRIBE " + victimQueue));
        byUser.awaitRefusal(refused("SUBSCRIBE " + victimUserQueue));
        victim.session.send("/app/sandbox/run", Map.of("file", "secreto.py", "source", "print('solo mío')\n"));
        victim.await("the victim's own output", m -> m.toString().contains("solo mío"));
        assertThat(byQueue.messages.toString() + byUser.messages).doesNotContain("solo mío");
    }

    @ParameterizedTest
    @ValueSource(strings = {"queue", "user", "topic", "app-pattern", "app-dots"})
    void sendingAnywhereButTheControllersIsRefusedAndForgesNothing(String where) throws Exception {
        String victimWorkspace = ids.mint().id();
        Page victim = open(victimWorkspace);
        Page attacker = connect(ids.mint().id());
        String destination = switch (where) {
            case "queue" -> "/queue/sandbox-user" + sessionOf(victimWorkspace).getId();
            case "user" -> "/user/" + ids.publicName(victimWorkspace) + "/queue/sandbox";
            case "topic" -> "/topic/anything";
            case "app-pattern" -> "/app/sandbox/*";
            default -> "/app/../queue/sandbox-user" + sessionOf(victimWorkspace).getId();
        };

        attacker.session.send(destination, Map.of("type", "files", "files", List.of(Map.of("name", "servidor.py", "source", "forjado"))));

        attacker.awaitRefusal(refused("SEND " + destination));
        victim.session.send("/app/sandbox/files", "");
        Map<String, Object> files = victim.await("the victim's files", m -> "files".equals(m.get("type")));
        assertThat(files.toString()).doesNotContain("forjado");
        assertThat(victim.messages.toString()).doesNotContain("forjado");
    }

    @Test
    void theUserNameScriptsSeeIsNeitherTheCookieNorTheWorkspace() throws Exception {
        WorkspaceIds.Minted workspace = ids.mint();
        Page page = open(workspace.id());

        String userName = page.connected.getFirst("user-name");

        assertThat(userName).isEqualTo(ids.publicName(workspace.id()));
        assertThat(userName).isNotEqualTo(workspace.cookieValue()).doesNotContain(workspace.id());
        assertThat(workspace.cookieValue()).doesNotContain(userName);
    }

    @Test
    void aPageStillReachesItsOwnQueues() throws Exception {
        Page page = open(ids.mint().id());

        page.session.send("/app/sandbox/run", Map.of("file", "hola.py", "source", "print('hola')\n"));

        page.await("its own output", m -> m.toString().contains("hola\\n") || m.toString().contains("hola\n"));
        assertThat(page.errors).isEmpty();
    }

    private static String refused(String what) {
        return "refused: " + what + " (subscribe only to /user/queue/<name>, send only to /app/...)";
    }

    // ------------------------------------------------------------------ a STOMP page

    private SimpSession sessionOf(String workspace) {
        return users.getUser(ids.publicName(workspace)).getSessions().iterator().next();
    }

    /**
     * A connection of {@code workspace} that has not asked for anything, so nothing is being written to
     * it when its ERROR frame is (Spring drops an ERROR queued behind another message as it closes).
     */
    private Page connect(String workspace) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", WorkspaceCookie.NAME + "=" + ids.cookieValue(workspace));
        Page page = new Page();
        page.session = client.connectAsync("ws://localhost:" + port + "/ws", headers, page.handler).get(10, TimeUnit.SECONDS);
        return page;
    }

    /** A page of {@code workspace} subscribed to its sandbox queue, the subscription known to be in place. */
    private Page open(String workspace) throws Exception {
        Page page = connect(workspace);
        page.session.subscribe("/user/queue/sandbox", page);
        // Frames from one connection are handled in order: the state answers only once the subscription is in place.
        page.session.send("/app/sandbox/hello", "");
        page.await("the state", m -> "state".equals(m.get("type")));
        return page;
    }

    static final class Page implements StompFrameHandler {
        StompSession session;
        volatile StompHeaders connected;
        final BlockingQueue<Map<String, Object>> inbox = new LinkedBlockingQueue<>();
        final List<Map<String, Object>> messages = new CopyOnWriteArrayList<>();
        final BlockingQueue<String> errors = new LinkedBlockingQueue<>();

        final StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
            @Override
            public void afterConnected(StompSession session, StompHeaders headers) {
                connected = headers;
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                errors.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public void handleException(StompSession session, StompCommand command, StompHeaders headers, byte[] payload,
                                        Throwable exception) {
                errors.add("exception: " + exception);
            }

            @Override
            public void handleTransportError(StompSession session, Throwable exception) {
                errors.add("transport: " + exception);
            }
        };

        /**
         * Waits until the page is refused: the ERROR frame {@code expected}, or the connection closing
         * right after it (the close sometimes overtakes the frame: a frame that is not refused gets
         * neither).
         */
        void awaitRefusal(String expected) throws InterruptedException {
            String next = errors.poll(10, TimeUnit.SECONDS);
            assertThat(next).as("the ERROR frame or the close after it").isIn(expected,
                    "transport: " + new org.springframework.messaging.simp.stomp.ConnectionLostException("Connection closed"));
        }

        Map<String, Object> await(String what, java.util.function.Predicate<Map<String, Object>> condition) throws InterruptedException {
            while (true) {
                Map<String, Object> next = inbox.poll(10, TimeUnit.SECONDS);
                if (next == null) {
                    throw new AssertionError("waited 10 s for " + what + "; got " + messages + ", errors " + errors);
                }
                if (condition.test(next)) {
                    return next;
                }
            }
        }

        @Override
        public Type getPayloadType(StompHeaders headers) {
            return Map.class;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void handleFrame(StompHeaders headers, Object payload) {
            messages.add((Map<String, Object>) payload);
            inbox.add((Map<String, Object>) payload);
        }
    }
}
