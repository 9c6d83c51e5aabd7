package org.enchufe.classroom.people;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An instructor signed in through single sign-on: the provider's tokens and claims, the
 * instructor's role, and the instructor's username as the name everything else goes by.
 */
final class InstructorOidcUser extends DefaultOidcUser {

    private final String username;

    InstructorOidcUser(OidcUser user, String username) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + Instructors.ROLE)), user.getIdToken(), user.getUserInfo(), "sub");
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InstructorOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
