package org.enchufe.classroom.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Text;
import org.enchufe.lessons.Verdict;

/** A small lesson and a clock tests move by hand. */
final class Fixtures {

    private Fixtures() {
    }

    /** Lesson "l": step 0 asks for goals a and b, step 1 for c. */
    static Lesson lesson() {
        return new Lesson("l", 1, List.of(), Text.of("Lección", "Lesson"), null, List.of(),
                List.of(new Lesson.Step("s0", Text.of("Uno", "One"), List.of("a", "b")),
                        new Lesson.Step("s1", Text.of("Dos", "Two"), List.of("c"))),
                List.of(), List.of(), Map.of(), Map.of(), Map.of(), List.of(), List.of(), Map.of(), List.of(), "test");
    }

    static Verdict passed(String goal) {
        return new Verdict(goal, Verdict.Status.PASSED, null, null, List.of(), 1, null);
    }

    static Verdict failed(String goal, String misconception) {
        return new Verdict(goal, Verdict.Status.FAILED, null, null, List.of(), 1, misconception);
    }

    /** A clock that stands still until a test moves it. */
    static final class MovingClock extends Clock {
        private volatile Instant now = Instant.parse("2026-12-05T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
