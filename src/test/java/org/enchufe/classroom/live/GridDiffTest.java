package org.enchufe.classroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The feed's coalescing: between two updates, whatever happened becomes one message with only what differs. */
class GridDiffTest {

    private static final Histogram EMPTY = new Histogram(List.of());

    private static Row row(long id, Cell s0, Cell s1) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        cells.put("l/0", s0);
        cells.put("l/1", s1);
        return new Row(id, "student " + id, "l", 0, cells, List.of(), Row.need(cells, List.of()));
    }

    private static Map<Long, Row> grid(Row... rows) {
        Map<Long, Row> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.put(r.student(), r);
        }
        return out;
    }

    @Test
    void nothingChangedIsNoMessage() {
        var g = grid(row(1, Cell.WORKING, Cell.NOT_STARTED), row(2, Cell.DONE, Cell.WORKING));
        assertThat(GridDiff.between(7, g, EMPTY, grid(row(1, Cell.WORKING, Cell.NOT_STARTED), row(2, Cell.DONE, Cell.WORKING)),
                EMPTY, 0)).isEmpty();
    }

    @Test
    void manyChangesOfOneStudentBetweenUpdatesAreOneRowWithOnlyTheCellsThatDiffer() {
        var before = grid(row(1, Cell.WORKING, Cell.NOT_STARTED), row(2, Cell.WORKING, Cell.NOT_STARTED));
        // Student 1 failed, slept, failed again, then passed step 0 in the same period: only the end counts.
        var now = grid(row(1, Cell.DONE, Cell.NOT_STARTED), row(2, Cell.WORKING, Cell.NOT_STARTED));
        var changes = GridDiff.between(7, before, EMPTY, now, EMPTY, 0).orElseThrow();
        assertThat(changes.rows()).singleElement().satisfies(r -> {
            assertThat(r.student()).isEqualTo(1);
            assertThat(r.cells()).isEqualTo(Map.of("l/0", Cell.DONE));
        });
        assertThat(changes.removed()).isEmpty();
        assertThat(changes.histogram()).isNull();
    }

    @Test
    void aNewBadgeOrAStudentGoneOrANewBarIsSent() {
        var before = grid(row(1, Cell.WORKING, Cell.NOT_STARTED), row(2, Cell.WORKING, Cell.NOT_STARTED));
        Row withBadge = new Row(1, "student 1", "l", 0, before.get(1L).cells(), List.of(new Stuck.CrashLoop(3)), 100);
        Histogram bar = new Histogram(List.of(new Histogram.StepBars("l", 0,
                List.of(new Histogram.Bar(Histogram.Kind.ERRNO, "EADDRINUSE", List.of(1L))))));
        var changes = GridDiff.between(7, before, EMPTY, grid(withBadge), bar, 0).orElseThrow();
        assertThat(changes.rows()).singleElement().satisfies(r -> {
            assertThat(r.cells()).isEmpty();
            assertThat(r.stuck()).containsExactly(new Stuck.CrashLoop(3));
        });
        assertThat(changes.removed()).containsExactly(2L);
        assertThat(changes.histogram()).isEqualTo(bar);
    }

    @Test
    void aStudentNewToTheGridComesWithEveryCell() {
        var changes = GridDiff.between(7, Map.of(), EMPTY, grid(row(3, Cell.WORKING, Cell.NOT_STARTED)), EMPTY, 0).orElseThrow();
        assertThat(changes.rows()).singleElement().satisfies(r -> assertThat(r.cells()).hasSize(2));
    }
}
