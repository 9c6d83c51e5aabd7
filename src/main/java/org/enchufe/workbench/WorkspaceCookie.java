package org.enchufe.workbench;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseCookie;

/**
 * A browser's workspace: a random, unguessable id kept in a cookie for a year. Its files and its
 * sandbox belong to it, so reloads, several tabs and a server restart all find the same work.
 */
public final class WorkspaceCookie {

    public static final String NAME = "enchufe-workspace";
    /** Where a request finds its workspace id once the filter has looked at it. */
    static final String ATTRIBUTE = WorkspaceCookie.class.getName();

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkspaceCookie() {
    }

    /** The request's workspace id, when it carries a well-formed one. */
    public static Optional<String> of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof String id) {
            return Optional.of(id);
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && isValid(cookie.getValue())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    /** 128 random bits, base64url: 22 characters. */
    static String newId() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static ResponseCookie cookie(String id) {
        return ResponseCookie.from(NAME, id).path("/").httpOnly(true).sameSite("Lax").maxAge(Duration.ofDays(365)).build();
    }
}
