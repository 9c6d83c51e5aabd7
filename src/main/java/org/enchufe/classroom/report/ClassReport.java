package org.enchufe.classroom.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.Lesson;

/**
 * What a class did in its open lessons, read once from the stored history: each student's record of
 * each goal. The exports and the after-class page are all computed from it.
 *
 * @param lessons  the lessons open in the class, in course order
 * @param students the class's students, in the order they joined
 * @param records  each student's (workspace's) records by lesson id, then goal id
 */
public record ClassReport(List<Lesson> lessons, List<ClassRoster.Member> students,
                          Map<String, Map<String, Map<String, GoalProgress>>> records) {

    /** Where a student stands on a goal. */
    public enum Status { NOT_STARTED, SEEN, FAILING, PASSED }

    /** How far the class got with one goal: students who met it, tried it (a verdict), passed it. */
    public record GoalFunnel(int step, Goal goal, int reached, int attempted, int passed, int failures) {
    }

    /** One step of a lesson: how many students finished it, and the median time they took. */
    public record StepTime(int step, String stepId, int finished, Optional<Duration> median) {
    }

    public Optional<GoalProgress> record(ClassRoster.Member student, Lesson lesson, String goal) {
        return Optional.ofNullable(records.getOrDefault(student.workspace(), Map.of())
                .getOrDefault(lesson.id(), Map.of()).get(goal));
    }

    public Status status(ClassRoster.Member student, Lesson lesson, String goal) {
        return record(student, lesson, goal).map(r -> r.passed() ? Status.PASSED
                : r.failures() > 0 ? Status.FAILING : Status.SEEN).orElse(Status.NOT_STARTED);
    }

    /** The student's score in the lesson: the weighted share of its goals passed, 0 to 100. */
    public double score(ClassRoster.Member student, Lesson lesson) {
        double total = 0;
        double done = 0;
        for (Goal g : lesson.goals()) {
            total += g.common().weight();
            if (status(student, lesson, g.id()) == Status.PASSED) {
                done += g.common().weight();
            }
        }
        return total == 0 ? 0 : 100 * done / total;
    }

    /** The student's score over the class's open lessons, each counting the same; 0 with none open. */
    public double total(ClassRoster.Member student) {
        return lessons.isEmpty() ? 0 : lessons.stream().mapToDouble(l -> score(student, l)).sum() / lessons.size();
    }

    /** The failure funnel of a lesson, goal by goal in step order. */
    public List<GoalFunnel> funnel(Lesson lesson) {
        List<GoalFunnel> out = new ArrayList<>();
        for (int step = 0; step < lesson.steps().size(); step++) {
            for (String goalId : lesson.steps().get(step).goals()) {
                int reached = 0;
                int attempted = 0;
                int passed = 0;
                int failures = 0;
                for (ClassRoster.Member s : students) {
                    Optional<GoalProgress> r = record(s, lesson, goalId);
                    if (r.isEmpty()) {
                        continue;
                    }
                    reached++;
                    attempted += r.get().attempts() > 0 ? 1 : 0;
                    passed += r.get().passed() ? 1 : 0;
                    failures += r.get().failures();
                }
                out.add(new GoalFunnel(step, lesson.goal(goalId), reached, attempted, passed, failures));
            }
        }
        return out;
    }

    /**
     * The time each step took the students who finished it: from when they first met one of its
     * goals to when the last of them passed; the median over those students.
     */
    public List<StepTime> stepTimes(Lesson lesson) {
        List<StepTime> out = new ArrayList<>();
        for (int step = 0; step < lesson.steps().size(); step++) {
            List<String> goals = lesson.steps().get(step).goals();
            List<Duration> took = new ArrayList<>();
            for (ClassRoster.Member s : students) {
                Instant start = null;
                Instant end = null;
                boolean all = !goals.isEmpty();
                for (String g : goals) {
                    GoalProgress r = record(s, lesson, g).orElse(null);
                    if (r == null || !r.passed()) {
                        all = false;
                        break;
                    }
                    start = start == null || r.firstSeen().isBefore(start) ? r.firstSeen() : start;
                    end = end == null || r.passedAt().isAfter(end) ? r.passedAt() : end;
                }
                if (all) {
                    took.add(Duration.between(start, end));
                }
            }
            took.sort(null);
            Optional<Duration> median = took.isEmpty() ? Optional.empty()
                    : Optional.of(took.size() % 2 == 1 ? took.get(took.size() / 2)
                    : took.get(took.size() / 2 - 1).plus(took.get(took.size() / 2)).dividedBy(2));
            out.add(new StepTime(step, lesson.steps().get(step).id(), took.size(), median));
        }
        return out;
    }
}
