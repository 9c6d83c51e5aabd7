package org.enchufe.classroom.people;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * The accounts the sign-in form checks: instructors with a password. One who signs in only
 * through single sign-on has none, so the form cannot sign them in.
 */
@Component
public class InstructorAccounts implements UserDetailsService {

    private final Instructors instructors;

    InstructorAccounts(Instructors instructors) {
        this.instructors = instructors;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Instructor instructor = instructors.byUsername(username)
                .filter(i -> i.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no instructor with a password is called " + username));
        return User.withUsername(instructor.username()).password(instructor.passwordHash()).roles(Instructors.ROLE).build();
    }
}
