package org.enchufe.classroom.progress;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/** One verdict of one goal for one student, as it came (table {@code goal_attempt}); {@code byCheck} false: the student's own run. */
public record GoalAttempt(@Id Long id, String workspace, String lesson, String goal, boolean passed, boolean byCheck,
                          Instant decidedAt) {
}
