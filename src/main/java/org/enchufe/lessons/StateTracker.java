package org.enchufe.lessons;

import org.enchufe.kernel.SandboxSnapshot;

/** A {@code state} goal: looks at each snapshot for a process of the scope in the state asked for. */
final class StateTracker extends GoalTracker {
    private final Goal.State g;
    private Text held;
    private Text lastSeen;

    StateTracker(Goal.State g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    @Override
    void snapshot(SandboxSnapshot snapshot, long seq) {
        if (held != null) {
            return;
        }
        for (SandboxSnapshot.ProcessView p : snapshot.processes()) {
            if (!inScope(p)) {
                continue;
            }
            Text described = describe(p);
            lastSeen = described;
            if (holds(p)) {
                held = described;
                clearRowsAnd(new TraceRow(seq, p.pid(), p.program(), p.line() > 0 ? p.line() : null, described.en()));
                return;
            }
        }
    }

    private boolean inScope(SandboxSnapshot.ProcessView p) {
        Scope s = g.common().scope();
        return (s.file() == null || s.file().equals(p.program()))
                && (s.host() == null || s.host().equalsIgnoreCase(p.host()))
                && (s.process() == null || s.process().equals("forked") == (p.ppid() != 0));
    }

    private boolean holds(SandboxSnapshot.ProcessView p) {
        if (g.processState() != null && !g.processState().equals(p.state().name())) {
            return false;
        }
        if (g.waitingIn() != null && !g.waitingIn().equals(p.waitingIn())) {
            return false;
        }
        if (g.listening() != null && count(p, "LISTEN") != g.listening()) {
            return false;
        }
        if (g.established() != null && count(p, "ESTABLISHED") != g.established()) {
            return false;
        }
        Goal.DescriptorPattern d = g.descriptor();
        return d == null || p.descriptors().stream().anyMatch(v -> (d.fd() == null || d.fd() == v.fd())
                && (d.family() == null || d.family().equals(v.family()))
                && (d.type() == null || d.type().equals(v.type()))
                && (d.state() == null || d.state().equals(v.state())));
    }

    private static long count(SandboxSnapshot.ProcessView p, String state) {
        return p.descriptors().stream().filter(v -> state.equals(v.state())).count();
    }

    private static Text describe(SandboxSnapshot.ProcessView p) {
        String sockets = p.descriptors().stream().filter(v -> "socket".equals(v.kind()))
                .map(v -> "fd " + v.fd() + " " + v.type() + " " + v.state()).toList().toString();
        String es = p.program() + " (pid " + p.pid() + ") estaba " + p.state()
                + (p.waitingIn() != null ? " en " + p.waitingIn() + "()" : "") + ", línea " + p.line() + ", sockets " + sockets;
        String en = p.program() + " (pid " + p.pid() + ") was " + p.state()
                + (p.waitingIn() != null ? " in " + p.waitingIn() + "()" : "") + ", line " + p.line() + ", sockets " + sockets;
        return said(es, en);
    }

    @Override
    Verdict verdict(boolean finished) {
        if (held != null) {
            return verdict(Verdict.Status.PASSED, held);
        }
        Text happened = lastSeen != null ? lastSeen
                : said("Ningún proceso de los que mira el objetivo estaba en marcha al observarlo.",
                        "No process the goal watches was running when the sandbox was looked at.");
        return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
    }
}
