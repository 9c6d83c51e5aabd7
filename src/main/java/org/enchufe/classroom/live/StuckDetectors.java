package org.enchufe.classroom.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The stuck detectors, pure over a student's {@link Facts} and the time now (thresholds in
 * {@link LiveSettings}): a raised hand; the same goal failing again and again; a server asleep in
 * accept() no client reached; client and server both asleep in recv(); a crash loop.
 */
final class StuckDetectors {

    /** The calls a process sleeps in while it waits for its peer to speak. */
    static final Set<String> RECEIVING = Set.of("recv", "recvfrom", "recv_into", "recvfrom_into", "recvmsg", "read");

    private StuckDetectors() {
    }

    static List<Stuck> detect(Facts facts, Instant now, LiveSettings settings) {
        List<Stuck> out = new ArrayList<>();
        if (facts.handSince() != null) {
            out.add(new Stuck.RaisedHand(facts.handSince()));
        }
        for (Map.Entry<String, Map<String, Facts.Mark>> lesson : facts.marks().entrySet()) {
            lesson.getValue().forEach((goal, mark) -> {
                if (!mark.passed() && mark.failingStreak() >= settings.failingRepeats()) {
                    out.add(new Stuck.RepeatedFailure(lesson.getKey(), goal, mark.failingStreak()));
                }
            });
        }
        for (Facts.Sleep s : facts.sleeps()) {
            if ("accept".equals(s.call()) && asleepFor(s, now).compareTo(settings.lonelyAccept()) >= 0) {
                out.add(new Stuck.LonelyAccept(s.pid(), s.since()));
            }
        }
        List<Facts.Sleep> receiving = facts.sleeps().stream()
                .filter(s -> RECEIVING.contains(s.call()) && asleepFor(s, now).compareTo(settings.recvDeadlock()) >= 0)
                .toList();
        if (receiving.size() >= 2) {
            Instant since = receiving.stream().map(Facts.Sleep::since).max(Instant::compareTo).orElseThrow();
            out.add(new Stuck.RecvDeadlock(receiving.stream().map(Facts.Sleep::pid).sorted().toList(), since));
        }
        Instant windowStart = now.minus(settings.crashWindow());
        long crashes = facts.crashes().stream().filter(t -> !t.isBefore(windowStart)).count();
        if (crashes >= settings.crashLoop()) {
            out.add(new Stuck.CrashLoop((int) crashes));
        }
        return out;
    }

    private static Duration asleepFor(Facts.Sleep s, Instant now) {
        return Duration.between(s.since(), now);
    }
}
