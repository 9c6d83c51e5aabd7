package org.enchufe.lessons;

import org.enchufe.events.ProcessEvent;

/** A {@code probe} goal: the exit status of the lesson's probe program. */
final class ProbeTracker extends GoalTracker {
    private final Goal.Probe g;
    private Boolean success;

    ProbeTracker(Goal.Probe g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    /** The probe's program name as its process is started: {@code probes/NAME}. */
    static String program(String probe) {
        return "probes/" + probe;
    }

    @Override
    void accept(Seen seen) {
        if (seen.event() instanceof ProcessEvent p && p.change() == ProcessEvent.Change.EXITED && p.ppid() == 0
                && program(g.probe()).equals(p.program())) {
            finished(p.status() == 0);
            row(p);
        }
    }

    void finished(boolean ok) {
        success = success == null ? ok : success && ok;
    }

    void restart() {
        success = null;
        clearRows();
    }

    @Override
    Verdict verdict(boolean finished) {
        if (success == null) {
            return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING,
                    said("La sonda " + g.probe() + " no se ejecutó.", "The probe " + g.probe() + " did not run."));
        }
        return success ? verdict(Verdict.Status.PASSED, said("La sonda " + g.probe() + " terminó bien.",
                "The probe " + g.probe() + " succeeded."))
                : verdict(Verdict.Status.FAILED, said("La sonda " + g.probe() + " falló.", "The probe " + g.probe() + " failed."));
    }
}
