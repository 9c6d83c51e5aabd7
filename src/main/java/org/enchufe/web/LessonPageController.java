package org.enchufe.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.course.LessonProgress;
import org.enchufe.course.Progress;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.lessons.LessonText;
import org.enchufe.workbench.WorkspaceCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * A lesson's page: the step's text (the lesson's Markdown, rendered with no raw HTML) and its goals
 * beside the workbench with the student's files of the lesson. An unknown lesson, or a step it does
 * not have, is the "not found" page in the student's language with status 404.
 */
@Controller
class LessonPageController {

    private final LessonCatalogue catalogue;
    private final Progress progress;
    private final ClientMessages clientMessages;
    private final JsonMapper json;

    LessonPageController(LessonCatalogue catalogue, Progress progress, ClientMessages clientMessages, JsonMapper json) {
        this.catalogue = catalogue;
        this.progress = progress;
        this.clientMessages = clientMessages;
        this.json = json;
    }

    /** One step as the page shows it: number (1-based), title, text, and its goals' ids and texts. */
    record StepView(int number, String title, String html, List<GoalView> goals) {
    }

    record GoalView(String id, String text, boolean passed) {
    }

    @GetMapping("/lessons/{id}")
    String lesson(@PathVariable String id, @RequestParam(required = false) Integer step, HttpServletRequest request,
                  HttpServletResponse response, Model model, Locale locale) {
        catalogue.refresh();
        Lesson lesson = id.matches("[a-z0-9][a-z0-9-]{0,63}") ? catalogue.lesson(id).orElse(null) : null;
        if (lesson == null || step != null && (step < 1 || step > lesson.steps().size())) {
            return NotFound.page(response, model, clientMessages, locale);
        }
        String language = locale.getLanguage();
        String workspace = WorkspaceCookie.of(request).orElseThrow();
        LessonProgress mine = progress.of(workspace, lesson.id());
        Set<String> passed = mine.passedGoals();
        LessonText text = lesson.text(language);
        List<StepView> steps = new ArrayList<>();
        for (int i = 0; i < lesson.steps().size(); i++) {
            Lesson.Step s = lesson.steps().get(i);
            List<GoalView> goals = s.goals().stream().map(lesson::goal)
                    .map(g -> new GoalView(g.id(), g.common().text().in(language), passed.contains(g.id()))).toList();
            String html = i < text.sections().size() ? text.sections().get(i).html() : "";
            steps.add(new StepView(i + 1, s.title().in(language), html, goals));
        }
        int current = step != null ? step : Math.min(mine.step(), lesson.steps().size() - 1) + 1;
        List<Map<String, String>> files = progress.files(workspace, lesson).entrySet().stream()
                .map(f -> Map.of("name", f.getKey(), "source", f.getValue())).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("lesson", lesson.id());
        page.put("steps", lesson.steps().size());
        page.put("step", current);
        page.put("goals", lesson.goals().stream().map(Goal::id).toList());
        page.put("views", lesson.views());
        model.addAttribute("lesson", lesson);
        model.addAttribute("lessonTitle", lesson.title().in(language));
        model.addAttribute("intro", text.intro());
        model.addAttribute("steps", steps);
        model.addAttribute("current", current);
        model.addAttribute("passedCount", lesson.goals().stream().filter(g -> passed.contains(g.id())).count());
        // "<" never appears raw, so no file can close the script element early.
        model.addAttribute("files", json.writeValueAsString(files).replace("<", "\\u003c"));
        model.addAttribute("lessonPage", json.writeValueAsString(page).replace("<", "\\u003c"));
        model.addAttribute("clientMessages", clientMessages.json(locale));
        model.addAttribute("networks", List.of());
        return "lesson";
    }
}
