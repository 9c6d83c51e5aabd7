package org.enchufe.lessons;

import java.util.List;

import org.enchufe.events.Event;

/** A {@code python} goal: the author's {@code check(events)}, run when the run ends. */
final class PythonTracker extends GoalTracker {
    private final Goal.Python g;
    private PythonCheck.Outcome outcome;

    PythonTracker(Goal.Python g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    void run(List<Event> events) {
        outcome = PythonCheck.run(g.id(), g.source(), events);
    }

    @Override
    Verdict verdict(boolean finished) {
        if (outcome == null) {
            return verdict(Verdict.Status.PENDING, said("Se comprueba al terminar.", "Checked when the run ends."));
        }
        Text happened = said("check() devolvió " + outcome.said(), "check() returned " + outcome.said());
        return verdict(outcome.holds() ? Verdict.Status.PASSED : Verdict.Status.FAILED, happened);
    }
}
