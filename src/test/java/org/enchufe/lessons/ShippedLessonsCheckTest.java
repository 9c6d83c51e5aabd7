package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code lessons check} on every lesson shipped in the jar, run by the build: each reference
 * solution passes every goal, each mutant fails exactly what it names and fires its hints, the
 * starter files fail what the student has yet to do.
 */
class ShippedLessonsCheckTest {

    private static final LessonCatalogue SHIPPED = new LessonCatalogue(LessonCatalogue.shipped(), null);

    @Test
    void everyShippedLessonLoads() {
        assertThat(SHIPPED.problems()).isEmpty();
        assertThat(SHIPPED.lessons()).hasSizeGreaterThanOrEqualTo(2);
    }

    @TestFactory
    Stream<DynamicTest> everyShippedLessonChecks() {
        return SHIPPED.lessons().stream().map(lesson -> DynamicTest.dynamicTest(lesson.number() + " " + lesson.id(),
                () -> assertThat(LessonCheck.check(lesson)).isEmpty()));
    }

    @Test
    void everyLessonHasAtLeastTwoMutantsAndHintsForItsErrnos() {
        for (Lesson lesson : SHIPPED.lessons()) {
            assertThat(lesson.mutants()).as(lesson.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(lesson.hints()).as(lesson.id()).anyMatch(h -> h.when() instanceof Hint.OnErrno);
            assertThat(lesson.goals()).as(lesson.id()).anyMatch(g -> g.common().misconception() != null);
        }
    }
}
