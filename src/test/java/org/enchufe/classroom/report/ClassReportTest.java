package org.enchufe.classroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.Test;

/** A class's report from stored records: weighted scores, where each student stands, the funnel, time per step. */
class ClassReportTest {

    private static final Lesson BIND = new LessonCatalogue(LessonCatalogue.shipped(), null).lesson("bind-y-puertos").orElseThrow();
    private static final Instant T0 = Instant.parse("2026-12-05T09:00:00Z");
    private static final ClassRoster.Member ANA = new ClassRoster.Member(1, "Ana", "wa");
    private static final ClassRoster.Member BEA = new ClassRoster.Member(2, "Bea", "wb");
    private static final ClassRoster.Member CIRO = new ClassRoster.Member(3, "Ciro", "wc");

    private final Map<String, Map<String, Map<String, GoalProgress>>> records = new HashMap<>();

    private void record(ClassRoster.Member s, String goal, int attempts, int failures, Instant seen, Instant passed) {
        int step = 0;
        for (int i = 0; i < BIND.steps().size(); i++) {
            if (BIND.steps().get(i).goals().contains(goal)) {
                step = i;
            }
        }
        records.computeIfAbsent(s.workspace(), w -> new HashMap<>()).computeIfAbsent(BIND.id(), l -> new HashMap<>())
                .put(goal, new GoalProgress(null, s.workspace(), BIND.id(), step, goal, seen, attempts, failures,
                        passed == null ? failures : 0, passed != null, seen, passed));
    }

    private ClassReport report() {
        return new ClassReport(List.of(BIND), List.of(ANA, BEA, CIRO), records);
    }

    @Test
    void aStudentWhoPassedEveryGoalScoresAHundredAndOneWithNoRecordNothing() {
        for (Goal g : BIND.goals()) {
            record(ANA, g.id(), 1, 0, T0, T0.plusSeconds(60));
        }

        ClassReport report = report();

        assertThat(report.score(ANA, BIND)).isEqualTo(100);
        assertThat(report.total(ANA)).isEqualTo(100);
        assertThat(report.score(CIRO, BIND)).isZero();
        assertThat(report.status(CIRO, BIND, BIND.goals().getFirst().id())).isEqualTo(ClassReport.Status.NOT_STARTED);
    }

    @Test
    void theScoreWeighsEachGoalByItsWeight() {
        Goal first = BIND.goals().getFirst();
        record(BEA, first.id(), 3, 2, T0, T0.plusSeconds(30));
        double total = BIND.goals().stream().mapToDouble(g -> g.common().weight()).sum();

        assertThat(report().score(BEA, BIND)).isCloseTo(100 * first.common().weight() / total, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theFunnelCountsWhoSawTriedAndPassedEachGoal() {
        String goal = BIND.steps().getFirst().goals().getFirst();
        record(ANA, goal, 1, 0, T0, T0.plusSeconds(10));
        record(BEA, goal, 2, 2, T0, null);
        record(CIRO, goal, 0, 0, T0, null);

        ClassReport.GoalFunnel row = report().funnel(BIND).stream().filter(f -> f.goal().id().equals(goal)).findFirst().orElseThrow();

        assertThat(row).extracting(ClassReport.GoalFunnel::reached, ClassReport.GoalFunnel::attempted,
                ClassReport.GoalFunnel::passed, ClassReport.GoalFunnel::failures).containsExactly(3, 2, 1, 2);
        assertThat(report().status(BEA, BIND, goal)).isEqualTo(ClassReport.Status.FAILING);
        assertThat(report().status(CIRO, BIND, goal)).isEqualTo(ClassReport.Status.SEEN);
        assertThat(report().funnel(BIND)).hasSize(BIND.goals().size());
    }

    @Test
    void aStepsTimeIsTheMedianOverTheStudentsWhoFinishedIt() {
        List<String> goals = BIND.steps().getFirst().goals();
        for (String g : goals) {
            record(ANA, g, 1, 0, T0, T0.plusSeconds(60));
            record(BEA, g, 1, 0, T0, T0.plusSeconds(180));
            record(CIRO, g, 1, 0, T0, T0.plusSeconds(120));
        }

        ClassReport.StepTime first = report().stepTimes(BIND).getFirst();

        assertThat(first.finished()).isEqualTo(3);
        assertThat(first.median()).contains(Duration.ofSeconds(120));
        assertThat(report().stepTimes(BIND).get(1).median()).isEmpty();
    }
}
