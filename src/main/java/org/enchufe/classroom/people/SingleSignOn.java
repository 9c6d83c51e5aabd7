package org.enchufe.classroom.people;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Turns a person the OpenID Connect provider signed in into an instructor, or refuses them. They
 * are one when their identity (issuer + subject) is already linked to an account, when they are
 * accepting an invitation ({@link PendingInvitation}), or when the provider vouches for an e-mail
 * address in an allowed domain ({@link SsoSettings}); anyone else is refused, and the sign-in page
 * says so. Everywhere after, they go by their account's username.
 */
@Component
public class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);
    /** The error code of a sign-in refused because the identity is no instructor here (the sign-in page says so). */
    public static final String NOT_AN_INSTRUCTOR = "not_an_instructor";

    private final OidcUserService provider = new OidcUserService();
    private final Instructors instructors;
    private final Invitations invitations;
    private final SsoSettings settings;

    SingleSignOn(Instructors instructors, Invitations invitations, SsoSettings settings) {
        this.instructors = instructors;
        this.invitations = invitations;
        this.settings = settings;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        String issuer = user.getIssuer().toString();
        String subject = user.getSubject();
        Instructor instructor = instructors.bySso(issuer, subject)
                .or(() -> invitations.acceptPending(() -> instructors.createSso(user.getEmail(), issuer, subject)))
                .or(() -> fromAllowedDomain(user, issuer, subject))
                .orElseThrow(() -> {
                    log.info("Single sign-on refused {} ({}): not an instructor here", subject, user.getEmail());
                    return new OAuth2AuthenticationException(new OAuth2Error(NOT_AN_INSTRUCTOR,
                            "this identity is not an instructor of this server", null));
                });
        return new InstructorOidcUser(user, instructor.username());
    }

    private Optional<Instructor> fromAllowedDomain(OidcUser user, String issuer, String subject) {
        if (!Boolean.TRUE.equals(user.getEmailVerified()) || !settings.allows(user.getEmail())) {
            return Optional.empty();
        }
        return Optional.of(instructors.createSso(user.getEmail(), issuer, subject));
    }
}
