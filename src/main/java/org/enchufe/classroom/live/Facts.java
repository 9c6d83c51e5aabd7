package org.enchufe.classroom.live;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What is known of one student at one moment, as plain values: what the cells and the stuck
 * detectors are computed from ({@link Cells}, {@link StuckDetectors}), so both are pure functions
 * tests drive with any clock.
 *
 * @param lesson    the lesson the student has open (null: none yet)
 * @param step      the step they are on in it
 * @param marks     per lesson id, per goal id, what its verdicts said
 * @param sleeps    the student's processes asleep in a call now (the checker's probes left out)
 * @param crashes   when their programs ended with an error, oldest first (the recent ones)
 * @param handSince when they raised their hand (null: it is down)
 */
public record Facts(String lesson, int step, Map<String, Map<String, Mark>> marks, List<Sleep> sleeps,
                    List<Instant> crashes, Instant handSince) {

    /** One goal's verdicts so far: whether the student met it, its failures in a row, whether it passed. */
    public record Mark(boolean seen, int failingStreak, boolean passed) {
        static final Mark SEEN = new Mark(true, 0, false);
    }

    /** A process asleep in {@code call} since {@code since}. */
    public record Sleep(int pid, String call, Instant since) {
    }

    public Mark mark(String lessonId, String goal) {
        return marks.getOrDefault(lessonId, Map.of()).get(goal);
    }
}
