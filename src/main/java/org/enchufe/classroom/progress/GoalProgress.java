package org.enchufe.classroom.progress;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * One student's record of one goal of a lesson (table {@code goal_progress}).
 *
 * @param step          the lesson step the goal belongs to (0-based)
 * @param firstSeen     when the student first met the goal: its step opened, or its first verdict
 * @param attempts      verdicts it had (Checks, and the student's runs in which it held)
 * @param failures      of those, how many failed
 * @param failingStreak failed verdicts since the last passed one
 * @param lastPassed    the last verdict (null: none yet)
 * @param lastAt        when the last verdict came
 * @param passedAt      when it first passed (null: not yet); a goal once passed stays passed
 */
public record GoalProgress(@Id Long id, String workspace, String lesson, int step, String goal, Instant firstSeen,
                           int attempts, int failures, int failingStreak, Boolean lastPassed, Instant lastAt,
                           Instant passedAt) {

    static GoalProgress seen(String workspace, String lesson, int step, String goal, Instant at) {
        return new GoalProgress(null, workspace, lesson, step, goal, at, 0, 0, 0, null, null, null);
    }

    public boolean passed() {
        return passedAt != null;
    }

    /** This record after one more verdict at {@code at}. */
    GoalProgress after(boolean passed, Instant at) {
        return new GoalProgress(id, workspace, lesson, step, goal, firstSeen, attempts + 1, failures + (passed ? 0 : 1),
                passed ? 0 : failingStreak + 1, passed, at, passedAt == null && passed ? at : passedAt);
    }
}
