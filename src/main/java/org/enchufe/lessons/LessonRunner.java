package org.enchufe.lessons;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ManualClock;
import org.enchufe.kernel.Process;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.net.HostNetwork;
import org.enchufe.lang.vm.Limits;

/**
 * Runs a lesson's files in a sandbox on the lesson's topology, as the command line's
 * {@code run} does, and checks them: each file starts, in the order lesson.yaml lists them, on
 * its host, once everything started before it has settled — a server is asleep in
 * {@code accept()} or {@code recvfrom()} before its client starts — with the lesson's probes right
 * after the last server ({@link #order}).
 * "Settled" is decided from the sandbox's state ({@link Settling}): nothing can run, no timer
 * of the programs is pending, nothing the blocked calls wait on is ready, and no readiness is on
 * its way. The run ends when everything has settled after the last start; processes still
 * waiting (a server in its loop) are ended then. No sleep or quiet period decides anything.
 *
 * <p>The sandbox's clock is virtual ({@link ManualClock#advancingWhenIdle()}): when nothing but a
 * program's timer can happen next, the clock jumps to it, so sleeps, socket timeouts and slow
 * links take no real time and a run's event times are the same on a loaded machine. (The
 * student's own sandbox, on the lesson page, keeps the real clock.)
 */
public final class LessonRunner {

    /**
     * What a run did and what the checker said.
     *
     * @param exits    each started program's exit code, or null when it was still running at the end
     * @param consoles what each program wrote (both streams, bounded)
     * @param failures goal → runs failed in a row, to hand to the next run
     * @param captures the sockets goals named, where a view (lesson 3's diagram) finds them
     */
    public record Result(List<Verdict> verdicts, List<FiredHint> hints, double score, Map<String, Integer> exits,
                         Map<String, String> consoles, Map<String, Integer> failures, boolean cutShort,
                         List<GoalChecker.CapturedSocket> captures) {

        public boolean allPassed() {
            return verdicts.stream().allMatch(Verdict::passed);
        }
    }

    /** Each program's limits: enough for any lesson, finite for a runaway loop. */
    static final Limits LIMITS = new Limits(200_000_000, 1000, 64L << 20, 1L << 20);
    /** A guard against a program that never settles (a busy loop between sleeps); not a timing decision. */
    private static final long GUARD_NANOS = 60_000_000_000L;
    private static final int CONSOLE_CHARS = 16 * 1024;

    private LessonRunner() {
    }

    public static Result run(Lesson lesson, Map<String, String> files) {
        return run(lesson, files, Map.of(), event -> { });
    }

    /**
     * Runs {@code files} (lesson file name → source; all of the lesson's files) against
     * {@code lesson}; {@code also} sees every event too (a trace, a page).
     */
    public static Result run(Lesson lesson, Map<String, String> files, Map<String, Integer> priorFailures, Consumer<Event> also) {
        return run(lesson, files, priorFailures, also, true);
    }

    /**
     * As {@link #run(Lesson, Map, Map, Consumer)}; without {@code withProbes} the lesson's probes
     * are not started (a page's Check runs them in the student's own sandbox, {@code LiveProbes}),
     * so {@code probe} goals come out failed, "did not run", for the caller to replace.
     */
    public static Result run(Lesson lesson, Map<String, String> files, Map<String, Integer> priorFailures, Consumer<Event> also,
                             boolean withProbes) {
        GoalChecker checker = new GoalChecker(lesson, priorFailures);
        Consoles consoles = new Consoles();
        Sandbox sandbox = new Sandbox(consoles, checker.andThen(consoles::see).andThen(also), LIMITS, KernelLimits.sandbox().withInstructionsPerSecond(0),
                lesson.topology(), ManualClock.advancingWhenIdle());
        long started = System.nanoTime();
        Map<String, Process> processes = new LinkedHashMap<>();
        boolean cutShort = false;
        try (Selector selector = Selector.open()) {
            for (String[] program : order(lesson, files, withProbes)) {
                if (program[2] == null) {
                    continue;
                }
                HostNetwork host = program[1] == null ? sandbox.network().defaultHost() : sandbox.network().host(program[1]);
                processes.put(program[0], sandbox.start(program[0], program[2], new String[0], host));
                cutShort |= !new Settling(sandbox, selector, started + GUARD_NANOS).run();
                checker.snapshot(sandbox.snapshot(), micros(sandbox));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the lesson's sandbox could not open a selector", e);
        } finally {
            sandbox.dispose();
        }
        Map<String, Integer> exits = new LinkedHashMap<>();
        processes.forEach((name, p) -> exits.put(name, p.ended() && p.status() >= 0 ? exitCode(p.status()) : null));
        List<Verdict> verdicts = checker.finish();
        return new Result(verdicts, checker.hints(), GoalChecker.score(verdicts), exits, consoles.texts(), checker.failures(),
                cutShort, checker.captures());
    }

    /**
     * What starts, in order: the student's files as lesson.yaml lists them, with the probes
     * (once each) right after the last server, so a probe is the first client a server sees —
     * the checker's client of a step that has no client of the student's yet; after every file
     * when the lesson names no server. Each entry: name, host (null: the first), source.
     */
    static List<String[]> order(Lesson lesson, Map<String, String> files, boolean withProbes) {
        List<String[]> students = new ArrayList<>();
        int lastServer = -1;
        for (Lesson.LessonFile f : lesson.files()) {
            if ("server".equals(f.role())) {
                lastServer = students.size();
            }
            students.add(new String[] {f.name(), f.host(), files.get(f.name())});
        }
        List<String[]> probes = new ArrayList<>();
        for (Goal g : withProbes ? lesson.goals() : List.<Goal>of()) {
            if (g instanceof Goal.Probe p && probes.stream().noneMatch(o -> o[0].equals(ProbeTracker.program(p.probe())))) {
                probes.add(new String[] {ProbeTracker.program(p.probe()), p.common().scope().host(), lesson.probes().get(p.probe())});
            }
        }
        List<String[]> order = new ArrayList<>(students);
        order.addAll(lastServer < 0 ? order.size() : lastServer + 1, probes);
        return order;
    }

    private static Integer exitCode(int status) {
        return (status & 0x7F) != 0 ? 128 + (status & 0x7F) : (status >> 8) & 0xFF;
    }

    /** The sandbox's time, as its events' {@code t}: microseconds since it started. */
    private static long micros(Sandbox sandbox) {
        return (sandbox.clock().nanoTime() - sandbox.bootNanos()) / 1_000;
    }

    /** The programs' consoles: output kept per program (bounded), no input (end of file at once). */
    private static final class Consoles implements Sandbox.Console {
        private final Map<Integer, StringBuilder> byPid = new LinkedHashMap<>();
        private final Map<Integer, String> names = new LinkedHashMap<>();

        @Override
        public void write(int pid, String stream, String text) {
            StringBuilder out = byPid.computeIfAbsent(pid, p -> new StringBuilder());
            if (out.length() < CONSOLE_CHARS) {
                out.append(text, 0, Math.min(text.length(), CONSOLE_CHARS - out.length()));
            }
        }

        void see(Event e) {
            if (e instanceof org.enchufe.events.ProcessEvent p && p.change() != org.enchufe.events.ProcessEvent.Change.EXITED
                    && p.change() != org.enchufe.events.ProcessEvent.Change.REAPED) {
                names.put(p.pid(), p.program());
            }
        }

        @Override
        public String readLine(int pid) {
            return null;
        }

        @Override
        public boolean hasLine(int pid) {
            return true;
        }

        Map<String, String> texts() {
            Map<String, String> out = new LinkedHashMap<>();
            byPid.forEach((pid, text) -> out.merge(names.getOrDefault(pid, "pid " + pid), text.toString(), String::concat));
            return out;
        }
    }
}
