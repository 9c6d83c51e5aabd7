package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.lessons.LessonFixtures.lesson;
import static org.enchufe.lessons.LessonFixtures.record;

import java.util.List;
import java.util.Map;

import org.enchufe.events.Event;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.junit.jupiter.api.Test;

/** Hints appear for an errno, a state held too long (in event time), repeated failure, or asking. */
class HintsTest {

    private static final String HINTS = """
            goals:
              - {id: escucha, kind: call, text: {es: l, en: l}, call: listen}
            hints:
              - {id: en-uso, tier: 1, when: {errno: EADDRINUSE}, text: {es: u, en: u}, errno_link: EADDRINUSE}
              - {id: dormido, tier: 2, when: {asleep: {call: accept, for: 90s}}, text: {es: d, en: d}}
              - {id: otra-vez, tier: 2, when: {failed: {goal: escucha, times: 3}}, text: {es: f, en: f}}
              - {id: pide-2, tier: 2, when: {asked: true}, text: {es: a2, en: a2}}
              - {id: pide-1, tier: 1, when: {asked: true}, text: {es: a1, en: a1}}
            """;

    @Test
    void anErrnoFiresItsHint() {
        GoalChecker checker = new GoalChecker(lesson(HINTS));
        record("""
                import socket
                socket.socket().bind(('127.0.0.1', 5000))
                try:
                    socket.socket().bind(('127.0.0.1', 5000))
                except OSError:
                    pass
                """).forEach(checker);

        assertThat(checker.hints()).extracting(FiredHint::id).containsExactly("en-uso");
        assertThat(checker.hints().get(0).errnoLink()).isEqualTo("EADDRINUSE");
    }

    @Test
    void sleepingInAcceptFiresOnlyOnceEnoughEventTimeHasPassed() {
        GoalChecker checker = new GoalChecker(lesson(HINTS));
        SandboxSnapshot asleep = new SandboxSnapshot(List.of(new SandboxSnapshot.ProcessView(1000, 0, "prog.py", "enchufe",
                ProcessState.BLOCKED, 0, "accept", 3, 4, List.of(), List.of(), false)), List.of());

        checker.snapshot(asleep, 1_000_000);
        checker.tick(90_000_000);
        assertThat(checker.hints()).isEmpty();
        checker.tick(91_000_000);

        assertThat(checker.hints()).extracting(FiredHint::id).containsExactly("dormido");
    }

    @Test
    void aGoalFailedThreeRunsInARowFiresItsHint() {
        List<Event> none = record("pass\n");
        GoalChecker first = new GoalChecker(lesson(HINTS));
        none.forEach(first);
        first.finish();
        GoalChecker second = new GoalChecker(lesson(HINTS), first.failures());
        none.forEach(second);
        second.finish();
        GoalChecker third = new GoalChecker(lesson(HINTS), second.failures());
        none.forEach(third);
        third.finish();

        assertThat(second.hints()).isEmpty();
        assertThat(third.failures()).isEqualTo(Map.of("escucha", 3));
        assertThat(third.hints()).extracting(FiredHint::id).containsExactly("otra-vez");
    }

    @Test
    void askingGivesTheAskedHintsLowestTierFirst() {
        GoalChecker checker = new GoalChecker(lesson(HINTS));

        assertThat(checker.ask()).map(FiredHint::id).hasValue("pide-1");
        assertThat(checker.ask()).map(FiredHint::id).hasValue("pide-2");
        assertThat(checker.ask()).isEmpty();
    }
}
