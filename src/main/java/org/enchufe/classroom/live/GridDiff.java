package org.enchufe.classroom.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What changed between the grid last sent and the grid now, as one {@code changes} message, or
 * nothing when nothing did: however many events came between two updates, a class's dashboard
 * gets one message with only the cells that differ.
 */
final class GridDiff {

    private GridDiff() {
    }

    static Optional<DashboardMessage.Changes> between(long classId, Map<Long, Row> before, Histogram histogramBefore,
                                                      Map<Long, Row> now, Histogram histogramNow, long at) {
        List<DashboardMessage.RowChange> rows = new ArrayList<>();
        for (Row row : now.values()) {
            Row old = before.get(row.student());
            Map<String, Cell> cells = new LinkedHashMap<>();
            row.cells().forEach((key, cell) -> {
                if (old == null || !cell.equals(old.cells().get(key))) {
                    cells.put(key, cell);
                }
            });
            boolean same = old != null && cells.isEmpty() && old.stuck().equals(row.stuck()) && old.need() == row.need()
                    && old.name().equals(row.name()) && Objects.equals(old.lesson(), row.lesson()) && old.step() == row.step();
            if (!same) {
                rows.add(new DashboardMessage.RowChange(row.student(), row.name(), row.lesson(), row.step(), cells,
                        row.stuck(), row.need()));
            }
        }
        List<Long> removed = before.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        Histogram histogram = histogramNow.equals(histogramBefore) ? null : histogramNow;
        if (rows.isEmpty() && removed.isEmpty() && histogram == null) {
            return Optional.empty();
        }
        return Optional.of(new DashboardMessage.Changes(classId, rows, removed, histogram, at));
    }
}
