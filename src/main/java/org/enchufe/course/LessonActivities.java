package org.enchufe.course;

import java.util.List;
import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every {@link LessonActivity} of the application told as one: each in turn, one that throws
 * logged and the others still told, so the classroom's trouble never reaches a student's lesson.
 */
@Component
class LessonActivities {

    private static final Logger log = LoggerFactory.getLogger(LessonActivities.class);

    private final List<LessonActivity> all;

    LessonActivities(ObjectProvider<LessonActivity> activities) {
        this.all = activities.orderedStream().toList();
    }

    void opened(String workspace, Lesson lesson, int step) {
        each(a -> a.opened(workspace, lesson, step));
    }

    void event(String workspace, Lesson lesson, Event event) {
        each(a -> a.event(workspace, lesson, event));
    }

    void looked(String workspace, Lesson lesson, SandboxSnapshot snapshot) {
        each(a -> a.looked(workspace, lesson, snapshot));
    }

    void decided(String workspace, Lesson lesson, List<Verdict> verdicts, boolean check) {
        if (!verdicts.isEmpty()) {
            each(a -> a.decided(workspace, lesson, verdicts, check));
        }
    }

    void stepped(String workspace, Lesson lesson, int step) {
        each(a -> a.stepped(workspace, lesson, step));
    }

    void hand(String workspace, Lesson lesson, boolean raised) {
        each(a -> a.hand(workspace, lesson, raised));
    }

    private void each(Consumer<LessonActivity> told) {
        for (LessonActivity a : all) {
            try {
                told.accept(a);
            } catch (RuntimeException e) {
                log.warn("{} failed on a student's lesson activity", a.getClass().getSimpleName(), e);
            }
        }
    }
}
