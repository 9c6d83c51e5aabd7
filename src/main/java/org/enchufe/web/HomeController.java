package org.enchufe.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.course.CourseEntry;
import org.enchufe.course.LessonProgress;
import org.enchufe.course.Progress;
import org.enchufe.kernel.FirstSocket;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.workbench.WorkspaceCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The course: the lessons grouped by slide topic with the workspace's progress in each, the free
 * sandbox one click away, and a first real socket at the press of a button. A student in a class
 * sees their class above it and the lessons open in it marked; everyone else, the course as it is.
 */
@Controller
class HomeController {

    private final SocketProbeRepository probes;
    private final ClientMessages clientMessages;
    private final LessonCatalogue catalogue;
    private final Progress progress;
    private final Enrolments enrolments;
    private final ClassRoster roster;

    HomeController(SocketProbeRepository probes, ClientMessages clientMessages, LessonCatalogue catalogue, Progress progress,
                   Enrolments enrolments, ClassRoster roster) {
        this.probes = probes;
        this.clientMessages = clientMessages;
        this.catalogue = catalogue;
        this.progress = progress;
        this.enrolments = enrolments;
        this.roster = roster;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model, Locale locale) {
        catalogue.refresh();
        Map<String, LessonProgress> mine = WorkspaceCookie.of(request).map(progress::all).orElse(Map.of());
        model.addAttribute("course", CourseEntry.byTopic(catalogue.lessons(), mine, locale.getLanguage()));
        Optional<Classroom> myClass = WorkspaceCookie.of(request).flatMap(enrolments::studentOf).flatMap(enrolments::classOf);
        model.addAttribute("myClass", myClass.orElse(null));
        model.addAttribute("classLessons", myClass.map(c -> Set.copyOf(roster.openLessons(c.id()))).orElse(Set.of()));
        model.addAttribute("socketsOpened", probes.count());
        model.addAttribute("firstSocketSource", FirstSocket.SOURCE.strip());
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "home";
    }
}
