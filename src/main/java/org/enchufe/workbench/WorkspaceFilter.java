package org.enchufe.workbench;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Gives every browser that opens a page a workspace cookie, before the page's WebSocket connects. */
@Component
class WorkspaceFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !request.getMethod().equals("GET") || path.startsWith("/app/") || path.startsWith("/actuator")
                || path.startsWith("/ws") || path.contains(".");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (WorkspaceCookie.of(request).isEmpty()) {
            String id = WorkspaceCookie.newId();
            request.setAttribute(WorkspaceCookie.ATTRIBUTE, id);
            response.addHeader(HttpHeaders.SET_COOKIE, WorkspaceCookie.cookie(id).toString());
        }
        chain.doFilter(request, response);
    }
}
