package org.enchufe.lessons;

import org.enchufe.events.SyscallEvent;

/** A {@code call} goal: the first matching call, or the closest one that did not match; a capture names its socket. */
final class CallTracker extends GoalTracker {
    private final Goal.Call g;
    private SyscallEvent matched;
    private SyscallEvent closest;

    CallTracker(Goal.Call g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    @Override
    void accept(Seen seen) {
        if (matched != null || !(seen.event() instanceof SyscallEvent e) || !g.call().sameCall(e) || !inScope(seen)) {
            return;
        }
        if (g.call().matches(e)) {
            matched = e;
            clearRows();
            row(e);
            if (g.common().capture() != null) {
                captures.capture(g.common().capture(), seen.created() >= 0 ? seen.created() : seen.on());
            }
        } else {
            closest = e;
            row(e);
        }
    }

    @Override
    Verdict verdict(boolean finished) {
        if (matched != null) {
            return verdict(Verdict.Status.PASSED, said(matched.strace() + where(matched), matched.strace() + whereEn(matched)));
        }
        Verdict.Status status = finished ? Verdict.Status.FAILED : Verdict.Status.PENDING;
        if (closest != null) {
            return verdict(status, said("La llamada más parecida fue " + closest.strace() + where(closest) + ".",
                    "The closest call was " + closest.strace() + whereEn(closest) + "."));
        }
        return verdict(status, said("El programa no llamó a " + g.call().name() + "().",
                "The program never called " + g.call().name() + "()."));
    }
}
