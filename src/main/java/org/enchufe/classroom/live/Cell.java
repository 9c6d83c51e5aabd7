package org.enchufe.classroom.live;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What one cell of the grid says about a student and a lesson step: not started, working, asleep
 * in a call since a moment (the page counts the time), failing a goal so many times in a row, done.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "state")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Cell.NotStarted.class, name = "not-started"),
    @JsonSubTypes.Type(value = Cell.Working.class, name = "working"),
    @JsonSubTypes.Type(value = Cell.Asleep.class, name = "asleep"),
    @JsonSubTypes.Type(value = Cell.Failing.class, name = "failing"),
    @JsonSubTypes.Type(value = Cell.Done.class, name = "done")
})
public sealed interface Cell {

    record NotStarted() implements Cell {
    }

    record Working() implements Cell {
    }

    /** A process of the student's sleeps in {@code call} (accept, recv…) since {@code since}. */
    record Asleep(String call, Instant since) implements Cell {
    }

    /** {@code goal} failed its last {@code times} verdicts. */
    record Failing(String goal, int times) implements Cell {
    }

    record Done() implements Cell {
    }

    Cell NOT_STARTED = new NotStarted();
    Cell WORKING = new Working();
    Cell DONE = new Done();
}
