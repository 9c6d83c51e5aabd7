package org.enchufe.lessons;

import java.util.List;

/**
 * One thing the student's program must do, checked from what it did. The closed set of kinds of
 * LESSONS.md §2; {@link GoalChecker} evaluates each as events and snapshots arrive.
 */
public sealed interface Goal {

    /** What every goal has: its id, text, weight, misconception tag and which processes it watches. */
    record Common(String id, Text text, double weight, String misconception, Scope scope, String capture, String on) {
    }

    Common common();

    default String id() {
        return common().id();
    }

    /** A call matching {@code call} happened; with {@code capture}, its socket is named for later goals. */
    record Call(Common common, CallPattern call) implements Goal {
    }

    /** These calls happened in this order on one socket (other calls may come between). */
    record Sequence(Common common, List<CallPattern> calls) implements Goal {
    }

    /** Such a call never happened (decided when the run ends). */
    record Never(Common common, CallPattern call) implements Goal {
    }

    /** Such a call happened between {@code min} and {@code max} times (max null: no bound). */
    record Count(Common common, CallPattern call, int min, Integer max) implements Goal {
    }

    /**
     * A live fact in a snapshot of the sandbox: a process of the scope in {@code processState}
     * (BLOCKED, READY…), asleep in {@code waitingIn}, holding {@code listening}/{@code established}
     * sockets, or a descriptor like {@code descriptor}.
     */
    record State(Common common, String processState, String waitingIn, Integer listening, Integer established,
                 DescriptorPattern descriptor) implements Goal {
    }

    /** A descriptor of the table: fd number, family, type, state; null parts match any. */
    record DescriptorPattern(Integer fd, String family, String type, String state) {
    }

    /**
     * A call failed with {@code errno}; with {@code handled} true the process then went on or
     * ended without a traceback, false: it died of it.
     */
    record Errno(Common common, String errno, String call, Boolean handled) implements Goal {
    }

    /** The console text of the scope's processes: exactly, containing, or matching a regex. */
    record Output(Common common, String stream, Match match, String text) implements Goal {
        public enum Match { EXACT, CONTAINS, REGEX }
    }

    /** What the {@code from} side sent equals what the {@code to} side received, at least one byte. */
    record Bytes(Common common, Side from, Side to) implements Goal {
    }

    /** One side of a byte comparison: the sockets of a capture, or of a scope. */
    record Side(String on, Scope scope) {
    }

    /** One of the lesson's probes ran against the program and ended with success (exit 0). */
    record Probe(Common common, String probe) implements Goal {
    }

    /**
     * {@code check(events)} written in Python returns True; run by Enchufe's VM over the recorded
     * events as dicts, when the run ends.
     */
    record Python(Common common, String source) implements Goal {
    }
}
