package org.enchufe.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.live.ClassLive;
import org.enchufe.classroom.live.Instructors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Looking over a student's shoulder ({@code /classes/{id}/students/{studentId}}): the workbench,
 * read-only, showing the student's work as it happens; it arrives over STOMP
 * ({@code /app/classes/shoulder}). Only an instructor who teaches the student's class sees it; for
 * anyone else, and for a student not in that class, the page does not exist (404).
 */
@Controller
class ShoulderPageController {

    private final ClassRoster roster;
    private final ClientMessages clientMessages;
    private final JsonMapper json;

    ShoulderPageController(ClassLive live, ClientMessages clientMessages, JsonMapper json) {
        this.roster = live.roster();
        this.clientMessages = clientMessages;
        this.json = json;
    }

    @GetMapping("/classes/{id}/students/{studentId}")
    String shoulder(@PathVariable String id, @PathVariable String studentId, Authentication user, HttpServletResponse response,
            Model model, Locale locale) {
        Optional<ClassRoster.Member> student = member(id, studentId, user);
        if (student.isEmpty()) {
            return NotFound.page(response, model, clientMessages, locale);
        }
        long classId = Long.parseLong(id);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("classId", classId);
        page.put("student", student.get().studentId());
        model.addAttribute("classId", classId);
        model.addAttribute("studentName", student.get().displayName());
        model.addAttribute("shoulderPage", json.writeValueAsString(page).replace("<", "\\u003c"));
        model.addAttribute("files", "[]");
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "shoulder";
    }

    /** The student, when {@code user} is an instructor who teaches their class and both ids are ids. */
    private Optional<ClassRoster.Member> member(String id, String studentId, Authentication user) {
        if (!id.matches("[0-9]{1,18}") || !studentId.matches("[0-9]{1,18}") || user == null || !Instructors.isInstructor(user)
                || !roster.teaches(user.getName(), Long.parseLong(id))) {
            return Optional.empty();
        }
        long student = Long.parseLong(studentId);
        return roster.members(Long.parseLong(id)).stream().filter(m -> m.studentId() == student).findFirst();
    }
}
