package org.enchufe.classroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;
import org.enchufe.kernel.ProcessState;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.junit.jupiter.api.Test;

/**
 * A student's cells and stuck badges from what their sandbox and their verdicts said, with the
 * time driven by hand: each detector fires exactly when its threshold is crossed, never before.
 */
class StudentStateTest {

    private final Lesson lesson = Fixtures.lesson();
    private final Fixtures.MovingClock clock = new Fixtures.MovingClock();
    private final LiveSettings settings = LiveSettings.defaults();
    private final StudentState student = new StudentState();

    private List<Stuck> stuck() {
        return StuckDetectors.detect(student.facts(), clock.instant(), settings);
    }

    private Cell cell(int step) {
        return Cells.of(student.facts(), lesson, step);
    }

    private static SandboxSnapshot.ProcessView asleep(int pid, String program, String call) {
        return new SandboxSnapshot.ProcessView(pid, 0, program, "enchufe", ProcessState.BLOCKED, 0, call, 3, 7, List.of(),
                List.of(), false);
    }

    private static SandboxSnapshot snapshot(SandboxSnapshot.ProcessView... processes) {
        return new SandboxSnapshot(List.of(processes), List.of());
    }

    private static SyscallEvent call(int pid, String name, String errno) {
        return new SyscallEvent(1, 1, pid, name, Map.of(), errno == null ? 0 : -1,
                errno == null ? null : new SyscallEvent.ErrnoInfo(errno, 98, "Address already in use"), "", 1, null);
    }

    private static ProcessEvent exited(int pid, int code) {
        return new ProcessEvent(1, 1, pid, 0, ProcessEvent.Change.EXITED, code << 8, "servidor.py");
    }

    @Test
    void afterARestartTheStoredHistoryGivesBackDoneStepsAndFailuresInARow() {
        var t = clock.instant();
        student.seed(List.of(
                new org.enchufe.classroom.progress.GoalProgress(1L, "w", "l", 0, "a", t, 1, 0, 0, true, t, t),
                new org.enchufe.classroom.progress.GoalProgress(2L, "w", "l", 0, "b", t, 1, 0, 0, true, t, t),
                new org.enchufe.classroom.progress.GoalProgress(3L, "w", "l", 1, "c", t, 4, 4, 4, false, t, null)));
        assertThat(cell(0)).isEqualTo(Cell.DONE);
        assertThat(cell(1)).isEqualTo(new Cell.Failing("c", 4));
        assertThat(stuck()).containsExactly(new Stuck.RepeatedFailure("l", "c", 4));
    }

    @Test
    void aStepNobodyOpenedIsNotStartedTheOneOpenIsWorkingAndAllGoalsPassedIsDone() {
        assertThat(cell(0)).isEqualTo(Cell.NOT_STARTED);
        student.opened(lesson, 0);
        assertThat(cell(0)).isEqualTo(Cell.WORKING);
        assertThat(cell(1)).isEqualTo(Cell.NOT_STARTED);
        student.decided(lesson, List.of(Fixtures.passed("a")));
        assertThat(cell(0)).isEqualTo(Cell.WORKING);
        student.decided(lesson, List.of(Fixtures.passed("b")));
        assertThat(cell(0)).isEqualTo(Cell.DONE);
    }

    @Test
    void aGoalFailingAgainAndAgainIsAFailingCellThenABadgeAtTheThreshold() {
        student.opened(lesson, 0);
        student.decided(lesson, List.of(Fixtures.failed("a", null)));
        assertThat(cell(0)).isEqualTo(new Cell.Failing("a", 1));
        student.decided(lesson, List.of(Fixtures.failed("a", null)));
        assertThat(stuck()).isEmpty();
        student.decided(lesson, List.of(Fixtures.failed("a", null)));
        assertThat(stuck()).containsExactly(new Stuck.RepeatedFailure("l", "a", 3));
        student.decided(lesson, List.of(Fixtures.passed("a")));
        assertThat(stuck()).isEmpty();
        assertThat(cell(0)).isEqualTo(Cell.WORKING);
    }

    @Test
    void aServerAsleepInAcceptIsAnAsleepCellAndALonelyAcceptOnceNoClientCameForTheThreshold() {
        student.opened(lesson, 0);
        var since = clock.instant();
        student.looked(lesson, snapshot(asleep(1, "servidor.py", "accept")), clock.instant());
        assertThat(cell(0)).isEqualTo(new Cell.Asleep("accept", since));
        clock.advance(settings.lonelyAccept().minusSeconds(1));
        student.looked(lesson, snapshot(asleep(1, "servidor.py", "accept")), clock.instant());
        assertThat(stuck()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(stuck()).containsExactly(new Stuck.LonelyAccept(1, since));
    }

    @Test
    void aClientReachingTheServerWakesItAndTheAcceptSleepStartsAgain() {
        student.opened(lesson, 0);
        student.looked(lesson, snapshot(asleep(1, "servidor.py", "accept")), clock.instant());
        clock.advance(settings.lonelyAccept().minusSeconds(5));
        student.event(lesson, call(1, "accept", null), clock.instant());
        var again = clock.instant();
        student.looked(lesson, snapshot(asleep(1, "servidor.py", "accept")), clock.instant());
        clock.advance(Duration.ofSeconds(10));
        assertThat(stuck()).isEmpty();
        assertThat(cell(0)).isEqualTo(new Cell.Asleep("accept", again));
    }

    @Test
    void clientAndServerBothAsleepInRecvAreADeadlockAfterTheThreshold() {
        student.opened(lesson, 0);
        student.looked(lesson, snapshot(asleep(1, "servidor.py", "recv"), asleep(2, "cliente.py", "recv")), clock.instant());
        clock.advance(settings.recvDeadlock().minusMillis(1));
        assertThat(stuck()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(stuck()).singleElement().isInstanceOf(Stuck.RecvDeadlock.class)
                .extracting(s -> ((Stuck.RecvDeadlock) s).pids()).isEqualTo(List.of(1, 2));
    }

    @Test
    void oneProcessAsleepInRecvIsNoDeadlock() {
        student.opened(lesson, 0);
        student.looked(lesson, snapshot(asleep(2, "cliente.py", "recv")), clock.instant());
        clock.advance(Duration.ofMinutes(5));
        assertThat(stuck()).isEmpty();
    }

    @Test
    void theCheckersProbesAreNotTheStudentsProcesses() {
        student.opened(lesson, 0);
        student.event(lesson, new ProcessEvent(1, 1, 9, 0, ProcessEvent.Change.CREATED, 0, "probes/cliente.py"), clock.instant());
        student.looked(lesson, snapshot(asleep(9, "probes/cliente.py", "recv")), clock.instant());
        student.event(lesson, call(9, "connect", "ECONNREFUSED"), clock.instant());
        student.event(lesson, exited(9, 1), clock.instant());
        assertThat(cell(0)).isEqualTo(Cell.WORKING);
        assertThat(student.tags()).isEmpty();
    }

    @Test
    void programsEndingWithAnErrorInAShortSpanAreACrashLoopAndOldCrashesAreForgotten() {
        student.opened(lesson, 0);
        student.event(lesson, exited(1, 1), clock.instant());
        clock.advance(Duration.ofSeconds(20));
        student.event(lesson, exited(2, 0), clock.instant());
        student.event(lesson, exited(3, 1), clock.instant());
        assertThat(stuck()).isEmpty();
        student.event(lesson, exited(4, 1), clock.instant());
        assertThat(stuck()).containsExactly(new Stuck.CrashLoop(3));
        clock.advance(settings.crashWindow());
        assertThat(stuck()).isEmpty();
    }

    @Test
    void aProgramKilledByASignalIsNoCrash() {
        assertThat(StudentState.exitedWithError(2)).isFalse();
        assertThat(StudentState.exitedWithError(0)).isFalse();
        assertThat(StudentState.exitedWithError(1 << 8)).isTrue();
    }

    @Test
    void aRaisedHandIsABadgeUntilLowered() {
        var raised = clock.instant();
        student.hand(true, raised);
        clock.advance(Duration.ofSeconds(30));
        student.hand(true, clock.instant());
        assertThat(stuck()).containsExactly(new Stuck.RaisedHand(raised));
        student.hand(false, clock.instant());
        assertThat(stuck()).isEmpty();
    }

    @Test
    void errnosCountAtTheStepTheStudentIsOnAndMisconceptionsAtTheGoalsStepWhileFailing() {
        student.opened(lesson, 0);
        student.event(lesson, call(1, "bind", "EADDRINUSE"), clock.instant());
        student.opened(lesson, 1);
        student.decided(lesson, List.of(Fixtures.failed("a", "port-reuse")));
        assertThat(student.tags()).containsEntry(new StudentState.StepKey("l", 0), List.of(
                new Histogram.Tag(Histogram.Kind.ERRNO, "EADDRINUSE"), new Histogram.Tag(Histogram.Kind.MISCONCEPTION, "port-reuse")));
        student.decided(lesson, List.of(Fixtures.passed("a")));
        assertThat(student.tags()).containsEntry(new StudentState.StepKey("l", 0), List.of(
                new Histogram.Tag(Histogram.Kind.ERRNO, "EADDRINUSE")));
    }

    @Test
    void needPutsARaisedHandAboveBadgesAndBadgesAboveFailingCells() {
        Map<String, Cell> failing = Map.of("l/0", new Cell.Failing("a", 1));
        int hand = Row.need(Map.of(), List.of(new Stuck.RaisedHand(clock.instant())));
        int badge = Row.need(failing, List.of(new Stuck.CrashLoop(3)));
        int cells = Row.need(Map.of("l/0", new Cell.Failing("a", 1), "l/1", new Cell.Failing("c", 2)), List.of());
        assertThat(hand).isGreaterThan(badge);
        assertThat(badge).isGreaterThan(cells);
        assertThat(cells).isGreaterThan(Row.need(Map.of("l/0", Cell.WORKING), List.of()));
    }
}
