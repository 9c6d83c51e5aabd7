package org.enchufe.classroom.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Text;
import org.enchufe.lessons.Verdict;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.transaction.TestTransaction;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored history of goal verdicts: first seen, attempts, failures in a row, passed at, and
 * every verdict with its time, each committed as it is told (no transaction of the test around it).
 */
@DataJdbcTest
@Import({ProgressHistory.class, ProgressHistoryTest.Times.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProgressHistoryTest {

    static final Instant START = Instant.parse("2026-12-05T09:00:00Z");

    /** Time moves a minute each time it is read (shared by the tests, whatever their order). */
    @TestConfiguration
    static class Times {
        @Bean
        Clock clock() {
            return new Clock() {
                private Instant now = START;

                @Override
                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public synchronized Instant instant() {
                    Instant t = now;
                    now = now.plus(Duration.ofMinutes(1));
                    return t;
                }
            };
        }
    }

    @Autowired
    ProgressHistory history;

    static final Lesson LESSON = new Lesson("l", 1, List.of(), Text.of("L", "L"), null, List.of(),
            List.of(new Lesson.Step("s0", Text.of("a", "a"), List.of("a", "b")), new Lesson.Step("s1", Text.of("c", "c"), List.of("c"))),
            List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(), "test");

    private static Verdict verdict(String goal, boolean passed) {
        return new Verdict(goal, passed ? Verdict.Status.PASSED : Verdict.Status.FAILED, null, null, List.of(), 1, null);
    }

    @Test
    void eachVerdictCountsAnAttemptAndTheFirstPassIsWhenTheGoalPassed() {
        assertThat(TestTransaction.isActive()).isFalse();
        history.opened("w1", LESSON, 0);                                         // t
        history.decided("w1", LESSON, List.of(verdict("a", false)), true);      // t + 1 min
        history.decided("w1", LESSON, List.of(verdict("a", false)), true);      // t + 2 min
        history.decided("w1", LESSON, List.of(verdict("a", true), verdict("b", false)), true); // t + 3 min
        history.decided("w1", LESSON, List.of(verdict("a", false)), true);      // t + 4 min: a once passed stays passed

        Map<String, GoalProgress> mine = history.of("w1", "l");
        GoalProgress a = mine.get("a");
        Instant opened = a.firstSeen();
        assertThat(opened).isAfterOrEqualTo(START);
        assertThat(a.attempts()).isEqualTo(4);
        assertThat(a.failures()).isEqualTo(3);
        assertThat(a.failingStreak()).isEqualTo(1);
        assertThat(a.passedAt()).isEqualTo(opened.plus(Duration.ofMinutes(3)));
        assertThat(a.lastAt()).isEqualTo(opened.plus(Duration.ofMinutes(4)));
        assertThat(mine.get("b").failingStreak()).isEqualTo(1);
        assertThat(mine.get("b").passed()).isFalse();
        assertThat(mine).doesNotContainKey("c");

        assertThat(history.attempts("w1", "l")).extracting(GoalAttempt::goal, GoalAttempt::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", false), org.assertj.core.groups.Tuple.tuple("a", false),
                        org.assertj.core.groups.Tuple.tuple("a", true), org.assertj.core.groups.Tuple.tuple("b", false),
                        org.assertj.core.groups.Tuple.tuple("a", false));
        assertThat(history.of("w2", "l")).isEmpty();
    }

    @Test
    void aStepOpenedMarksItsGoalsSeenOnceAndAVerdictOfAGoalNotYetSeenKnowsItsStep() {
        history.decided("w3", LESSON, List.of(verdict("c", true)), false);
        history.stepped("w3", LESSON, 1);
        GoalProgress c = history.of("w3", "l").get("c");
        assertThat(c.step()).isEqualTo(1);
        assertThat(c.attempts()).isEqualTo(1);
        assertThat(history.attempts("w3", "l")).singleElement().satisfies(t -> assertThat(t.byCheck()).isFalse());
        assertThat(history.ofAll(List.of("w3", "w4"))).extracting(GoalProgress::goal).containsExactly("c");
    }
}
