package org.enchufe;

import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;

/**
 * A browser as the server sees one, for tests over the real HTTP and WebSocket ports: a cookie jar
 * that opens the workbench page (which gives it its workspace), then STOMP sessions ("tabs") that
 * carry its cookies, and whatever token the page hands its scripts for the CONNECT frame.
 */
public final class StompBrowser implements AutoCloseable {

    private final int port;
    private final HttpClient http;
    private final WebSocketStompClient stomp;
    private String page = "";
    private final List<Tab> tabs = new CopyOnWriteArrayList<>();

    public StompBrowser(int port) {
        this.port = port;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        jakarta.websocket.WebSocketContainer container = jakarta.websocket.ContainerProvider.getWebSocketContainer();
        container.setDefaultMaxTextMessageBufferSize(16 * 1024 * 1024);
        this.stomp = new WebSocketStompClient(new StandardWebSocketClient(container));
        this.stomp.setMessageConverter(new JacksonJsonMessageConverter());
        // A window of events can be large (a thread bomb's 128 starts and its snapshot); browsers take any size.
        this.stomp.setInboundMessageSizeLimit(16 * 1024 * 1024);
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** GETs a page as a browser would, keeping the cookies it sets. */
    public HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        page = response.body();
        return response;
    }

    /** The cookies this browser would send to the server. */
    public String cookies() throws Exception {
        return String.join("; ", http.cookieHandler().orElseThrow().get(uri("/"), Map.of()).getOrDefault("Cookie", List.of()));
    }

    /** The value of one cookie, when the server set it. */
    public Optional<String> cookie(String name) throws Exception {
        for (String c : cookies().split(";\\s*")) {
            if (c.startsWith(name + "=")) {
                return Optional.of(c.substring(name.length() + 1));
            }
        }
        return Optional.empty();
    }

    /** Opens the workbench (once) and connects a tab to it, subscribed to the workspace's queue. */
    public Tab tab() throws Exception {
        if (page.isEmpty()) {
            get("/sandbox");
        }
        return connect(cookies(), "/user/queue/sandbox");
    }

    /** A STOMP session with these cookies (or none), subscribed to {@code destination} (or nothing). */
    public Tab connect(String cookies, String destination) throws Exception {
        WebSocketHttpHeaders headers = new WebSocketHttpHeaders();
        if (!cookies.isEmpty()) {
            headers.add("Cookie", cookies);
        }
        StompHeaders connect = new StompHeaders();
        meta(page, "_csrf").ifPresent(token -> connect.add(meta(page, "_csrf_header").orElse("X-CSRF-TOKEN"), token));
        Tab tab = new Tab();
        tabs.add(tab);
        StompSession session = stomp.connectAsync(URI.create("ws://localhost:" + port + "/ws"), headers, connect, tab.handler)
                .get(10, TimeUnit.SECONDS);
        tab.session = session;
        if (destination != null) {
            tab.subscribe(destination);
            tab.sync();
        }
        return tab;
    }

    static Optional<String> meta(String html, String name) {
        Matcher m = Pattern.compile("<meta\\s+name=\"" + Pattern.quote(name) + "\"\\s+content=\"([^\"]*)\"").matcher(html);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Resets the sandbox of every tab still connected (ending whatever it ran), then disconnects. */
    @Override
    public void close() {
        for (Tab tab : tabs) {
            if (tab.isConnected()) {
                tab.trySend("/app/sandbox/reset", "");
            }
        }
        stomp.stop();
        http.close();
    }

    /** One STOMP session: what it received, in order, and whether the server ended it with an ERROR. */
    public static final class Tab implements StompFrameHandler {
        StompSession session;
        final BlockingQueue<Map<String, Object>> inbox = new LinkedBlockingQueue<>();
        public final List<Map<String, Object>> seen = new CopyOnWriteArrayList<>();
        public final CompletableFuture<StompHeaders> connected = new CompletableFuture<>();
        public final CompletableFuture<String> error = new CompletableFuture<>();

        final StompSessionHandlerAdapter handler = new StompSessionHandlerAdapter() {
            @Override
            public void afterConnected(StompSession session, StompHeaders headers) {
                connected.complete(headers);
            }

            @Override
            public void handleFrame(StompHeaders headers, Object payload) {
                error.complete(headers.getFirst("message") + " " + (payload == null ? "" : payload));
            }

            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }

            @Override
            public void handleException(StompSession s, StompCommand command, StompHeaders headers, byte[] payload, Throwable e) {
                error.complete("exception " + e);
            }

            @Override
            public void handleTransportError(StompSession s, Throwable e) {
                error.complete("transport " + e);
            }
        };

        /** Subscribes; the server handles it before anything this tab sends afterwards (see {@link #sync}). */
        public void subscribe(String destination) {
            session.subscribe(destination, this);
        }

        /**
         * Sends {@code hello} and waits for the state it answers (messages not yet awaited are skipped): every
         * frame this tab sent before has
         * been handled (commands of one session are handled in order), and everything the server had
         * sent this tab before that state has arrived.
         */
        public Map<String, Object> sync() throws InterruptedException {
            inbox.clear();
            session.send("/app/sandbox/hello", "");
            return await("the state answering hello", m -> "state".equals(m.get("type")));
        }

        public void send(String destination, Object body) {
            session.send(destination, body);
        }

        /** Sends, when the server has not closed the session already (as it does after refusing a frame). */
        public void trySend(String destination, Object body) {
            try {
                session.send(destination, body);
            } catch (IllegalStateException | org.springframework.messaging.MessageDeliveryException closed) {
                // The server ended the session: what was sent is refused, which is what an attacker meets.
            }
        }

        public void trySubscribe(String destination) {
            try {
                session.subscribe(destination, this);
            } catch (IllegalStateException | org.springframework.messaging.MessageDeliveryException closed) {
                // As trySend.
            }
        }

        /** Leaves as a closed page does: the server sees the connection end. */
        public void disconnect() {
            session.disconnect();
        }

        public boolean isConnected() {
            return session != null && session.isConnected() && !error.isDone();
        }

        /** Waits for a message (this one or a later one) that satisfies {@code condition}. */
        public Map<String, Object> await(String what, Predicate<Map<String, Object>> condition) throws InterruptedException {
            return await(what, Duration.ofSeconds(20), condition);
        }

        public Map<String, Object> await(String what, Duration patience, Predicate<Map<String, Object>> condition)
                throws InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> next = inbox.poll(100, TimeUnit.MILLISECONDS);
                if (next != null && condition.test(next)) {
                    return next;
                }
            }
            throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + "; the consoles say:\n"
                    + consoleText() + "\nand the last messages were " + tail());
        }

        /** Waits until the console text of every message so far contains {@code text}. */
        public void awaitConsole(String what, String text) throws InterruptedException {
            if (consoleText().contains(text)) {
                return;
            }
            await(what, m -> consoleText().contains(text));
        }

        private String tail() {
            String all = seen.toString();
            return all.length() > 4000 ? "…" + all.substring(all.length() - 4000) : all;
        }

        @SuppressWarnings("unchecked")
        public String consoleText() {
            StringBuilder text = new StringBuilder();
            for (Map<String, Object> m : List.copyOf(seen)) {
                if ("events".equals(m.get("type"))) {
                    for (Map<String, Object> e : (List<Map<String, Object>>) m.get("events")) {
                        if ("console".equals(e.get("kind"))) {
                            text.append(e.get("text"));
                        }
                    }
                } else if ("state".equals(m.get("type")) && m.get("consoles") instanceof List<?> consoles) {
                    for (Object c : consoles) {
                        text.append(((Map<String, Object>) c).get("text"));
                    }
                }
            }
            return text.toString();
        }

        @SuppressWarnings("unchecked")
        public static List<Map<String, Object>> processes(Map<String, Object> message) {
            Object snapshot = message.get("snapshot");
            if (!(snapshot instanceof Map<?, ?> s)) {
                return List.of();
            }
            return (List<Map<String, Object>>) s.get("processes");
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
        }
    }
}
