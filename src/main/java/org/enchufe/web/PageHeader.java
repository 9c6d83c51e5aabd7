package org.enchufe.web;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.workbench.WorkspaceCookie;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header needs to know of the person: the signed-in instructor's username (their
 * classes, signing out) and the class a student's workspace is in (a link to it); null when not.
 */
@ControllerAdvice
class PageHeader {

    static final String ROLE = "ROLE_" + Instructors.ROLE;

    private final Enrolments enrolments;

    PageHeader(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    @ModelAttribute("instructor")
    String instructor() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || !who.isAuthenticated()) {
            return null;
        }
        return who.getAuthorities().stream().anyMatch(a -> ROLE.equals(a.getAuthority())) ? who.getName() : null;
    }

    @ModelAttribute("studentsClass")
    String studentsClass(HttpServletRequest request) {
        return WorkspaceCookie.of(request).flatMap(enrolments::studentOf).flatMap(enrolments::classOf)
                .map(Classroom::name).orElse(null);
    }
}
