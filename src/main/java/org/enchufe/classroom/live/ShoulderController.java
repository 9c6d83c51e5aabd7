package org.enchufe.classroom.live;

import org.enchufe.classroom.ClassRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * Looking over a student's shoulder: {@code /app/classes/shoulder {classId, student}} starts sending
 * this connection the student's work, read-only ({@link Shoulders}); {@code /app/classes/shoulder/stop}
 * ends it, as a disconnect does. Only an instructor (signed in when the connection opened) who
 * teaches the student's class may; anyone else is answered {@code forbidden} and sees nothing.
 */
@Controller
class ShoulderController {

    private static final Logger log = LoggerFactory.getLogger(ShoulderController.class);

    private final ClassRoster roster;
    private final Shoulders shoulders;

    ShoulderController(ClassLive live, Shoulders shoulders) {
        this.roster = live.roster();
        this.shoulders = shoulders;
    }

    record ShoulderCommand(Long classId, Long student) {
    }

    @MessageMapping("/classes/shoulder")
    void watch(@Payload ShoulderCommand command, SimpMessageHeaderAccessor headers) {
        String session = headers.getSessionId();
        if (command.classId() == null || !mayWatch(headers, command.classId())) {
            log.info("refused a student's shoulder to session {} for class {}", session, command.classId());
            shoulders.stop(session);
            shoulders.sendTo(session, new ShoulderMessage.Problem("forbidden"));
            return;
        }
        roster.members(command.classId()).stream()
                .filter(m -> command.student() != null && m.studentId() == command.student())
                .findFirst()
                .ifPresentOrElse(m -> shoulders.watch(session, command.classId(), m),
                        () -> shoulders.sendTo(session, new ShoulderMessage.Problem("no-such-student")));
    }

    @MessageMapping("/classes/shoulder/stop")
    void stop(SimpMessageHeaderAccessor headers) {
        shoulders.stop(headers.getSessionId());
    }

    private boolean mayWatch(SimpMessageHeaderAccessor headers, long classId) {
        return Instructors.signedIn(headers.getSessionAttributes())
                .filter(user -> Instructors.isInstructor(user) && roster.teaches(user.getName(), classId))
                .isPresent();
    }

    @MessageExceptionHandler
    void failed(SimpMessageHeaderAccessor headers, Exception e) {
        log.debug("a shoulder command failed", e);
        shoulders.sendTo(headers.getSessionId(), new ShoulderMessage.Problem("malformed"));
    }
}
