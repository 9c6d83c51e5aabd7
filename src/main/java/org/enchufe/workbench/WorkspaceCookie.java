package org.enchufe.workbench;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;

/**
 * A browser's workspace cookie: the workspace id signed by the server ({@link WorkspaceIds}), kept
 * for a year, HttpOnly, and Secure when the page came over HTTPS. Its files and its sandbox belong
 * to it, so reloads, several tabs and a server restart all find the same work.
 */
public final class WorkspaceCookie {

    public static final String NAME = "enchufe-workspace";
    /** Where a page request finds its workspace id once {@link WorkspaceFilter} has looked at it. */
    static final String ATTRIBUTE = WorkspaceCookie.class.getName();

    private WorkspaceCookie() {
    }

    /** The workspace {@link WorkspaceFilter} found or made for this page request. */
    public static Optional<String> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String id ? Optional.of(id) : Optional.empty();
    }

    /** What the request's workspace cookie holds, proven or not. */
    static Optional<String> value(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName())) {
                return Optional.ofNullable(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** The cookie that carries {@code value} ({@link WorkspaceIds#cookieValue}): how a page hands a browser a workspace. */
    public static ResponseCookie cookie(String value, boolean secure) {
        return ResponseCookie.from(NAME, value).path("/").httpOnly(true).secure(secure).sameSite("Lax")
                .maxAge(Duration.ofDays(365)).build();
    }
}
