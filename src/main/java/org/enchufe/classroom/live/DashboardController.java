package org.enchufe.classroom.live;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.course.LessonWatches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * The dashboard's STOMP commands: {@code /app/classes/watch {classId}} starts the updates of one
 * class to this connection, {@code /app/classes/note} sends its students a message, {@code /app/classes/reset} starts a student's sandbox over — only for an
 * instructor (signed in when the connection opened) who teaches that class. Anyone else is
 * answered {@code forbidden} and gets nothing of the class.
 */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    /** The longest message an instructor may send. */
    static final int MAX_NOTE = 1000;

    private final ClassRoster roster;
    private final DashboardFeed feed;
    private final LessonWatches watches;

    DashboardController(ClassLive live, DashboardFeed feed, LessonWatches watches) {
        this.roster = live.roster();
        this.feed = feed;
        this.watches = watches;
    }

    record WatchCommand(Long classId) {
    }

    @MessageMapping("/classes/watch")
    void watch(@Payload WatchCommand command, SimpMessageHeaderAccessor headers) {
        String session = headers.getSessionId();
        if (command.classId() == null || !mayWatch(headers.getSessionAttributes(), command.classId())) {
            log.info("refused a dashboard to session {} for class {}", session, command.classId());
            feed.sendTo(session, new DashboardMessage.Problem("forbidden"));
            return;
        }
        feed.watch(session, command.classId());
    }

    /** {@code students} null or empty: the whole class. */
    record NoteCommand(Long classId, List<Long> students, String text) {
    }

    /**
     * A message or hint to one student, the students behind a histogram bar, or the whole class:
     * shown on the lesson pages they have open. Only to students of a class the sender teaches.
     */
    @MessageMapping("/classes/note")
    void note(@Payload NoteCommand command, SimpMessageHeaderAccessor headers) {
        String session = headers.getSessionId();
        if (command.classId() == null || !mayWatch(headers.getSessionAttributes(), command.classId())) {
            feed.sendTo(session, new DashboardMessage.Problem("forbidden"));
            return;
        }
        String text = command.text() == null ? "" : command.text().replaceAll("[\\p{Cntrl}&&[^\n]]", "").strip();
        if (text.isEmpty() || text.length() > MAX_NOTE) {
            feed.sendTo(session, new DashboardMessage.Problem("note-length"));
            return;
        }
        Set<Long> to = command.students() == null ? Set.of() : Set.copyOf(command.students());
        int sent = 0;
        for (ClassRoster.Member m : roster.members(command.classId())) {
            if (to.isEmpty() || to.contains(m.studentId())) {
                watches.note(m.workspace(), text);
                sent++;
            }
        }
        feed.sendTo(session, new DashboardMessage.NoteSent(sent));
    }

    record ResetCommand(Long classId, Long student) {
    }

    /** Starts one student's sandbox over (every process and socket ends; their files stay). */
    @MessageMapping("/classes/reset")
    void reset(@Payload ResetCommand command, SimpMessageHeaderAccessor headers) {
        String session = headers.getSessionId();
        if (command.classId() == null || !mayWatch(headers.getSessionAttributes(), command.classId())) {
            feed.sendTo(session, new DashboardMessage.Problem("forbidden"));
            return;
        }
        roster.members(command.classId()).stream().filter(m -> command.student() != null && m.studentId() == command.student())
                .findFirst().ifPresentOrElse(m -> {
                    watches.startOver(m.workspace());
                    feed.sendTo(session, new DashboardMessage.SandboxReset(m.studentId()));
                }, () -> feed.sendTo(session, new DashboardMessage.Problem("no-such-student")));
    }

    @MessageMapping("/classes/unwatch")
    void unwatch(SimpMessageHeaderAccessor headers) {
        feed.unwatch(headers.getSessionId());
    }

    /** Whether the connection's signed-in user is an instructor who teaches the class. */
    boolean mayWatch(Map<String, Object> sessionAttributes, long classId) {
        return Instructors.signedIn(sessionAttributes)
                .filter(user -> Instructors.isInstructor(user) && roster.teaches(user.getName(), classId))
                .isPresent();
    }

    @MessageExceptionHandler
    void failed(SimpMessageHeaderAccessor headers, Exception e) {
        log.debug("a dashboard command failed", e);
        feed.sendTo(headers.getSessionId(), new DashboardMessage.Problem("malformed"));
    }
}
