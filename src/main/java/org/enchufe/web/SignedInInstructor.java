package org.enchufe.web;

import org.enchufe.classroom.people.Instructors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether an instructor is signed in (their username, or null), so the header
 * offers their classes and signing out — and to anyone else, the instructors' sign-in.
 */
@ControllerAdvice
class SignedInInstructor {

    static final String ROLE = "ROLE_" + Instructors.ROLE;

    @ModelAttribute("instructor")
    String instructor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return null;
        }
        return who.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority())) ? who.getName() : null;
    }
}
