package org.enchufe.lessons;

import java.util.List;

/**
 * A goal's verdict with its feedback (LESSONS.md §4): what was expected, what happened (the
 * closest evidence), and the trace rows that decided it.
 *
 * @param status  PASSED, FAILED, or PENDING while the run goes on and nothing has decided it yet
 * @param weight  its share of the score
 * @param misconception the goal's misconception tag, counted by the dashboard when it fails
 */
public record Verdict(String goal, Status status, Text expected, Text happened, List<TraceRow> rows, double weight,
                      String misconception) {

    public enum Status { PASSED, FAILED, PENDING }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
