package org.enchufe.web;

import java.util.Map;

import org.enchufe.workbench.ClientAddress;
import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.TokenBuckets;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * How many WebSocket connections one client address may open: generous (a class behind one NAT
 * reconnecting at once after a restart is one address), yet a script opening thousands is refused
 * with 429 before anything else is looked at. The address is the forwarded one only when
 * {@code server.forward-headers-strategy} says the proxy in front may be believed.
 */
class ConnectionLimit implements HandshakeInterceptor {

    private final TokenBuckets connections;
    private final Refusal refusal;

    ConnectionLimit(TokenBuckets connections, Refusal refusal) {
        this.connections = connections;
        this.refusal = refusal;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws Exception {
        if (!(request instanceof ServletServerHttpRequest servlet) || !(response instanceof ServletServerHttpResponse out)) {
            return false;
        }
        if (connections.take(ClientAddress.key(servlet.getServletRequest().getRemoteAddr()))) {
            return true;
        }
        long seconds = connections.retryAfterSeconds();
        refusal.send(servlet.getServletRequest(), out.getServletResponse(), HttpStatus.TOO_MANY_REQUESTS, seconds,
                "refused.connections", seconds);
        return false;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
