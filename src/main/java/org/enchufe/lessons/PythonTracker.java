package org.enchufe.lessons;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.enchufe.events.Event;

/**
 * A {@code python} goal: the author's {@code check(events)}, run when the run ends, over the
 * recorded events of the processes its {@code file}/{@code host}/{@code process} name (every
 * process's when it names none).
 */
final class PythonTracker extends GoalTracker {
    /** Processes remembered as in scope; past this many (a fork loop) the oldest are not told apart. */
    private static final int PROCESSES = 4096;

    private final Goal.Python g;
    private final boolean scoped;
    private final Set<Integer> inScope = new HashSet<>();
    private PythonCheck.Outcome outcome;

    PythonTracker(Goal.Python g, Captures captures) {
        super(g, captures);
        this.g = g;
        this.scoped = !g.common().scope().equals(Scope.ANY);
    }

    @Override
    void accept(Seen seen) {
        if (scoped && inScope.size() < PROCESSES && g.common().scope().matches(seen.process())) {
            inScope.add(seen.event().pid());
        }
    }

    @Override
    int held() {
        return inScope.size();
    }

    void run(List<Event> events) {
        List<Event> seen = scoped ? events.stream().filter(e -> inScope.contains(e.pid())).toList() : events;
        outcome = PythonCheck.run(g.id(), g.source(), seen);
    }

    @Override
    Verdict verdict(boolean finished) {
        if (outcome == null) {
            return verdict(Verdict.Status.PENDING, said("Se comprueba al terminar.", "Checked when the run ends."));
        }
        Text happened = outcome.explained() != null ? outcome.explained()
                : said("check() devolvió " + outcome.said(), "check() returned " + outcome.said());
        return verdict(outcome.holds() ? Verdict.Status.PASSED : Verdict.Status.FAILED, happened);
    }
}
