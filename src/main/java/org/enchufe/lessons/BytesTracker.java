package org.enchufe.lessons;

import org.enchufe.events.SyscallEvent;

/** A {@code bytes} goal: how many bytes one side sent and the other received, and the first of them. */
final class BytesTracker extends GoalTracker {
    private static final int PREFIX = 4096;
    private final Goal.Bytes g;
    private final Flow sent = new Flow();
    private final Flow received = new Flow();

    /** Bytes one side moved: how many, and the first of them as far as the events' previews show them. */
    private static final class Flow {
        long count;
        final java.io.ByteArrayOutputStream prefix = new java.io.ByteArrayOutputStream();
        boolean prefixComplete = true;

        void add(long n, Object preview, Object truncated) {
            count += n;
            if (prefixComplete && preview instanceof byte[] bytes && prefix.size() < PREFIX) {
                prefix.write(bytes, 0, Math.min(bytes.length, PREFIX - prefix.size()));
                prefixComplete = !Boolean.TRUE.equals(truncated) && prefix.size() < PREFIX;
            }
        }

        String shown() {
            return org.enchufe.kernel.Strace.quote(prefix.toByteArray(), Math.min(prefix.size(), 48));
        }
    }

    BytesTracker(Goal.Bytes g, Captures captures) {
        super(g, captures);
        this.g = g;
    }

    private boolean onSide(Goal.Side side, Seen seen) {
        if (side.on() != null) {
            return seen.on() >= 0 && seen.on() == captures.id(side.on());
        }
        return seen.on() >= 0 && side.scope().matches(seen.process());
    }

    @Override
    void accept(Seen seen) {
        // What the student's programs exchanged with the checker's probes is not theirs to compare.
        if (!(seen.event() instanceof SyscallEvent e) || e.errno() != null || e.result() <= 0 || seen.probePeer()) {
            return;
        }
        Boolean sending = switch (e.name()) {
            case "send", "sendto", "sendmsg", "write" -> Boolean.TRUE;
            case "recv", "recvfrom", "recvmsg", "read" -> Boolean.FALSE;
            default -> null;
        };
        if (sending == null) {
            return;
        }
        Goal.Side side = sending ? g.from() : g.to();
        if (onSide(side, seen)) {
            (sending ? sent : received).add(e.result(), e.args().get("bytes"), e.args().get("truncated"));
            row(e);
        }
    }

    @Override
    Verdict verdict(boolean finished) {
        byte[] a = sent.prefix.toByteArray();
        byte[] b = received.prefix.toByteArray();
        int n = Math.min(a.length, b.length);
        boolean same = sent.count > 0 && sent.count == received.count
                && java.util.Arrays.equals(a, 0, n, b, 0, n);
        Text happened = said("Un lado envió " + sent.count + " bytes (" + sent.shown() + "), el otro recibió " + received.count
                + " (" + received.shown() + ").", "One side sent " + sent.count + " bytes (" + sent.shown()
                + "), the other received " + received.count + " (" + received.shown() + ").");
        if (same) {
            return verdict(Verdict.Status.PASSED, happened);
        }
        return verdict(finished ? Verdict.Status.FAILED : Verdict.Status.PENDING, happened);
    }
}
