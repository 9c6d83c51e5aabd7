package org.enchufe.web;

import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The instructor's classes: the list with a form for a new one ({@code /classes}) and one class's
 * settings — name, join code and link, joining open or closed, the lessons open, the roster, and
 * deleting it ({@code /classes/{id}/manage}). Only for instructors (SecurityConfig), and only their
 * own classes: another's is "not found". {@code /classes/{id}} itself is the live dashboard.
 */
@Controller
class ClassesController {

    private final Classes classes;
    private final LessonCatalogue catalogue;

    ClassesController(Classes classes, LessonCatalogue catalogue) {
        this.classes = classes;
        this.catalogue = catalogue;
    }

    /** A lesson as the class's settings list it, ticked when it is open in the class. */
    record LessonChoice(String id, int number, String title, boolean open) {
    }

    @GetMapping("/classes")
    String list(Principal instructor, Model model) {
        model.addAttribute("classes", classes.of(instructor.getName()).stream()
                .map(c -> new ClassSummary(c, classes.roster(c).size())).toList());
        return "classes";
    }

    /** A class in the list: the class and how many students it has. */
    record ClassSummary(Classroom classroom, int students) {
    }

    @PostMapping("/classes")
    String create(Principal instructor, @RequestParam(defaultValue = "") String name, RedirectAttributes redirect) {
        Optional<Classroom> made = classes.create(instructor.getName(), name);
        if (made.isEmpty()) {
            redirect.addFlashAttribute("problem", "classes.name.invalid");
            return "redirect:/classes";
        }
        return "redirect:/classes/" + made.get().id() + "/manage";
    }

    @GetMapping("/classes/{id}/manage")
    String manage(Principal instructor, @PathVariable long id, HttpServletRequest request, HttpServletResponse response,
                  Model model, Locale locale) {
        Optional<Classroom> found = classes.taughtBy(instructor.getName(), id);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "notfound";
        }
        Classroom classroom = found.get();
        catalogue.refresh();
        String language = locale.getLanguage();
        List<LessonChoice> lessons = catalogue.lessons().stream().sorted(Comparator.comparingInt(Lesson::number))
                .map(l -> new LessonChoice(l.id(), l.number(), l.title().in(language), classroom.openLessonIds().contains(l.id())))
                .toList();
        model.addAttribute("classroom", classroom);
        model.addAttribute("joinLink", ServletUriComponentsBuilder.fromContextPath(request)
                .path("/join/{code}").buildAndExpand(classroom.displayedCode()).toUriString());
        model.addAttribute("lessons", lessons);
        model.addAttribute("roster", classes.roster(classroom));
        return "class-manage";
    }

    @PostMapping("/classes/{id}/name")
    String rename(Principal instructor, @PathVariable long id, @RequestParam(defaultValue = "") String name,
                  RedirectAttributes redirect) {
        if (Classes.acceptableName(name).isEmpty()) {
            redirect.addFlashAttribute("problem", "classes.name.invalid");
        } else {
            done(redirect, classes.rename(instructor.getName(), id, name).isPresent(), "classes.renamed");
        }
        return manageAgain(id);
    }

    @PostMapping("/classes/{id}/code")
    String newCode(Principal instructor, @PathVariable long id, RedirectAttributes redirect) {
        done(redirect, classes.newCode(instructor.getName(), id).isPresent(), "classes.codeChanged");
        return manageAgain(id);
    }

    @PostMapping("/classes/{id}/joining")
    String joining(Principal instructor, @PathVariable long id, @RequestParam boolean open, RedirectAttributes redirect) {
        done(redirect, classes.joining(instructor.getName(), id, open).isPresent(), open ? "classes.opened" : "classes.closed");
        return manageAgain(id);
    }

    @PostMapping("/classes/{id}/lessons")
    String lessons(Principal instructor, @PathVariable long id, @RequestParam(name = "lesson", required = false) List<String> open,
                   RedirectAttributes redirect) {
        done(redirect, classes.openLessons(instructor.getName(), id, open == null ? List.of() : open).isPresent(),
                "classes.lessonsSaved");
        return manageAgain(id);
    }

    @PostMapping("/classes/{id}/students/{student}/remove")
    String remove(Principal instructor, @PathVariable long id, @PathVariable long student, RedirectAttributes redirect) {
        done(redirect, classes.removeStudent(instructor.getName(), id, student), "classes.studentRemoved");
        return manageAgain(id);
    }

    @PostMapping("/classes/{id}/delete")
    String delete(Principal instructor, @PathVariable long id, @RequestParam(defaultValue = "false") boolean sure,
                  RedirectAttributes redirect) {
        if (!sure) {
            redirect.addFlashAttribute("problem", "classes.deleteUnsure");
            return manageAgain(id);
        }
        done(redirect, classes.delete(instructor.getName(), id), "classes.deleted");
        return "redirect:/classes";
    }

    private static void done(RedirectAttributes redirect, boolean happened, String key) {
        redirect.addFlashAttribute(happened ? "notice" : "problem", happened ? key : "classes.notYours");
    }

    private static String manageAgain(long id) {
        return "redirect:/classes/" + id + "/manage";
    }
}
