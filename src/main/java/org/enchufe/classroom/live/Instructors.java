package org.enchufe.classroom.live;

import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * Who is an instructor on a STOMP connection: the WebSocket handshake leaves the connection's
 * signed-in user (Spring Security's {@link Authentication}, from the page's HTTP session) in the
 * session's attributes under {@link #SIGNED_IN}; pages without a sign-in have none there.
 */
public final class Instructors {

    public static final String SIGNED_IN = "org.enchufe.classroom.signed-in";
    public static final String ROLE = "ROLE_INSTRUCTOR";

    private Instructors() {
    }

    /** The connection's signed-in user, when it had one at the handshake. */
    public static Optional<Authentication> signedIn(Map<String, Object> sessionAttributes) {
        return sessionAttributes != null && sessionAttributes.get(SIGNED_IN) instanceof Authentication user
                && user.isAuthenticated() ? Optional.of(user) : Optional.empty();
    }

    public static boolean isInstructor(Authentication user) {
        return user.isAuthenticated() && user.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority()));
    }
}
