package org.enchufe.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.course.CourseMap;
import org.enchufe.lessons.LessonCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The course map ({@code /course}): every page of the slides with the lessons that teach it. A
 * student coming from a page goes to {@code /slides/N} (or types N on the map) and lands on the
 * first lesson for it, or on the map at that page when no lesson teaches it; a page the deck does
 * not have is the "not found" page.
 */
@Controller
class CourseMapController {

    private final CourseMap map;
    private final LessonCatalogue catalogue;
    private final ClientMessages clientMessages;

    CourseMapController(CourseMap map, LessonCatalogue catalogue, ClientMessages clientMessages) {
        this.map = map;
        this.catalogue = catalogue;
        this.clientMessages = clientMessages;
    }

    @GetMapping("/course")
    String course(Model model, Locale locale) {
        catalogue.refresh();
        model.addAttribute("rows", map.rows(catalogue.lessons(), locale.getLanguage()));
        model.addAttribute("lastPage", map.slides().pages().size());
        return "course";
    }

    @GetMapping("/slides/{page}")
    String slide(@PathVariable String page, HttpServletResponse response, Model model, Locale locale) {
        return landing(page, response, model, locale);
    }

    /** The map's "I come from page N" form. */
    @GetMapping("/slides")
    String slideForm(@RequestParam(defaultValue = "") String page, HttpServletResponse response, Model model, Locale locale) {
        return landing(page, response, model, locale);
    }

    private String landing(String page, HttpServletResponse response, Model model, Locale locale) {
        int number = page.strip().matches("\\d{1,3}") ? Integer.parseInt(page.strip()) : -1;
        if (map.slides().page(number).isEmpty()) {
            return NotFound.page(response, model, clientMessages, locale);
        }
        catalogue.refresh();
        return map.lessonFor(catalogue.lessons(), number)
                .map(lesson -> "redirect:/lessons/" + lesson.id())
                .orElse("redirect:/course#page-" + number);
    }
}
