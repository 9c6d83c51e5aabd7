package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntervalTimersTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aRealTimerIsDueAtItsDeadlineOnTheKernelsClockAndThenDisarmed() {
        IntervalTimers timers = new IntervalTimers();
        timers.set(IntervalTimers.REAL, 5 * SECOND, 0, 100);
        assertThat(timers.realDeadline()).isEqualTo(100 + 5 * SECOND);
        assertThat(timers.realExpired(99 + 5 * SECOND)).isFalse();
        assertThat(timers.get(IntervalTimers.REAL, 100 + 2 * SECOND).value()).isEqualTo(3 * SECOND);
        assertThat(timers.realExpired(100 + 5 * SECOND)).isTrue();
        assertThat(timers.realExpired(100 + 6 * SECOND)).isFalse();
        assertThat(timers.realDeadline()).isEqualTo(Long.MAX_VALUE);
        assertThat(timers.get(IntervalTimers.REAL, 100 + 6 * SECOND)).isEqualTo(new IntervalTimers.Setting(0, 0));
    }

    @Test
    void aPeriodicTimerSendsOneSignalHoweverManyIntervalsWentBy() {
        IntervalTimers timers = new IntervalTimers();
        timers.set(IntervalTimers.REAL, SECOND, SECOND, 0);
        assertThat(timers.realExpired(SECOND)).isTrue();
        assertThat(timers.realDeadline()).isEqualTo(2 * SECOND);
        // Looked at 3.5 intervals late: one expiry, and the next a whole interval from now.
        assertThat(timers.realExpired(5 * SECOND + SECOND / 2)).isTrue();
        assertThat(timers.realExpired(6 * SECOND)).isFalse();
        assertThat(timers.realDeadline()).isEqualTo(6 * SECOND + SECOND / 2);
    }

    @Test
    void settingATimerAnswersWhatWasLeftOfThePreviousOne() {
        IntervalTimers timers = new IntervalTimers();
        assertThat(timers.set(IntervalTimers.REAL, 10 * SECOND, 0, 0)).isEqualTo(new IntervalTimers.Setting(0, 0));
        assertThat(timers.set(IntervalTimers.REAL, 0, 0, 4 * SECOND)).isEqualTo(new IntervalTimers.Setting(6 * SECOND, 0));
        assertThat(timers.realDeadline()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void theCpuTimersCountOnlyTheTimeTheProcessRan() {
        IntervalTimers timers = new IntervalTimers();
        timers.set(IntervalTimers.VIRTUAL, 30_000_000, 10_000_000, 0);
        timers.set(IntervalTimers.PROF, 50_000_000, 0, 0);
        assertThat(timers.ran(20_000_000)).isEmpty();
        assertThat(timers.ran(10_000_000)).containsExactly(Signal.SIGVTALRM);
        assertThat(timers.get(IntervalTimers.VIRTUAL, 0)).isEqualTo(new IntervalTimers.Setting(10_000_000, 10_000_000));
        assertThat(timers.ran(20_000_000)).containsExactly(Signal.SIGVTALRM, Signal.SIGPROF);
        assertThat(timers.get(IntervalTimers.PROF, 0)).isEqualTo(new IntervalTimers.Setting(0, 0));
    }
}
