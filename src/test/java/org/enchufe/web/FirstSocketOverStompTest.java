package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/** The STOMP contract the home page relies on, spoken by a plain STOMP client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FirstSocketOverStompTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceIds ids;

    @Autowired
    SocketProbeRepository probes;

    private WebSocketStompClient client;

    @BeforeEach
    void createClient() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        client.setMessageConverter(new JacksonJsonMessageConverter());
    }

    @AfterEach
    void stopClient() {
        client.stop();
    }

    @Test
    void eventsReachOnlyTheBrowserSessionThatAsked() throws Exception {
        Listener asker = connect();
        Listener bystander = connect();

        asker.session.send("/app/first-socket", "");

        List<Map<String, Object>> received = asker.take(6);
        assertThat(received).extracting(event -> event.get("kind"))
                .containsExactly("syscall", "socket", "syscall", "socket", "syscall", "socket");
        assertThat(received).extracting(event -> event.get("name"))
                .containsExactly("socket", null, "bind", null, "close", null);
        assertThat(asker.totals.poll(5, TimeUnit.SECONDS)).containsKey("socketsOpened");
        assertThat(bystander.events.poll(500, TimeUnit.MILLISECONDS)).isNull();
        assertThat(bystander.totals.poll(10, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void eachRunCountsOneMoreSocket() throws Exception {
        Listener browser = connect();

        browser.session.send("/app/first-socket", "");
        long first = ((Number) browser.totals.poll(5, TimeUnit.SECONDS).get("socketsOpened")).longValue();
        browser.session.send("/app/first-socket", "");
        long second = ((Number) browser.totals.poll(5, TimeUnit.SECONDS).get("socketsOpened")).longValue();

        assertThat(second).isEqualTo(first + 1);
    }

    @Test
    void aWorkspacePressingTooOftenIsToldToWaitAndOpensNoMoreSockets() throws Exception {
        Listener browser = connect();
        for (int i = 0; i < FirstSocketController.RATE.burst(); i++) {
            browser.session.send("/app/first-socket", "");
            assertThat(browser.totals.poll(5, TimeUnit.SECONDS)).containsKey("socketsOpened");
        }
        long opened = probes.count();

        browser.session.send("/app/first-socket", "");

        assertThat(browser.totals.poll(5, TimeUnit.SECONDS)).containsKey("retryAfter").doesNotContainKey("socketsOpened");
        assertThat(probes.count()).isEqualTo(opened);
    }

    private Listener connect() throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        headers.add("Cookie", WorkspaceCookie.NAME + "=" + ids.mint().cookieValue());
        StompSession session = client.connectAsync("ws://localhost:" + port + "/ws", headers, new StompSessionHandlerAdapter() {
        }).get(5, TimeUnit.SECONDS);
        Listener listener = new Listener(session);
        session.subscribe("/user/queue/events", listener.into(listener.events));
        session.subscribe("/user/queue/first-socket", listener.into(listener.totals));
        // A receipt-less subscription races the first send. A session's frames are handled in order, so
        // once the state answering hello arrives, the subscriptions before it are live.
        BlockingQueue<Map<String, Object>> sandbox = new LinkedBlockingQueue<>();
        session.subscribe("/user/queue/sandbox", listener.into(sandbox));
        session.send("/app/sandbox/hello", "");
        Map<String, Object> state;
        do {
            state = sandbox.poll(10, TimeUnit.SECONDS);
            assertThat(state).as("the state answering hello").isNotNull();
        } while (!"state".equals(state.get("type")));
        return listener;
    }

    private static final class Listener {
        final StompSession session;
        final BlockingQueue<Map<String, Object>> events = new LinkedBlockingQueue<>();
        final BlockingQueue<Map<String, Object>> totals = new LinkedBlockingQueue<>();

        Listener(StompSession session) {
            this.session = session;
        }

        StompFrameHandler into(BlockingQueue<Map<String, Object>> queue) {
            return new StompFrameHandler() {
                @Override
                public Type getPayloadType(StompHeaders headers) {
                    return Map.class;
                }

                @Override
                @SuppressWarnings("unchecked")
                public void handleFrame(StompHeaders headers, Object payload) {
                    queue.add((Map<String, Object>) payload);
                }
            };
        }

        List<Map<String, Object>> take(int count) throws InterruptedException {
            List<Map<String, Object>> taken = new java.util.ArrayList<>();
            while (taken.size() < count) {
                Map<String, Object> next = events.poll(5, TimeUnit.SECONDS);
                assertThat(next).as("event %d of %d", taken.size() + 1, count).isNotNull();
                taken.add(next);
            }
            return taken;
        }
    }
}
