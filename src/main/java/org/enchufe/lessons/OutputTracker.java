package org.enchufe.lessons;

import java.util.regex.Pattern;

import org.enchufe.events.ConsoleEvent;

/** An {@code output} goal: the console text of the scope, kept within a bounded window. */
final class OutputTracker extends GoalTracker {
    private static final int KEPT = 64 * 1024;
    private final Goal.Output g;
    private final StringBuilder text = new StringBuilder();
    private final Pattern regex;
    private boolean overflowed;
    private boolean found;
    private long dirtySeq = -1;

    OutputTracker(Goal.Output g, Captures captures) {
        super(g, captures);
        this.g = g;
        this.regex = g.match() == Goal.Output.Match.REGEX ? Pattern.compile(g.text(), Pattern.MULTILINE) : null;
    }

    @Override
    void accept(Seen seen) {
        if (!(seen.event() instanceof ConsoleEvent c) || !c.stream().equals(g.stream()) || found || !inScope(seen)) {
            return;
        }
        row(c);
        if (g.match() == Goal.Output.Match.CONTAINS) {
            // Only the end of what came before can join the new text into a match.
            int keep = Math.max(0, g.text().length() - 1);
            if (text.length() > keep) {
                text.delete(0, text.length() - keep);
            }
            text.append(c.text());
            found = text.indexOf(g.text()) >= 0;
            if (found) {
                clearRows();
                row(c);
            }
            return;
        }
        text.append(c.text());
        if (text.length() > KEPT) {
            overflowed = true;
            text.delete(0, text.length() - KEPT);
        }
        dirtySeq = c.seq();
    }

    @Override
    Verdict verdict(boolean finished) {
        boolean holds = switch (g.match()) {
            case CONTAINS -> found;
            case EXACT -> !overflowed && text.toString().equals(g.text());
            case REGEX -> dirtySeq >= 0 && regex.matcher(text).find();
        };
        Text happened = text.isEmpty() ? said("El programa no escribió nada en " + g.stream() + ".",
                "The program wrote nothing to " + g.stream() + ".")
                : said("Escribió: " + TraceRow.abbreviate(text.toString(), 200), "It wrote: " + TraceRow.abbreviate(text.toString(), 200));
        if (holds && (g.match() != Goal.Output.Match.EXACT || finished)) {
            return verdict(Verdict.Status.PASSED, happened);
        }
        return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
    }
}
