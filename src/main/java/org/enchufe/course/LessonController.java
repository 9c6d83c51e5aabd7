package org.enchufe.course;

import java.util.Map;
import java.util.regex.Pattern;

import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.workbench.WorkbenchProblem;
import org.enchufe.workbench.WorkbenchSessions;
import org.enchufe.workbench.WorkspaceMessaging;
import org.enchufe.workbench.WorkspaceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Controller;

/**
 * A lesson page's commands ({@code /app/lesson/…}); everything else the page's workbench does
 * (input, Ctrl-C, stepping) goes to {@code /app/sandbox/…} like the free sandbox's. Answers come
 * on the workspace's {@code /user/queue/lesson}; a command naming a lesson, file or step that does
 * not exist is answered with a problem, never an exception.
 */
@Controller
class LessonController {

    private static final Logger log = LoggerFactory.getLogger(LessonController.class);
    /** What a lesson id may look like (the loader's rule): checked before the catalogue is asked. */
    static final Pattern LESSON_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final LessonCatalogue catalogue;
    private final LessonWatches watches;
    private final Progress progress;
    private final WorkbenchSessions sessions;
    private final WorkspaceMessaging messaging;
    private final LessonActivities activities;

    LessonController(LessonCatalogue catalogue, LessonWatches watches, Progress progress, WorkbenchSessions sessions,
                     WorkspaceMessaging messaging, LessonActivities activities) {
        this.activities = activities;
        this.catalogue = catalogue;
        this.watches = watches;
        this.progress = progress;
        this.sessions = sessions;
        this.messaging = messaging;
    }

    record LessonCommand(String lesson) {
    }

    /** A lesson page connected: its sandbox goes on the lesson's topology, watched; the page gets goals and hints. */
    @MessageMapping("/lesson/hello")
    void hello(WorkspaceUser browser, @Payload LessonCommand command) {
        Lesson lesson = lesson(command.lesson());
        watches.watch(browser.workspace(), lesson);
        activities.opened(browser.workspace(), lesson, progress.of(browser.workspace(), lesson.id()).step());
        watches.sendAll(browser.workspace(), lesson);
    }

    record RunCommand(String lesson, String file, String source, Boolean step) {
    }

    /** Saves the lesson file and runs it on the host the lesson gives it. */
    @MessageMapping("/lesson/run")
    void run(WorkspaceUser browser, @Payload RunCommand command) {
        Lesson lesson = lesson(command.lesson());
        String file = Progress.fileOf(lesson, command.file());
        progress.save(browser.workspace(), lesson, file, command.source());
        watches.watch(browser.workspace(), lesson);
        String host = lesson.files().stream().filter(f -> f.name().equals(file)).findFirst().map(Lesson.LessonFile::host).orElse(null);
        sessions.run(browser.workspace(), file, command.source(), Boolean.TRUE.equals(command.step()), host);
    }

    record SaveCommand(String lesson, String file, String source) {
    }

    @MessageMapping("/lesson/save")
    void save(WorkspaceUser browser, @Payload SaveCommand command) {
        Lesson lesson = lesson(command.lesson());
        progress.save(browser.workspace(), lesson, command.file(), command.source());
    }

    @MessageMapping("/lesson/check")
    void check(WorkspaceUser browser, @Payload LessonCommand command) {
        watches.check(browser.workspace(), lesson(command.lesson()));
    }

    /** "I'm stuck": the next hint the lesson keeps for a student who asks. */
    @MessageMapping("/lesson/hint")
    void hint(WorkspaceUser browser, @Payload LessonCommand command) {
        watches.ask(browser.workspace(), lesson(command.lesson()));
    }

    record StepCommand(String lesson, Integer step) {
    }

    /** The student moved to another step (0-based); it is where the lesson opens next time. */
    @MessageMapping("/lesson/step")
    void step(WorkspaceUser browser, @Payload StepCommand command) {
        Lesson lesson = lesson(command.lesson());
        if (command.step() == null) {
            throw new CourseProblem("no-such-step", Map.of("step", ""));
        }
        progress.step(browser.workspace(), lesson, command.step());
        activities.stepped(browser.workspace(), lesson, command.step());
    }

    record HandCommand(String lesson, Boolean raised) {
    }

    /** The student raises their hand (or lowers it): their class's dashboard shows it. */
    @MessageMapping("/lesson/hand")
    void hand(WorkspaceUser browser, @Payload HandCommand command) {
        Lesson lesson = lesson(command.lesson());
        boolean raised = Boolean.TRUE.equals(command.raised());
        watches.hand(browser.workspace(), lesson, raised);
        activities.hand(browser.workspace(), lesson, raised);
    }

    private Lesson lesson(String id) {
        if (id == null || !LESSON_ID.matcher(id).matches()) {
            throw new CourseProblem("no-such-lesson", Map.of("lesson", id == null ? "" : shorten(id)));
        }
        return catalogue.lesson(id).orElseThrow(() -> new CourseProblem("no-such-lesson", Map.of("lesson", id)));
    }

    @MessageExceptionHandler(CourseProblem.class)
    void problem(WorkspaceUser browser, CourseProblem problem) {
        messaging.send(browser.workspace(), LessonWatches.QUEUE, new LessonMessage.Problem(problem.code(), problem.args()));
    }

    @MessageExceptionHandler(WorkbenchProblem.class)
    void workbenchProblem(WorkspaceUser browser, WorkbenchProblem problem) {
        messaging.send(browser.workspace(), LessonWatches.QUEUE, new LessonMessage.Problem(problem.code(), problem.args()));
    }

    /** A frame the server cannot read (not JSON, wrong fields): said, never fatal. */
    @MessageExceptionHandler({MessageConversionException.class,
            org.springframework.messaging.handler.annotation.support.MethodArgumentNotValidException.class})
    void malformed(WorkspaceUser browser, Exception e) {
        log.debug("a malformed lesson frame", e);
        messaging.send(browser.workspace(), LessonWatches.QUEUE, new LessonMessage.Problem("malformed", Map.of()));
    }

    /** Any other failure is a bug of ours: logged, and the page told something failed. */
    @MessageExceptionHandler
    void failed(WorkspaceUser browser, RuntimeException e) {
        log.warn("a lesson command failed", e);
        messaging.send(browser.workspace(), LessonWatches.QUEUE, new LessonMessage.Problem("internal", Map.of()));
    }

    /** Text from a client, short enough to echo back. */
    private static String shorten(String s) {
        return s.length() > 64 ? s.substring(0, 64) + "…" : s;
    }
}
