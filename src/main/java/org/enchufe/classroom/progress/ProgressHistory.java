package org.enchufe.classroom.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enchufe.classroom.StudentsLeft;
import org.enchufe.course.LessonActivity;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Verdict;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every goal verdict of every student, stored as it is decided (before the page hears of it):
 * a closed tab, a restart or a killed server loses none. Told by the lesson engine as a
 * {@link LessonActivity}; read by the dashboard and, later, the CSV export.
 */
@Service
@Order(1)
public class ProgressHistory implements LessonActivity {

    private final GoalProgressRepository goals;
    private final GoalAttemptRepository attempts;
    private final Clock clock;
    /** Each change in its own transaction, committed before the lock is let go: two verdicts never race on a row. */
    private final TransactionTemplate transactions;

    ProgressHistory(GoalProgressRepository goals, GoalAttemptRepository attempts, PlatformTransactionManager transactions,
                    Optional<Clock> clock) {
        this.goals = goals;
        this.attempts = attempts;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The step the goal belongs to in {@code lesson} (0 when no step names it). */
    public static int stepOf(Lesson lesson, String goal) {
        for (int i = 0; i < lesson.steps().size(); i++) {
            if (lesson.steps().get(i).goals().contains(goal)) {
                return i;
            }
        }
        return 0;
    }

    /** The student opened the lesson at a step: that step's goals are seen from now (the first time only). */
    @Override
    public void opened(String workspace, Lesson lesson, int step) {
        seeStep(workspace, lesson, step);
    }

    @Override
    public void stepped(String workspace, Lesson lesson, int step) {
        seeStep(workspace, lesson, step);
    }

    @Override
    public synchronized void decided(String workspace, Lesson lesson, List<Verdict> verdicts, boolean check) {
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            for (Verdict v : verdicts) {
                if (v.status() == Verdict.Status.PENDING) {
                    continue;
                }
                GoalProgress before = goals.findByWorkspaceAndLessonAndGoal(workspace, lesson.id(), v.goal())
                        .orElseGet(() -> GoalProgress.seen(workspace, lesson.id(), stepOf(lesson, v.goal()), v.goal(), now));
                goals.save(before.after(v.passed(), now));
                attempts.save(new GoalAttempt(null, workspace, lesson.id(), v.goal(), v.passed(), check, now));
            }
        });
    }

    /** The student's record of each goal of the lesson it has met, by goal id. */
    public Map<String, GoalProgress> of(String workspace, String lesson) {
        Map<String, GoalProgress> out = new HashMap<>();
        goals.findByWorkspaceAndLesson(workspace, lesson).forEach(g -> out.put(g.goal(), g));
        return out;
    }

    /** Every verdict of the student in the lesson, oldest first. */
    public List<GoalAttempt> attempts(String workspace, String lesson) {
        return attempts.findByWorkspaceAndLessonOrderByDecidedAtAscIdAsc(workspace, lesson);
    }

    /** Students left their class: their history goes with them. */
    @EventListener
    public void forget(StudentsLeft left) {
        if (left.workspaces().isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            goals.deleteByWorkspaceIn(left.workspaces());
            attempts.deleteByWorkspaceIn(left.workspaces());
        });
    }

    /** The records of every goal of these students, in any lesson (a class's dashboard opening). */
    public List<GoalProgress> ofAll(Collection<String> workspaces) {
        return workspaces.isEmpty() ? List.of() : goals.findByWorkspaceIn(workspaces);
    }

    private synchronized void seeStep(String workspace, Lesson lesson, int step) {
        if (step < 0 || step >= lesson.steps().size()) {
            return;
        }
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> {
            Map<String, GoalProgress> known = of(workspace, lesson.id());
            for (String goal : lesson.steps().get(step).goals()) {
                if (!known.containsKey(goal)) {
                    goals.save(GoalProgress.seen(workspace, lesson.id(), step, goal, now));
                }
            }
        });
    }
}
