package org.enchufe.classroom.live;

import java.util.Map;

import org.enchufe.classroom.ClassRoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.stereotype.Controller;

/**
 * The dashboard's STOMP command: {@code /app/classes/watch {classId}} starts the updates of one
 * class to this connection — only for an instructor (signed in when the connection opened) who
 * teaches that class. Anyone else is answered {@code forbidden} and gets nothing of the class.
 */
@Controller
class DashboardController {

    private static final Logger log = LoggerFactory.getLogger(DashboardController.class);

    private final ClassRoster roster;
    private final DashboardFeed feed;

    DashboardController(ClassLive live, DashboardFeed feed) {
        this.roster = live.roster();
        this.feed = feed;
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
