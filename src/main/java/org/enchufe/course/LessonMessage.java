package org.enchufe.course;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.enchufe.lessons.Text;
import org.enchufe.lessons.TraceRow;
import org.enchufe.lessons.Verdict;

/**
 * What the server sends a workspace's lesson pages on {@code /user/queue/lesson}: the goals'
 * verdicts (live as they pass, and after a Check), the hints shown, whether a Check is running,
 * and problems with what the page asked. Texts travel in both languages; the page shows its own.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LessonMessage.Goals.class, name = "goals"),
    @JsonSubTypes.Type(value = LessonMessage.Hints.class, name = "hints"),
    @JsonSubTypes.Type(value = LessonMessage.Checking.class, name = "checking"),
    @JsonSubTypes.Type(value = LessonMessage.Problem.class, name = "problem"),
    @JsonSubTypes.Type(value = LessonMessage.Hand.class, name = "hand"),
    @JsonSubTypes.Type(value = LessonMessage.Note.class, name = "note")
})
sealed interface LessonMessage {

    /** A message or hint the student's instructor sent from the class's dashboard. */
    record Note(String text, long at) implements LessonMessage {
    }

    /** Whether the student's hand is up in this lesson (the class's dashboard shows it). */
    record Hand(String lesson, boolean raised) implements LessonMessage {
    }

    /**
     * Every goal of the lesson: PASSED once it has held (it stays so), FAILED with what was expected,
     * what happened and the trace rows behind it when the last Check decided so, else PENDING.
     */
    record Goals(String lesson, List<GoalView> goals, double score) implements LessonMessage {
    }

    record GoalView(String id, String status, Text expected, Text happened, List<TraceRow> rows) {

        static GoalView passed(String id) {
            return new GoalView(id, Verdict.Status.PASSED.name(), null, null, List.of());
        }

        static GoalView pending(String id) {
            return new GoalView(id, Verdict.Status.PENDING.name(), null, null, List.of());
        }

        static GoalView of(Verdict v) {
            return new GoalView(v.goal(), v.status().name(), v.expected(), v.happened(),
                    v.rows().size() > 5 ? v.rows().subList(0, 5) : v.rows());
        }
    }

    /** The hints shown so far, in the order they appeared. */
    record Hints(String lesson, List<HintView> hints) implements LessonMessage {
    }

    record HintView(String id, int tier, Text text, String errno) {
    }

    /** A Check started (true) or ended (false). */
    record Checking(String lesson, boolean running) implements LessonMessage {
    }

    record Problem(String code, Map<String, Object> args) implements LessonMessage {
    }
}
