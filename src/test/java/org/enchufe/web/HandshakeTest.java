package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Who may open the WebSocket, spoken as raw HTTP so every header is exactly what a hostile client
 * would send: a page of this server's origin with a workspace the server signed, and nobody else.
 * Connections per address are limited (a small limit here, so the test can reach it); the address
 * is the one the proxy forwards, as {@code server.forward-headers-strategy=native} says to believe it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"enchufe.workspace.connections.burst=12", "enchufe.workspace.connections.per-minute=0",
                "server.forward-headers-strategy=native"})
@ActiveProfiles("test")
class HandshakeTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkspaceIds ids;

    @Test
    void aPageOfThisOriginWithItsWorkspaceConnects() throws IOException {
        assertThat(handshake(ids.mint().cookieValue(), "http://localhost:" + port)).startsWith("HTTP/1.1 101");
    }

    @Test
    void aConnectionWithoutAWorkspaceTheServerSignedIsForbidden() throws IOException {
        String forged = ids.mint().id() + ".AAAAAAAAAAAAAAAAAAAAAA";
        assertThat(handshake(null, null)).startsWith("HTTP/1.1 403");
        assertThat(handshake("AAAAAAAAAAAAAAAAAAAAAA", null)).startsWith("HTTP/1.1 403");
        assertThat(handshake(forged, null)).startsWith("HTTP/1.1 403");
    }

    @Test
    void anotherSitesPageIsForbidden() throws IOException {
        assertThat(handshake(ids.mint().cookieValue(), "http://evil.example")).startsWith("HTTP/1.1 403");
    }

    @Test
    void aMalformedOriginIsABadRequest() throws IOException {
        assertThat(handshake(ids.mint().cookieValue(), "http://127.0.0.1:" + port + ".evil.com")).startsWith("HTTP/1.1 400");
    }

    @Test
    void anAddressOpeningTooManyConnectionsIsToldToWaitInItsLanguage() throws IOException {
        String classroom = "X-Forwarded-For: 203.0.113.7";
        for (int i = 0; i < 12; i++) {
            assertThat(handshake(ids.mint().cookieValue(), null, classroom)).startsWith("HTTP/1.1 101");
        }

        assertThat(handshake(ids.mint().cookieValue(), null, classroom, "Accept-Language: en"))
                .startsWith("HTTP/1.1 429").contains("Retry-After: 60").contains("Too many connections");
        assertThat(handshake(ids.mint().cookieValue(), null, classroom, "Accept-Language: es"))
                .startsWith("HTTP/1.1 429").contains("demasiadas conexiones");
        assertThat(handshake(ids.mint().cookieValue(), null, "X-Forwarded-For: 198.51.100.9")).startsWith("HTTP/1.1 101");
    }

    /** Sends a WebSocket handshake and returns the response's head (and the start of its body). */
    private String handshake(String cookie, String origin, String... more) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder("GET /ws HTTP/1.1\r\nHost: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade, close\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: v12.stomp\r\n");
            if (cookie != null) {
                request.append("Cookie: ").append(WorkspaceCookie.NAME).append('=').append(cookie).append("\r\n");
            }
            if (origin != null) {
                request.append("Origin: ").append(origin).append("\r\n");
            }
            for (String header : more) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder response = new StringBuilder();
            boolean upgraded = false;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                response.append(line).append('\n');
                upgraded |= line.startsWith("HTTP/1.1 101");
                if (line.isEmpty() && upgraded) {
                    break;
                }
                if (response.length() > 4000 || line.contains("</html>")) {
                    break;
                }
            }
            return response.toString();
        }
    }
}
