package org.enchufe.web;

import java.security.Principal;
import java.util.Map;

import org.enchufe.workbench.WorkspaceCookie;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.HttpSessionHandshakeInterceptor;

/**
 * Names each WebSocket connection after the browser's workspace (its cookie), or its HTTP session
 * when it has none, so that messages sent to that user reach every tab of that browser and no
 * other browser.
 */
class SessionPrincipalHandshakeHandler extends DefaultHandshakeHandler {

    @Override
    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler,
                                      Map<String, Object> attributes) {
        if (request instanceof ServletServerHttpRequest servlet) {
            java.util.Optional<String> workspace = WorkspaceCookie.of(servlet.getServletRequest());
            if (workspace.isPresent()) {
                return new BrowserSession(workspace.get());
            }
        }
        Object sessionId = attributes.get(HttpSessionHandshakeInterceptor.HTTP_SESSION_ID_ATTR_NAME);
        if (sessionId == null && request instanceof ServletServerHttpRequest servlet) {
            sessionId = servlet.getServletRequest().getSession(true).getId();
        }
        return new BrowserSession(String.valueOf(sessionId));
    }

    /** The principal of a browser: its workspace id (or HTTP session id). */
    record BrowserSession(String getName) implements Principal {
    }
}
