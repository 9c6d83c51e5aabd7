package org.enchufe.course;

import java.util.List;

/**
 * A topic of the slides, grouping the lessons of CURRICULUM.md by their number: the course page
 * lists lessons under these, in this order. {@code key} names its title in the message bundles
 * ({@code course.topic.<key>}).
 */
public record Topic(String key, int from, int to) {

    public static final List<Topic> ALL = List.of(
            new Topic("sockets", 1, 3),
            new Topic("kinds", 4, 8),
            new Topic("calls", 9, 17),
            new Topic("servers", 18, 18),
            new Topic("names", 19, 22));

    /** Lessons numbered beyond the curriculum's rows: an instructor's own. */
    public static final Topic OTHER = new Topic("other", 23, 99);

    public boolean holds(int number) {
        return number >= from && number <= to;
    }

    public static Topic of(int number) {
        return ALL.stream().filter(t -> t.holds(number)).findFirst().orElse(OTHER);
    }
}
