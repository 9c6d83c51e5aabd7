package org.enchufe.lessons;

import org.enchufe.events.SyscallEvent;

/** {@code never} and {@code count} goals: how many matching calls happened, and the last of them. */
final class CountTracker extends GoalTracker {
    private final CallPattern call;
    private final int min;
    private final Integer max;
    private final boolean never;
    private long count;
    private SyscallEvent last;

    CountTracker(Goal g, CallPattern call, int min, Integer max, Captures captures) {
        super(g, captures);
        this.call = call;
        this.min = min;
        this.max = max;
        this.never = g instanceof Goal.Never;
    }

    @Override
    void accept(Seen seen) {
        if (seen.event() instanceof SyscallEvent e && call.matches(e) && inScope(seen)) {
            count++;
            last = e;
            row(e);
        }
    }

    @Override
    Verdict verdict(boolean finished) {
        if (never) {
            if (last != null) {
                return verdict(Verdict.Status.FAILED, said("Ocurrió " + last.strace() + where(last) + ".",
                        last.strace() + " happened" + whereEn(last) + "."));
            }
            return verdict(finished ? Verdict.Status.PASSED : Verdict.Status.PENDING,
                    said("No ocurrió ninguna llamada " + call.describe() + ".", "No call " + call.describe() + " happened."));
        }
        Text happened = said(call.describe() + " ocurrió " + count + (count == 1 ? " vez." : " veces."),
                call.describe() + " happened " + count + (count == 1 ? " time." : " times."));
        if (max != null && count > max) {
            return verdict(Verdict.Status.FAILED, happened);
        }
        if (!finished) {
            return verdict(Verdict.Status.PENDING, happened);
        }
        return verdict(count >= min ? Verdict.Status.PASSED : Verdict.Status.FAILED, happened);
    }
}
