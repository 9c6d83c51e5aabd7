package org.enchufe.web;

import java.util.Map;
import java.util.Optional;

import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.WorkspaceIds;
import org.enchufe.workbench.WorkspaceOrigins;
import org.enchufe.workbench.WorkspaceUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * Lets a WebSocket connect only with a workspace its cookie proves, and remembers which for
 * {@link WorkspaceHandshakeHandler}. A connection that proves none (no cookie, an invented or
 * forged one) is refused with 403: a page gives the cookie first.
 */
class WorkspaceHandshake implements HandshakeInterceptor {

    static final String USER = WorkspaceUser.class.getName();

    private final WorkspaceIds ids;
    private final Refusal refusal;
    private final WorkspaceOrigins origins;

    WorkspaceHandshake(WorkspaceIds ids, Refusal refusal, WorkspaceOrigins origins) {
        this.ids = ids;
        this.refusal = refusal;
        this.origins = origins;
    }

    @Override
    public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Map<String, Object> attributes) throws Exception {
        if (!(request instanceof ServletServerHttpRequest servlet) || !(response instanceof ServletServerHttpResponse out)) {
            return false;
        }
        Optional<String> workspace = ids.of(servlet.getServletRequest());
        if (workspace.isEmpty()) {
            refusal.send(servlet.getServletRequest(), out.getServletResponse(), HttpStatus.FORBIDDEN, null, "refused.noWorkspace");
            return false;
        }
        attributes.put(USER, new WorkspaceUser(workspace.get(), ids.publicName(workspace.get())));
        origins.seen(workspace.get(), servlet.getServletRequest().getRemoteAddr());
        return true;
    }

    @Override
    public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                               Exception exception) {
    }
}
