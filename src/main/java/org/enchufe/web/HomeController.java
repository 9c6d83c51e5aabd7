package org.enchufe.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

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
 * sandbox one click away, and a first real socket at the press of a button.
 */
@Controller
class HomeController {

    private final SocketProbeRepository probes;
    private final ClientMessages clientMessages;
    private final LessonCatalogue catalogue;
    private final Progress progress;

    HomeController(SocketProbeRepository probes, ClientMessages clientMessages, LessonCatalogue catalogue, Progress progress) {
        this.probes = probes;
        this.clientMessages = clientMessages;
        this.catalogue = catalogue;
        this.progress = progress;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model, Locale locale) {
        catalogue.refresh();
        Map<String, LessonProgress> mine = WorkspaceCookie.of(request).map(progress::all).orElse(Map.of());
        model.addAttribute("course", CourseEntry.byTopic(catalogue.lessons(), mine, locale.getLanguage()));
        model.addAttribute("socketsOpened", probes.count());
        model.addAttribute("firstSocketSource", FirstSocket.SOURCE.strip());
        model.addAttribute("clientMessages", clientMessages.json(locale));
        return "home";
    }
}
