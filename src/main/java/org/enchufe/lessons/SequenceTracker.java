package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.events.SyscallEvent;

/** A {@code sequence} goal: for each live socket, how far along the calls it is; done when one socket made them all in order. */
final class SequenceTracker extends GoalTracker {
    private final Goal.Sequence g;
    /** For each live socket, how far along the sequence it is and the rows that got it there. */
    private final Map<Long, List<SyscallEvent>> progress = new HashMap<>();
    private List<SyscallEvent> best = List.of();
    private boolean done;

    SequenceTracker(Goal.Sequence g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    @Override
    void accept(Seen seen) {
        if (done || !(seen.event() instanceof SyscallEvent e) || !inScope(seen)) {
            return;
        }
        // socket() belongs to the socket it made; every other call to the one it was made on.
        long socket = e.name().equals("socket") ? seen.created() : seen.on();
        if (socket < 0) {
            return;
        }
        List<SyscallEvent> steps = progress.get(socket);
        int at = steps == null ? 0 : steps.size();
        if (!g.calls().get(at).matches(e)) {
            return;
        }
        if (steps == null) {
            steps = new ArrayList<>();
            progress.put(socket, steps);
        }
        steps.add(e);
        if (steps.size() > best.size()) {
            best = steps;
        }
        if (steps.size() == g.calls().size()) {
            done = true;
            best = List.copyOf(steps);
            progress.clear();
            if (g.common().capture() != null) {
                captures.capture(g.common().capture(), socket);
            }
        }
    }

    @Override
    int held() {
        return progress.size();
    }

    @Override
    void socketEnded(long id) {
        List<SyscallEvent> steps = progress.remove(id);
        if (steps != null && steps == best) {
            best = List.copyOf(steps);
        }
    }

    @Override
    Verdict verdict(boolean finished) {
        clearRows();
        best.forEach(this::row);
        List<String> names = g.calls().stream().map(CallPattern::describe).toList();
        if (done) {
            return verdict(Verdict.Status.PASSED, said("En un mismo socket: " + String.join(" → ", names) + ".",
                    "On one socket: " + String.join(" → ", names) + "."));
        }
        Verdict.Status status = finished ? Verdict.Status.FAILED : Verdict.Status.PENDING;
        if (best.isEmpty()) {
            return verdict(status, said("Ningún socket empezó la secuencia con " + names.get(0) + ".",
                    "No socket began the sequence with " + names.get(0) + "."));
        }
        String reached = String.join(" → ", names.subList(0, best.size()));
        String missing = names.get(best.size());
        return verdict(status, said("Lo más lejos que llegó un socket: " + reached + "; faltó " + missing + ".",
                "The furthest a socket got: " + reached + "; " + missing + " never came."));
    }
}
