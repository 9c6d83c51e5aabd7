package org.enchufe.web;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.classroom.report.ClassReport;
import org.enchufe.classroom.report.ClassReports;
import org.enchufe.classroom.report.ReportCsv;
import org.enchufe.lessons.Lesson;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * After class ({@code /classes/{id}/report}): time per step and the failure funnel per goal of each
 * open lesson, and the CSV downloads — progress, scores, Moodle's import layout. Only the
 * instructor who teaches the class gets them; for anyone else the class does not exist (404).
 */
@Controller
class ClassReportController {

    /** What each download is: its file name's end and how it is written. */
    private enum Export { PROGRESS, SCORES, MOODLE }

    private final ClassReports reports;
    private final MessageSource messages;
    private final ClientMessages clientMessages;

    ClassReportController(ClassReports reports, MessageSource messages, ClientMessages clientMessages) {
        this.reports = reports;
        this.messages = messages;
        this.clientMessages = clientMessages;
    }

    /** One lesson on the page: its title, its steps' times and its goals' funnel. */
    record LessonView(int number, String title, List<ClassReport.StepTime> steps, List<FunnelRow> funnel) {
    }

    record FunnelRow(int step, String goal, String text, int reached, int attempted, int passed, int failures, int percent) {
    }

    @GetMapping("/classes/{id}/report")
    String page(Principal instructor, @PathVariable String id, HttpServletResponse response, Model model, Locale locale) {
        Optional<ClassReport> report = report(instructor, id);
        if (report.isEmpty()) {
            return NotFound.page(response, model, clientMessages, locale);
        }
        String language = locale.getLanguage();
        int students = report.get().students().size();
        model.addAttribute("classId", id);
        model.addAttribute("students", students);
        model.addAttribute("lessons", report.get().lessons().stream().map(l -> view(report.get(), l, language, students)).toList());
        return "class-report";
    }

    @GetMapping("/classes/{id}/report/progress.csv")
    ResponseEntity<byte[]> progress(Principal instructor, @PathVariable String id, Locale locale) {
        return download(instructor, id, locale, Export.PROGRESS);
    }

    @GetMapping("/classes/{id}/report/scores.csv")
    ResponseEntity<byte[]> scores(Principal instructor, @PathVariable String id, Locale locale) {
        return download(instructor, id, locale, Export.SCORES);
    }

    @GetMapping("/classes/{id}/report/moodle.csv")
    ResponseEntity<byte[]> moodle(Principal instructor, @PathVariable String id, Locale locale) {
        return download(instructor, id, locale, Export.MOODLE);
    }

    private ResponseEntity<byte[]> download(Principal instructor, String id, Locale locale, Export export) {
        Optional<ClassReport> report = report(instructor, id);
        if (report.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        String language = locale.getLanguage();
        String text = switch (export) {
            case PROGRESS -> ReportCsv.progress(report.get(), language, key -> messages.getMessage(key, null, locale));
            case SCORES -> ReportCsv.scores(report.get(), language, key -> messages.getMessage(key, null, locale));
            case MOODLE -> ReportCsv.moodle(report.get(), language);
        };
        String name = "class-" + id + "-" + export.name().toLowerCase(Locale.ROOT) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<ClassReport> report(Principal instructor, String id) {
        if (instructor == null || !id.matches("[0-9]{1,18}")) {
            return Optional.empty();
        }
        return reports.of(instructor.getName(), Long.parseLong(id));
    }

    private static LessonView view(ClassReport report, Lesson lesson, String language, int students) {
        List<FunnelRow> funnel = report.funnel(lesson).stream().map(f -> new FunnelRow(f.step() + 1, f.goal().id(),
                ReportCsv.goalText(f.goal(), language), f.reached(), f.attempted(), f.passed(), f.failures(),
                students == 0 ? 0 : Math.round(100f * f.passed() / students))).toList();
        return new LessonView(lesson.number(), lesson.title().in(language), report.stepTimes(lesson), funnel);
    }
}
