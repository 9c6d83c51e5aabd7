package org.enchufe.classroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The class histogram: per step, a bar per errno or tag listing its students, the tallest first. */
class HistogramTest {

    private static final Histogram.Tag EADDRINUSE = new Histogram.Tag(Histogram.Kind.ERRNO, "EADDRINUSE");
    private static final Histogram.Tag REFUSED = new Histogram.Tag(Histogram.Kind.ERRNO, "ECONNREFUSED");
    private static final Histogram.Tag TAG = new Histogram.Tag(Histogram.Kind.MISCONCEPTION, "htons");

    @Test
    void eachBarListsTheStudentsBehindItTallestFirst() {
        var step0 = new StudentState.StepKey("l", 0);
        var step1 = new StudentState.StepKey("l", 1);
        Histogram h = Histogram.of(Map.of(
                1L, Map.of(step0, List.of(EADDRINUSE, TAG)),
                2L, Map.of(step0, List.of(EADDRINUSE), step1, List.of(REFUSED)),
                3L, Map.of(step0, List.of(EADDRINUSE))));
        assertThat(h.steps()).hasSize(2);
        assertThat(h.steps().get(0).bars()).containsExactly(
                new Histogram.Bar(Histogram.Kind.ERRNO, "EADDRINUSE", List.of(1L, 2L, 3L)),
                new Histogram.Bar(Histogram.Kind.MISCONCEPTION, "htons", List.of(1L)));
        assertThat(h.steps().get(1)).isEqualTo(new Histogram.StepBars("l", 1,
                List.of(new Histogram.Bar(Histogram.Kind.ERRNO, "ECONNREFUSED", List.of(2L)))));
    }
}
