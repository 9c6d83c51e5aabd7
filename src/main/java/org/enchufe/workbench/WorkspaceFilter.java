package org.enchufe.workbench;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every browser that opens a page a workspace before the page's WebSocket connects: the one
 * its cookie proves, a legacy one signed once ({@link LegacyWorkspaces}), or a new one — refused
 * with 429 when its address has made too many new ones lately (a forged or invented cookie counts
 * as none).
 */
@Component
class WorkspaceFilter extends OncePerRequestFilter {

    private final WorkspaceIds ids;
    private final LegacyWorkspaces legacy;
    private final TokenBuckets creation;
    private final Refusal refusal;

    WorkspaceFilter(WorkspaceIds ids, LegacyWorkspaces legacy, WorkspaceSettings settings, Refusal refusal) {
        this.ids = ids;
        this.legacy = legacy;
        this.creation = new TokenBuckets(settings.creation().rate());
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !request.getMethod().equals("GET") || path.startsWith("/app/") || path.startsWith("/actuator")
                || path.startsWith("/ws") || path.startsWith("/error") || path.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> cookie = WorkspaceCookie.value(request);
        Optional<String> workspace = cookie.flatMap(ids::verify);
        if (workspace.isEmpty() && cookie.filter(legacy::claim).isPresent()) {
            workspace = cookie;
            give(request, response, ids.cookieValue(cookie.get()));
        }
        if (workspace.isEmpty()) {
            if (!creation.take(ClientAddress.key(request.getRemoteAddr()))) {
                refuse(request, response);
                return;
            }
            WorkspaceIds.Minted minted = ids.mint();
            workspace = Optional.of(minted.id());
            give(request, response, minted.cookieValue());
        }
        request.setAttribute(WorkspaceCookie.ATTRIBUTE, workspace.get());
        chain.doFilter(request, response);
    }

    private static void give(HttpServletRequest request, HttpServletResponse response, String cookieValue) {
        response.addHeader(HttpHeaders.SET_COOKIE, WorkspaceCookie.cookie(cookieValue, request.isSecure()).toString());
    }

    /** Too many new workspaces from this address: a page saying so in the person's language. */
    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long seconds = creation.retryAfterSeconds();
        refusal.send(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds, "refused.workspaces", seconds);
    }
}
