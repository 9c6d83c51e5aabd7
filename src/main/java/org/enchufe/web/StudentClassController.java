package org.enchufe.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.classroom.classes.Student;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A student's own class page ({@code /class}): the class, the name they go by, the lessons open
 * in it, and their personal return link — shown once when made; a new one replaces it. The return
 * link ({@code /return/{token}}) gives any browser the student's workspace and brings it here.
 */
@Controller
class StudentClassController {

    private final Enrolments enrolments;
    private final ClassRoster roster;
    private final LessonCatalogue catalogue;
    private final WorkspaceIds ids;

    StudentClassController(Enrolments enrolments, ClassRoster roster, LessonCatalogue catalogue, WorkspaceIds ids) {
        this.enrolments = enrolments;
        this.roster = roster;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    /** A lesson open in the student's class, as their page links it. */
    record OpenLesson(String id, int number, String title) {
    }

    @GetMapping("/class")
    String myClass(HttpServletRequest request, Model model, Locale locale) {
        Optional<Student> student = WorkspaceCookie.of(request).flatMap(enrolments::studentOf);
        Optional<Classroom> classroom = student.flatMap(enrolments::classOf);
        if (classroom.isEmpty()) {
            return "my-class";
        }
        String language = locale.getLanguage();
        List<OpenLesson> lessons = roster.openLessons(classroom.get().id()).stream()
                .flatMap(id -> catalogue.lesson(id).stream())
                .map(l -> new OpenLesson(l.id(), l.number(), l.title().in(language))).toList();
        model.addAttribute("student", student.get());
        model.addAttribute("classroom", classroom.get());
        model.addAttribute("lessons", lessons);
        if (model.getAttribute("returnToken") instanceof String token) {
            model.addAttribute("returnLink", ServletUriComponentsBuilder.fromContextPath(request)
                    .path("/return/{token}").buildAndExpand(token).toUriString());
        }
        return "my-class";
    }

    @PostMapping("/class/return-link")
    String newReturnLink(HttpServletRequest request, RedirectAttributes redirect) {
        ids.of(request).flatMap(enrolments::newReturnLink).ifPresent(token -> redirect.addFlashAttribute("returnToken", token));
        return "redirect:/class";
    }

    @GetMapping("/return/{token}")
    String comeBack(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Optional<Student> student = enrolments.returning(token);
        if (student.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("gone", true);
            return "my-class";
        }
        response.addHeader(HttpHeaders.SET_COOKIE,
                WorkspaceCookie.cookie(ids.cookieValue(student.get().workspace()), request.isSecure()).toString());
        return "redirect:/class";
    }
}
