package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.enchufe.kernel.net.Topology;
import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Scalar;
import org.enchufe.lessons.YamlNode.Sequence;

/**
 * Reads lesson.yaml's {@code goals}: each goal's common keys and those of its kind, checked —
 * files and hosts the lesson has, captures named before they are used ({@code on}), patterns
 * that compile, a {@code python} goal's source that does.
 */
final class GoalReader {

    private static final Set<String> COMMON_KEYS = Set.of("id", "kind", "text", "weight", "misconception", "file", "host",
            "process", "capture", "on");
    private static final Map<String, Set<String>> KIND_KEYS = Map.of(
            "call", Set.of("call", "args", "result", "errno"),
            "sequence", Set.of("calls"),
            "never", Set.of("call", "args", "result", "errno"),
            "count", Set.of("call", "args", "result", "errno", "min", "max"),
            "state", Set.of("process_state", "waiting_in", "listening", "established", "descriptor"),
            "errno", Set.of("errno", "call", "handled"),
            "output", Set.of("stream", "exact", "contains", "regex"),
            "bytes", Set.of("from", "to"),
            "probe", Set.of("probe"),
            "python", Set.of("source"));

    private final YamlReader y;
    private final Set<String> fileNames;
    private final Topology topology;
    /** A broken topology is reported once, not again at every host a goal names. */
    private final boolean topologyBroken;
    /** Goal ids as written, the broken goals' too, so that one mistake is not reported again where it is used. */
    private final Set<String> declared = new HashSet<>();

    GoalReader(YamlReader y, Set<String> fileNames, Topology topology, boolean topologyBroken) {
        this.y = y;
        this.fileNames = fileNames;
        this.topology = topology;
        this.topologyBroken = topologyBroken;
    }

    /** Every goal id written, whether its goal loaded or not. */
    Set<String> declared() {
        return declared;
    }

    Map<String, Goal> goals(Mapping m) {
        Map<String, Goal> goals = new LinkedHashMap<>();
        if (!(m.get("goals") instanceof Sequence s) || s.items().isEmpty()) {
            y.problem(m.lineOf("goals"), "goals lists what the student's program must do");
            return goals;
        }
        Set<String> captures = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping g)) {
                y.problem(item.line(), "each goal is a mapping with id, kind, text…");
                continue;
            }
            Goal goal = goal(g, captures);
            if (goal != null && goals.putIfAbsent(goal.id(), goal) != null) {
                y.problem(g.lineOf("id"), "two goals are named " + goal.id());
            }
        }
        return goals;
    }

    private Goal goal(Mapping g, Set<String> captures) {
        String id = y.id(g, "id");
        if (id != null) {
            declared.add(id);
        }
        String kind = y.string(g, "kind", true);
        if (kind == null) {
            return null;
        }
        Set<String> kindKeys = KIND_KEYS.get(kind);
        if (kindKeys == null) {
            y.problem(g.lineOf("kind"), "goal " + id + ": kind '" + kind + "' is none of " + new java.util.TreeSet<>(KIND_KEYS.keySet()));
            return null;
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(kindKeys);
        y.unknownKeys(g, allowed, "a " + kind + " goal");
        double weight = g.get("weight") == null ? 1 : y.number(g, "weight", 0, 100);
        String misconception = y.string(g, "misconception", false);
        if (misconception != null && !YamlReader.ID.matcher(misconception).matches()) {
            y.problem(g.lineOf("misconception"), "a misconception tag is lower-case words joined by '-', e.g. io-on-listening-socket");
        }
        Scope scope = scope(g);
        String capture = y.string(g, "capture", false);
        String on = y.string(g, "on", false);
        if (on != null && !captures.contains(on)) {
            y.problem(g.lineOf("on"), "goal " + id + ": no goal before it captures '" + on + "'");
        }
        if (capture != null && !captures.add(capture)) {
            y.problem(g.lineOf("capture"), "goal " + id + ": '" + capture + "' is captured twice");
        }
        if (capture != null && !kind.equals("call") && !kind.equals("sequence")) {
            y.problem(g.lineOf("capture"), "only call and sequence goals capture a socket");
        }
        Goal.Common common = new Goal.Common(id, y.text(g, "text", true), weight, misconception, scope, capture, on);
        return switch (kind) {
            case "call" -> new Goal.Call(common, call(g, true));
            case "never" -> new Goal.Never(common, call(g, true));
            case "count" -> {
                long min = y.integer(g, "min", false, 0, 1_000_000, 0);
                Integer max = g.get("max") == null ? null : (int) y.integer(g, "max", true, 0, 1_000_000, 0);
                if (max != null && max < min) {
                    y.problem(g.lineOf("max"), "goal " + id + ": max is below min");
                }
                yield new Goal.Count(common, call(g, true), (int) min, max);
            }
            case "sequence" -> new Goal.Sequence(common, sequence(g, id));
            case "state" -> state(g, common);
            case "errno" -> {
                String errno = y.errnoName(g, "errno", true);
                Boolean handled = g.get("handled") == null ? null : y.bool(g, "handled");
                yield new Goal.Errno(common, errno, y.string(g, "call", false), handled);
            }
            case "output" -> output(g, common);
            case "bytes" -> new Goal.Bytes(common, side(g, "from", captures),
                    side(g, "to", captures));
            case "probe" -> new Goal.Probe(common, y.string(g, "probe", true));
            case "python" -> python(g, common);
            default -> throw new IllegalStateException(kind);
        };
    }

    private Scope scope(Mapping g) {
        String scopeFile = y.string(g, "file", false);
        String host = y.string(g, "host", false);
        String process = y.string(g, "process", false);
        if (scopeFile != null && !fileNames.contains(scopeFile)) {
            y.problem(g.lineOf("file"), "'" + scopeFile + "' is not one of the lesson's files " + new java.util.TreeSet<>(fileNames));
        }
        if (host != null && !topologyBroken && topology.host(host) == null) {
            y.problem(g.lineOf("host"), "the topology has no host '" + host + "'");
        }
        if (process != null && !process.equals("main") && !process.equals("forked")) {
            y.problem(g.lineOf("process"), "process is main (the started one) or forked (its children)");
        }
        return new Scope(scopeFile, host, process);
    }

    private CallPattern call(Mapping g, boolean required) {
        String name = y.string(g, "call", required);
        Map<String, Object> args = new LinkedHashMap<>();
        if (g.get("args") instanceof Mapping a) {
            a.entries().forEach((k, v) -> {
                if (v instanceof Scalar s) {
                    args.put(k, s.value());
                } else {
                    y.problem(v.line(), "an argument to match is a plain value");
                }
            });
        } else if (g.get("args") != null) {
            y.problem(g.lineOf("args"), "args is a mapping, e.g. {port: 5000}");
        }
        Long result = g.get("result") == null ? null : y.integer(g, "result", true, -1, Integer.MAX_VALUE, 0);
        String errno = g.get("errno") instanceof Scalar s && "ok".equals(s.value()) ? "ok" : y.errnoName(g, "errno", false);
        return new CallPattern(name, args, result, errno);
    }

    private List<CallPattern> sequence(Mapping g, String id) {
        List<CallPattern> calls = new ArrayList<>();
        if (!(g.get("calls") instanceof Sequence s) || s.items().size() < 2) {
            y.problem(g.lineOf("calls"), "goal " + id + ": calls lists at least two calls in order, e.g. [socket, bind, listen, accept]");
            return calls;
        }
        for (YamlNode item : s.items()) {
            if (item instanceof Scalar c && c.value() instanceof String name) {
                calls.add(CallPattern.named(name));
            } else if (item instanceof Mapping c) {
                y.unknownKeys(c, Set.of("call", "args", "result", "errno"), "a call");
                calls.add(call(c, true));
            } else {
                y.problem(item.line(), "a call is a name or a mapping {call: bind, args: {port: 5000}}");
            }
        }
        return calls;
    }

    private Goal state(Mapping g, Goal.Common common) {
        String processState = y.string(g, "process_state", false);
        if (processState != null && !List.of("READY", "BLOCKED", "STOPPED", "ZOMBIE", "EXITED").contains(processState)) {
            y.problem(g.lineOf("process_state"), "process_state is READY, BLOCKED, STOPPED, ZOMBIE or EXITED");
        }
        Integer listening = g.get("listening") == null ? null : (int) y.integer(g, "listening", true, 0, 1000, 0);
        Integer established = g.get("established") == null ? null : (int) y.integer(g, "established", true, 0, 1000, 0);
        Goal.DescriptorPattern descriptor = null;
        if (g.get("descriptor") instanceof Mapping d) {
            y.unknownKeys(d, Set.of("fd", "family", "type", "state"), "a descriptor");
            descriptor = new Goal.DescriptorPattern(d.get("fd") == null ? null : (int) y.integer(d, "fd", true, 0, 65535, 0),
                    y.string(d, "family", false), y.string(d, "type", false), y.string(d, "state", false));
        } else if (g.get("descriptor") != null) {
            y.problem(g.lineOf("descriptor"), "descriptor is a mapping {fd: 3, family: AF_INET, type: SOCK_STREAM}");
        }
        String waitingIn = y.string(g, "waiting_in", false);
        if (processState == null && waitingIn == null && listening == null && established == null && descriptor == null) {
            y.problem(g.line(), "goal " + common.id() + ": a state goal says what must hold (process_state, waiting_in, listening, "
                    + "established or descriptor)");
        }
        return new Goal.State(common, processState, waitingIn, listening, established, descriptor);
    }

    private Goal output(Mapping g, Goal.Common common) {
        String stream = g.get("stream") == null ? "stdout" : y.string(g, "stream", true);
        if (stream != null && !stream.equals("stdout") && !stream.equals("stderr")) {
            y.problem(g.lineOf("stream"), "stream is stdout or stderr");
        }
        List<Goal.Output.Match> given = new ArrayList<>();
        String text = null;
        for (Goal.Output.Match match : Goal.Output.Match.values()) {
            String key = match.name().toLowerCase(Locale.ROOT);
            if (g.get(key) != null) {
                given.add(match);
                text = y.string(g, key, true);
            }
        }
        if (given.size() != 1) {
            y.problem(g.line(), "goal " + common.id() + ": an output goal has one of exact, contains or regex");
            return null;
        }
        if (given.get(0) == Goal.Output.Match.REGEX && text != null) {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                y.problem(g.lineOf("regex"), "not a regular expression: " + e.getDescription());
            }
        }
        return new Goal.Output(common, stream, given.get(0), text);
    }

    private Goal.Side side(Mapping g, String key, Set<String> captures) {
        if (!(g.get(key) instanceof Mapping s)) {
            y.problem(g.lineOf(key), key + " is a side of the connection: {on: CAPTURE} or {file: cliente.py}");
            return new Goal.Side(null, Scope.ANY);
        }
        y.unknownKeys(s, Set.of("on", "file", "host", "process"), "a side");
        String on = y.string(s, "on", false);
        if (on != null && !captures.contains(on)) {
            y.problem(s.lineOf("on"), "no goal before this one captures '" + on + "'");
        }
        return new Goal.Side(on, scope(s));
    }

    private Goal python(Mapping g, Goal.Common common) {
        String source = y.string(g, "source", true);
        if (source != null && !source.contains("def check(")) {
            y.problem(g.lineOf("source"), "goal " + common.id() + ": the source defines check(events), which returns True when the "
                    + "goal holds");
        }
        if (source != null) {
            try {
                org.enchufe.lang.Compiler.compileModule(source, "goal " + common.id());
            } catch (org.enchufe.lang.PySyntaxError e) {
                y.problem(g.lineOf("source") + Math.max(0, e.line()), "goal " + common.id() + ": SyntaxError: " + e.getMessage());
            }
        }
        return new Goal.Python(common, source);
    }
}
