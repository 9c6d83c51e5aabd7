package org.enchufe.classroom.people;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The invitation a person chose to accept by single sign-on, kept in their HTTP session across
 * the trip to the provider and taken (once) when they come back signed in.
 */
public final class PendingInvitation {

    private static final String ATTRIBUTE = PendingInvitation.class.getName();

    private PendingInvitation() {
    }

    public static void remember(HttpServletRequest request, String token) {
        request.getSession().setAttribute(ATTRIBUTE, token);
    }

    /** The token remembered in the current request's session, removed from it. */
    static Optional<String> take() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Optional.empty();
        }
        HttpSession session = attributes.getRequest().getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String token)) {
            return Optional.empty();
        }
        session.removeAttribute(ATTRIBUTE);
        return Optional.of(token);
    }
}
