package org.enchufe.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses with 400 a request whose {@code Origin} header is not an origin (RFC 6454: {@code null},
 * or scheme, host and an optional port of 0–65535). Spring's same-origin and CORS checks parse the
 * header and, on one like {@code http://127.0.0.1:8080.evil.com}, threw — a 500 with a stack trace
 * in the log for every such request. Browsers never send such a header; whoever does is told so.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OriginHeaderCheck extends OncePerRequestFilter {

    private static final Pattern ORIGIN = Pattern.compile(
            "[A-Za-z][A-Za-z0-9+.-]*://(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9_~!$&'()*+,;=%.-]+)(?::(\\d{1,5}))?");

    static boolean isOrigin(String value) {
        if ("null".equals(value)) {
            return true;
        }
        Matcher origin = ORIGIN.matcher(value);
        return origin.matches() && (origin.group(1) == null || Integer.parseInt(origin.group(1)) <= 65_535);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !isOrigin(origin)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Malformed Origin header\n");
            return;
        }
        chain.doFilter(request, response);
    }
}
