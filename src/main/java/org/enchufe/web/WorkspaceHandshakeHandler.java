package org.enchufe.web;

import java.security.Principal;
import java.util.Map;

import org.springframework.http.server.ServerHttpRequest;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;

/**
 * Names each WebSocket connection after the workspace {@link WorkspaceHandshake} found, so messages
 * for that workspace reach every tab of that browser and no other browser.
 */
class WorkspaceHandshakeHandler extends DefaultHandshakeHandler {

    @Override
    protected Principal determineUser(ServerHttpRequest request, WebSocketHandler handler, Map<String, Object> attributes) {
        return (Principal) attributes.get(WorkspaceHandshake.USER);
    }
}
