package org.enchufe.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Names each WebSocket connection after the browser's HTTP session, so that messages sent to
 * that user reach every tab of that browser and no other browser.
 */
class SessionPrincipalHandshakeHandler extends DefaultHandshakeHandler {

    @Override
    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
                                      Map<String, Object> attributes) {
        Object sessionId = attributes.get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        if (sessionId == null && request instanceof ServletServerHttpRequest servlet) {
            sessionId = servlet.getServletRequest().getSession(true).getId();
        }
        return new BrowserSession(String.valueOf(sessionId));
    }

    /** The principal of a browser session: its HTTP session id. */
    record BrowserSession(String getName) implements Principal {
    }
}
