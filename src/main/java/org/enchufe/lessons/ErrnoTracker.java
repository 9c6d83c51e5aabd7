package org.enchufe.lessons;

import java.util.HashMap;
import java.util.Map;

import org.enchufe.events.ConsoleEvent;
import org.enchufe.events.ProcessEvent;
import org.enchufe.events.SyscallEvent;

/** An {@code errno} goal: a call failed so, and whether the process then died of that errno (its traceback names it) or went on. */
final class ErrnoTracker extends GoalTracker {
    private final Goal.Errno g;
    /** What a traceback says when this errno killed the process: {@code [Errno 111]}. */
    private final String errnoMark;
    /**
     * Processes that got the errno, and how far a traceback has gone since: none yet, one
     * begun (whose cause is not known yet), or one naming this errno — the process died of it.
     */
    private final Map<Integer, Death> watching = new HashMap<>();
    private SyscallEvent produced;
    private boolean handledSeen;
    private boolean unhandledSeen;

    private enum Death { NONE, TRACEBACK, OF_THIS_ERRNO }

    ErrnoTracker(Goal.Errno g, Captures captures) {
        super(g, captures);
        this.g = g;
        this.errnoMark = "[Errno " + org.enchufe.lang.runtime.Errno.valueOf(g.errno()).number() + "]";
    }

    @Override
    void accept(Seen seen) {
        switch (seen.event()) {
            case SyscallEvent e when e.errno() != null && e.errno().name().equals(g.errno())
                    && (g.call() == null || g.call().equals(e.name())) && inScope(seen) -> {
                if (produced == null) {
                    clearRows();
                }
                produced = e;
                row(e);
                watching.putIfAbsent(e.pid(), Death.NONE);
            }
            case ConsoleEvent c when c.stream().equals("stderr") && watching.containsKey(c.pid()) -> traceback(c);
            case ProcessEvent p when p.change() == ProcessEvent.Change.EXITED && watching.containsKey(p.pid()) -> {
                decide(watching.remove(p.pid()) == Death.OF_THIS_ERRNO);
                row(p);
            }
            default -> { }
        }
    }

    // A traceback counts against the goal only when its exception is this errno: a program
    // that caught ECONNREFUSED and later died of a TimeoutError did handle the refusal.
    private void traceback(ConsoleEvent c) {
        Death death = watching.get(c.pid());
        if (death == Death.NONE && c.text().contains("Traceback (most recent call last)")) {
            death = Death.TRACEBACK;
        }
        if (death == Death.TRACEBACK && c.text().contains(errnoMark)) {
            death = Death.OF_THIS_ERRNO;
            row(c);
        }
        watching.put(c.pid(), death);
    }

    @Override
    int held() {
        return watching.size();
    }

    private void decide(boolean diedOfIt) {
        if (diedOfIt) {
            unhandledSeen = true;
        } else {
            handledSeen = true;
        }
    }

    @Override
    Verdict verdict(boolean finished) {
        boolean handled = handledSeen || finished && watching.values().stream().anyMatch(d -> d != Death.OF_THIS_ERRNO);
        boolean unhandled = unhandledSeen || finished && watching.containsValue(Death.OF_THIS_ERRNO);
        if (produced == null) {
            return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING,
                    said("Ninguna llamada falló con " + g.errno() + ".", "No call failed with " + g.errno() + "."));
        }
        Text got = said(produced.strace() + where(produced), produced.strace() + whereEn(produced));
        if (g.handled() == null) {
            return verdict(Verdict.Status.PASSED, got);
        }
        boolean wanted = g.handled() ? handled : unhandled;
        if (wanted) {
            return verdict(Verdict.Status.PASSED, g.handled()
                    ? said(got.es() + ", y el programa lo capturó y siguió.", got.en() + ", and the program caught it and went on.")
                    : said(got.es() + ", y el programa terminó con un traceback de ese error.", got.en() + ", and the program died with a traceback of that error."));
        }
        if (!finished && !watching.isEmpty()) {
            return verdict(Verdict.Status.PENDING, got);
        }
        return verdict(Verdict.Status.FAILED, g.handled()
                ? said(got.es() + ", pero el programa terminó con un traceback: no capturó el error.",
                        got.en() + ", but the program died with a traceback: it did not catch the error.")
                : said(got.es() + ", y el programa lo capturó.", got.en() + ", and the program caught it."));
    }
}
