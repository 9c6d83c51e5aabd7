package org.enchufe.classroom.live;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.enchufe.lessons.Text;

/**
 * What an instructor's dashboard receives on {@code /user/queue/dashboard}: the whole grid when it
 * starts watching a class, then at most one {@code changes} per update period carrying only the
 * cells, badges and bars that changed; a problem when it may not watch.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = DashboardMessage.Grid.class, name = "grid"),
    @JsonSubTypes.Type(value = DashboardMessage.Changes.class, name = "changes"),
    @JsonSubTypes.Type(value = DashboardMessage.Problem.class, name = "problem"),
    @JsonSubTypes.Type(value = DashboardMessage.NoteSent.class, name = "note-sent"),
    @JsonSubTypes.Type(value = DashboardMessage.SandboxReset.class, name = "sandbox-reset")
})
public sealed interface DashboardMessage {

    /** A column: one step of an open lesson. */
    record Column(String key, String lesson, Text lessonTitle, int step, Text title) {
    }

    record Grid(long classId, List<Column> columns, List<Row> rows, Histogram histogram, long at) implements DashboardMessage {
    }

    /**
     * What changed since the last update: per student, the cells that changed (by column key), and
     * the badges, need and position when they did; students gone; the histogram when it changed.
     */
    record Changes(long classId, List<RowChange> rows, List<Long> removed, Histogram histogram, long at)
            implements DashboardMessage {
    }

    record RowChange(long student, String name, String lesson, int step, Map<String, Cell> cells, List<Stuck> stuck, int need) {
    }

    record Problem(String code) implements DashboardMessage {
    }

    /** The student's sandbox was started over. */
    record SandboxReset(long student) implements DashboardMessage {
    }

    /** A message went to {@code students} students. */
    record NoteSent(int students) implements DashboardMessage {
    }
}
