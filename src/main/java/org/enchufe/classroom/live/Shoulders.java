package org.enchufe.classroom.live;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.course.Progress;
import org.enchufe.workbench.WorkbenchSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Instructors looking over a student's shoulder: each watching STOMP session sees the student's
 * sandbox as their own pages do ({@link WorkbenchSessions#lookOver}) and the files of the lesson
 * they are on, read from the store every {@link #FILES_EVERY_MILLIS} and sent when they changed
 * (the lesson page saves 600 ms after the last keystroke, so the instructor sees the text as typed,
 * a second or two behind). Only reads: nothing is sent to the student's sandbox or pages.
 * {@link ShoulderController} decides who may watch.
 */
@Component
class Shoulders implements DisposableBean {

    static final String QUEUE = "/queue/shoulder";
    static final long FILES_EVERY_MILLIS = 1000;

    private static final Logger log = LoggerFactory.getLogger(Shoulders.class);

    /** One session watching one student; {@code files} what it was last sent of their lesson files. */
    private static final class Watch {
        final ClassRoster.Member student;
        volatile Map<String, String> files = Map.of();

        Watch(ClassRoster.Member student) {
            this.student = student;
        }
    }

    private final ClassLive live;
    private final Progress progress;
    private final WorkbenchSessions sessions;
    private final SimpMessagingTemplate messaging;
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();
    private final ScheduledExecutorService files =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("shoulder-files").daemon().factory());

    Shoulders(ClassLive live, Progress progress, WorkbenchSessions sessions, SimpMessagingTemplate messaging) {
        this.live = live;
        this.progress = progress;
        this.sessions = sessions;
        this.messaging = messaging;
        files.scheduleWithFixedDelay(this::sendFiles, FILES_EVERY_MILLIS, FILES_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** STOMP session {@code session} watches {@code student} of {@code classId} from now (and no one else). */
    void watch(String session, long classId, ClassRoster.Member student) {
        stop(session);
        Watch watch = new Watch(student);
        watches.put(session, watch);
        sessions.lookOver(student.workspace(), session);
        sendTo(session, new ShoulderMessage.Watching(classId, student.studentId(), student.displayName()));
        files.execute(() -> sendFiles(session, watch));
    }

    void stop(String session) {
        watches.remove(session);
        sessions.stopLooking(session);
    }

    /** First among the disconnect's listeners: nothing more is sent to a page that left. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void disconnected(SessionDisconnectEvent event) {
        stop(event.getSessionId());
    }

    /** How many sessions watch the student working in {@code workspace} now. */
    int count(String workspace) {
        return (int) watches.values().stream().filter(w -> w.student.workspace().equals(workspace)).count();
    }

    void sendTo(String session, ShoulderMessage message) {
        messaging.convertAndSend(QUEUE + "-user" + session, message);
    }

    private void sendFiles() {
        watches.forEach((session, watch) -> {
            try {
                sendFiles(session, watch);
            } catch (RuntimeException e) {
                // One student's trouble must not stop the other instructors' views.
                log.warn("could not send a student's files to session {}", session, e);
            }
        });
    }

    private void sendFiles(String session, Watch watch) {
        String workspace = watch.student.workspace();
        live.lessonOf(workspace).ifPresent(lesson -> {
            Map<String, String> now = progress.files(workspace, lesson);
            if (!now.equals(watch.files) && watches.get(session) == watch) {
                watch.files = now;
                sessions.showFiles(session, now);
            }
        });
    }

    @Override
    public void destroy() {
        files.shutdownNow();
    }
}
