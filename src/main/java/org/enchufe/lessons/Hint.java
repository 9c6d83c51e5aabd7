package org.enchufe.lessons;

/**
 * A hint a student may get: its tier (1 a nudge, 2 a pointer, 3 almost the answer), the text,
 * and what makes it appear.
 *
 * @param errnoLink an errno whose explanation the hint links to, or null
 */
public record Hint(String id, int tier, Text text, Trigger when, String errnoLink) {

    /** What makes a hint appear. */
    public sealed interface Trigger {
    }

    /** A call failed with this errno ({@code call} null: any call). */
    public record OnErrno(String errno, String call) implements Trigger {
    }

    /** A process of the scope sleeps in {@code call} for {@code micros} of event time. */
    public record Asleep(String call, long micros, Scope scope) implements Trigger {
    }

    /** The goal has failed this many runs in a row. */
    public record Failed(String goal, int times) implements Trigger {
    }

    /** The student asked. */
    public record Asked() implements Trigger {
    }
}
