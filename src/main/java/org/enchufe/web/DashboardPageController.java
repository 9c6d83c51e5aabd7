package org.enchufe.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.live.ClassLive;
import org.enchufe.classroom.live.Instructors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A class's live dashboard ({@code /classes/{id}}, and {@code /classes/{id}/projector} for a projector): the page; the grid arrives over STOMP
 * ({@code /app/classes/watch}). Only an instructor who teaches the class sees it; for anyone else
 * the class does not exist (404), so ids cannot be probed.
 */
@Controller
class DashboardPageController {

    private final ClassRoster roster;
    private final Classes classes;
    private final ClientMessages clientMessages;
    private final JsonMapper json;

    DashboardPageController(ClassLive live, Classes classes, ClientMessages clientMessages, JsonMapper json) {
        this.roster = live.roster();
        this.classes = classes;
        this.clientMessages = clientMessages;
        this.json = json;
    }

    @GetMapping("/classes/{id}")
    String dashboard(@PathVariable String id, Authentication user, HttpServletResponse response, Model model, Locale locale) {
        return page(id, false, user, response, model, locale);
    }

    /**
     * The same dashboard for a projector ({@code /classes/{id}/projector}): large type, students
     * under pseudonyms ("Student 7", by the order they joined: nothing of their names), no buttons.
     */
    @GetMapping("/classes/{id}/projector")
    String projector(@PathVariable String id, Authentication user, HttpServletResponse response, Model model, Locale locale) {
        return page(id, true, user, response, model, locale);
    }

    private String page(String id, boolean projector, Authentication user, HttpServletResponse response, Model model,
            Locale locale) {
        Long classId = id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
        if (classId == null || user == null || !Instructors.isInstructor(user) || !roster.teaches(user.getName(), classId)) {
            return NotFound.page(response, model, clientMessages, locale);
        }
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("classId", classId);
        page.put("projector", projector);
        model.addAttribute("classId", classId);
        // The class's name heads its page: an instructor with several classes sees which one is open.
        model.addAttribute("className", classes.taughtBy(user.getName(), classId).map(Classroom::name).orElse(null));
        model.addAttribute("projector", projector);
        model.addAttribute("dashboardPage", json.writeValueAsString(page));
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "dashboard";
    }
}
