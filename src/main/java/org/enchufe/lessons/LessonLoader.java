package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.enchufe.kernel.net.Topology;
import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Scalar;
import org.enchufe.lessons.YamlNode.Sequence;

/**
 * Reads a lesson folder (LESSONS.md §1) and checks everything a run relies on: the keys of
 * {@code lesson.yaml} and their values, goals and hints, that every goal a step or mutant names
 * exists, captures named before use, hosts in the topology, texts with one section per step,
 * starter, solution, mutant and probe files. Every mistake is reported with file, line and reason;
 * a lesson with any is not loaded.
 */
public final class LessonLoader {

    /** A loaded lesson, or the reasons it could not be. */
    public record Loaded(Lesson lesson, List<LessonProblem> problems) {
        public boolean ok() {
            return lesson != null;
        }
    }

    private static final String YAML = "lesson.yaml";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min)");
    private static final Set<String> LESSON_KEYS = Set.of("id", "number", "pages", "title", "topology", "files", "steps",
            "goals", "hints", "start_passes");
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

    private final LessonFolder folder;
    private final List<LessonProblem> problems = new ArrayList<>();
    private String file = YAML;
    /** Goal ids as written, the broken goals' too, so that one mistake is not reported again where it is used. */
    private final Set<String> declaredGoals = new HashSet<>();
    private boolean topologyBroken;

    private LessonLoader(LessonFolder folder) {
        this.folder = folder;
    }

    /** Loads one lesson folder. */
    public static Loaded load(LessonFolder folder) {
        LessonLoader loader = new LessonLoader(folder);
        Lesson lesson = loader.lesson();
        return loader.problems.isEmpty() ? new Loaded(lesson, List.of()) : new Loaded(null, List.copyOf(loader.problems));
    }

    // ---------------------------------------------------------------- lesson.yaml

    private Lesson lesson() {
        String yaml = folder.files().get(YAML);
        if (yaml == null) {
            problem(0, "the folder has no lesson.yaml");
            return null;
        }
        YamlNode root;
        try {
            root = YamlNode.parse(yaml);
        } catch (YamlNode.Malformed e) {
            problem(e.line, "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(root instanceof Mapping m)) {
            problem(root == null ? 1 : root.line(), "lesson.yaml must be a mapping of keys (id, number, title…)");
            return null;
        }
        unknownKeys(m, LESSON_KEYS, "a lesson");
        String id = id(m, "id");
        int number = (int) integer(m, "number", true, 1, 99, 0);
        List<Integer> pages = new ArrayList<>();
        if (m.get("pages") instanceof Sequence s) {
            for (YamlNode page : s.items()) {
                pages.add((int) integerValue(page, 1, 999, "a slide page"));
            }
        } else if (m.get("pages") != null) {
            problem(m.lineOf("pages"), "pages is a list of slide page numbers, e.g. [22, 23]");
        }
        Text title = text(m, "title", true);
        Topology topology = topology(m);
        List<Lesson.LessonFile> files = files(m, topology);
        Set<String> fileNames = new HashSet<>();
        files.forEach(f -> fileNames.add(f.name()));

        Map<String, Goal> goals = goals(m, fileNames, topology);
        List<Hint> hints = hints(m, declaredGoals, fileNames);
        List<Lesson.Step> steps = steps(m, declaredGoals);
        List<String> startPasses = idList(m, "start_passes", declaredGoals, "goal");

        Map<String, LessonText> texts = new LinkedHashMap<>();
        for (String language : List.of("es", "en")) {
            LessonText text = text(language + ".md", steps);
            if (text != null) {
                texts.put(language, text);
            }
        }
        Map<String, String> start = folder.under("start");
        Map<String, String> solution = folder.under("solution");
        Map<String, String> probes = folder.under("probes");
        checkFiles("start", start, fileNames, false);
        checkFiles("solution", solution, fileNames, true);
        for (Goal g : goals.values()) {
            if (g instanceof Goal.Probe p && !probes.containsKey(p.probe())) {
                file = YAML;
                problem(goalLine(m, g.id()), "goal " + g.id() + ": there is no probes/" + p.probe());
            }
        }
        List<Lesson.Mutant> mutants = mutants(fileNames, declaredGoals, hints);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Lesson(id, number, List.copyOf(pages), title, topology, files, steps, List.copyOf(goals.values()), hints, texts,
                start, solution, mutants, startPasses, probes, folder.origin());
    }

    private Topology topology(Mapping m) {
        int before = problems.size();
        Topology topology = readTopology(m);
        topologyBroken = problems.size() > before;
        return topology;
    }

    private Topology readTopology(Mapping m) {
        YamlNode node = m.get("topology");
        if (node == null) {
            return Topology.DEFAULT;
        }
        try {
            if (node instanceof Scalar s && s.value() instanceof String name) {
                Topology builtin = Topology.builtin(name);
                if (builtin == null) {
                    problem(node.line(), "there is no shipped topology named '" + name + "' (there are laboratorio, "
                            + "red-inestable, or write one here in Topology's format)");
                    return Topology.DEFAULT;
                }
                return builtin;
            }
            if (node instanceof Mapping) {
                return Topology.parse(YamlNode.MAPPER.writeValueAsString(YamlNode.plain(node)));
            }
        } catch (IllegalArgumentException e) {
            problem(node.line(), "the topology: " + e.getMessage());
            return Topology.DEFAULT;
        }
        problem(node.line(), "topology is a shipped topology's name or a topology (hosts, networks…)");
        return Topology.DEFAULT;
    }

    private List<Lesson.LessonFile> files(Mapping m, Topology topology) {
        List<Lesson.LessonFile> files = new ArrayList<>();
        if (!(m.get("files") instanceof Sequence s) || s.items().isEmpty()) {
            problem(m.lineOf("files"), "files lists the student's programs in the order they start, e.g. "
                    + "- {name: servidor.py, host: servidor, role: server}");
            return files;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping f)) {
                problem(item.line(), "each file is a mapping: {name: servidor.py, host: servidor, role: server}");
                continue;
            }
            unknownKeys(f, Set.of("name", "host", "role"), "a file");
            String name = string(f, "name", true);
            String host = string(f, "host", false);
            String role = string(f, "role", false);
            if (name != null && (!name.matches("[A-Za-z0-9_-]+\\.py") || !seen.add(name))) {
                problem(f.lineOf("name"), "file '" + name + "' must be a unique name ending in .py");
            }
            if (host != null && !topologyBroken && topology.host(host) == null) {
                problem(f.lineOf("host"), "the topology has no host '" + host + "'");
            }
            if (role != null && !role.equals("server") && !role.equals("client")) {
                problem(f.lineOf("role"), "role is server or client");
            }
            files.add(new Lesson.LessonFile(name, host, role));
        }
        return files;
    }

    private List<Lesson.Step> steps(Mapping m, Set<String> goalIds) {
        List<Lesson.Step> steps = new ArrayList<>();
        if (!(m.get("steps") instanceof Sequence s) || s.items().isEmpty()) {
            problem(m.lineOf("steps"), "steps lists the lesson's steps, each with an id, a title and its goals");
            return steps;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping step)) {
                problem(item.line(), "each step is a mapping with id, title and goals");
                continue;
            }
            unknownKeys(step, Set.of("id", "title", "goals"), "a step");
            String id = id(step, "id");
            if (id != null && !ids.add(id)) {
                problem(step.lineOf("id"), "two steps are named " + id);
            }
            steps.add(new Lesson.Step(id, text(step, "title", true), idList(step, "goals", goalIds, "goal")));
        }
        return steps;
    }

    // ---------------------------------------------------------------- goals

    private Map<String, Goal> goals(Mapping m, Set<String> fileNames, Topology topology) {
        Map<String, Goal> goals = new LinkedHashMap<>();
        if (!(m.get("goals") instanceof Sequence s) || s.items().isEmpty()) {
            problem(m.lineOf("goals"), "goals lists what the student's program must do");
            return goals;
        }
        Set<String> captures = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping g)) {
                problem(item.line(), "each goal is a mapping with id, kind, text…");
                continue;
            }
            Goal goal = goal(g, fileNames, topology, captures);
            if (goal != null && goals.putIfAbsent(goal.id(), goal) != null) {
                problem(g.lineOf("id"), "two goals are named " + goal.id());
            }
        }
        return goals;
    }

    private Goal goal(Mapping g, Set<String> fileNames, Topology topology, Set<String> captures) {
        String id = id(g, "id");
        if (id != null) {
            declaredGoals.add(id);
        }
        String kind = string(g, "kind", true);
        if (kind == null) {
            return null;
        }
        Set<String> kindKeys = KIND_KEYS.get(kind);
        if (kindKeys == null) {
            problem(g.lineOf("kind"), "goal " + id + ": kind '" + kind + "' is none of " + new java.util.TreeSet<>(KIND_KEYS.keySet()));
            return null;
        }
        Set<String> allowed = new HashSet<>(COMMON_KEYS);
        allowed.addAll(kindKeys);
        unknownKeys(g, allowed, "a " + kind + " goal");
        double weight = g.get("weight") == null ? 1 : number(g, "weight", 0, 100);
        String misconception = string(g, "misconception", false);
        if (misconception != null && !ID.matcher(misconception).matches()) {
            problem(g.lineOf("misconception"), "a misconception tag is lower-case words joined by '-', e.g. io-on-listening-socket");
        }
        Scope scope = scope(g, fileNames, topology);
        String capture = string(g, "capture", false);
        String on = string(g, "on", false);
        if (on != null && !captures.contains(on)) {
            problem(g.lineOf("on"), "goal " + id + ": no goal before it captures '" + on + "'");
        }
        if (capture != null && !captures.add(capture)) {
            problem(g.lineOf("capture"), "goal " + id + ": '" + capture + "' is captured twice");
        }
        if (capture != null && !kind.equals("call") && !kind.equals("sequence")) {
            problem(g.lineOf("capture"), "only call and sequence goals capture a socket");
        }
        Goal.Common common = new Goal.Common(id, text(g, "text", true), weight, misconception, scope, capture, on);
        return switch (kind) {
            case "call" -> new Goal.Call(common, call(g, true));
            case "never" -> new Goal.Never(common, call(g, true));
            case "count" -> {
                long min = integer(g, "min", false, 0, 1_000_000, 0);
                Integer max = g.get("max") == null ? null : (int) integer(g, "max", true, 0, 1_000_000, 0);
                if (max != null && max < min) {
                    problem(g.lineOf("max"), "goal " + id + ": max is below min");
                }
                yield new Goal.Count(common, call(g, true), (int) min, max);
            }
            case "sequence" -> new Goal.Sequence(common, sequence(g, id));
            case "state" -> state(g, common);
            case "errno" -> {
                String errno = errnoName(g, "errno", true);
                Boolean handled = g.get("handled") == null ? null : bool(g, "handled");
                yield new Goal.Errno(common, errno, string(g, "call", false), handled);
            }
            case "output" -> output(g, common);
            case "bytes" -> new Goal.Bytes(common, side(g, "from", fileNames, topology, captures),
                    side(g, "to", fileNames, topology, captures));
            case "probe" -> new Goal.Probe(common, string(g, "probe", true));
            case "python" -> python(g, common);
            default -> throw new IllegalStateException(kind);
        };
    }

    private Scope scope(Mapping g, Set<String> fileNames, Topology topology) {
        String scopeFile = string(g, "file", false);
        String host = string(g, "host", false);
        String process = string(g, "process", false);
        if (scopeFile != null && !fileNames.contains(scopeFile)) {
            problem(g.lineOf("file"), "'" + scopeFile + "' is not one of the lesson's files " + new java.util.TreeSet<>(fileNames));
        }
        if (host != null && !topologyBroken && topology.host(host) == null) {
            problem(g.lineOf("host"), "the topology has no host '" + host + "'");
        }
        if (process != null && !process.equals("main") && !process.equals("forked")) {
            problem(g.lineOf("process"), "process is main (the started one) or forked (its children)");
        }
        return new Scope(scopeFile, host, process);
    }

    private CallPattern call(Mapping g, boolean required) {
        String name = string(g, "call", required);
        Map<String, Object> args = new LinkedHashMap<>();
        if (g.get("args") instanceof Mapping a) {
            a.entries().forEach((k, v) -> {
                if (v instanceof Scalar s) {
                    args.put(k, s.value());
                } else {
                    problem(v.line(), "an argument to match is a plain value");
                }
            });
        } else if (g.get("args") != null) {
            problem(g.lineOf("args"), "args is a mapping, e.g. {port: 5000}");
        }
        Long result = g.get("result") == null ? null : integer(g, "result", true, -1, Integer.MAX_VALUE, 0);
        String errno = g.get("errno") instanceof Scalar s && "ok".equals(s.value()) ? "ok" : errnoName(g, "errno", false);
        return new CallPattern(name, args, result, errno);
    }

    private List<CallPattern> sequence(Mapping g, String id) {
        List<CallPattern> calls = new ArrayList<>();
        if (!(g.get("calls") instanceof Sequence s) || s.items().size() < 2) {
            problem(g.lineOf("calls"), "goal " + id + ": calls lists at least two calls in order, e.g. [socket, bind, listen, accept]");
            return calls;
        }
        for (YamlNode item : s.items()) {
            if (item instanceof Scalar c && c.value() instanceof String name) {
                calls.add(CallPattern.named(name));
            } else if (item instanceof Mapping c) {
                unknownKeys(c, Set.of("call", "args", "result", "errno"), "a call");
                calls.add(call(c, true));
            } else {
                problem(item.line(), "a call is a name or a mapping {call: bind, args: {port: 5000}}");
            }
        }
        return calls;
    }

    private Goal state(Mapping g, Goal.Common common) {
        String processState = string(g, "process_state", false);
        if (processState != null && !List.of("READY", "BLOCKED", "STOPPED", "ZOMBIE", "EXITED").contains(processState)) {
            problem(g.lineOf("process_state"), "process_state is READY, BLOCKED, STOPPED, ZOMBIE or EXITED");
        }
        Integer listening = g.get("listening") == null ? null : (int) integer(g, "listening", true, 0, 1000, 0);
        Integer established = g.get("established") == null ? null : (int) integer(g, "established", true, 0, 1000, 0);
        Goal.DescriptorPattern descriptor = null;
        if (g.get("descriptor") instanceof Mapping d) {
            unknownKeys(d, Set.of("fd", "family", "type", "state"), "a descriptor");
            descriptor = new Goal.DescriptorPattern(d.get("fd") == null ? null : (int) integer(d, "fd", true, 0, 65535, 0),
                    string(d, "family", false), string(d, "type", false), string(d, "state", false));
        } else if (g.get("descriptor") != null) {
            problem(g.lineOf("descriptor"), "descriptor is a mapping {fd: 3, family: AF_INET, type: SOCK_STREAM}");
        }
        String waitingIn = string(g, "waiting_in", false);
        if (processState == null && waitingIn == null && listening == null && established == null && descriptor == null) {
            problem(g.line(), "goal " + common.id() + ": a state goal says what must hold (process_state, waiting_in, listening, "
                    + "established or descriptor)");
        }
        return new Goal.State(common, processState, waitingIn, listening, established, descriptor);
    }

    private Goal output(Mapping g, Goal.Common common) {
        String stream = g.get("stream") == null ? "stdout" : string(g, "stream", true);
        if (stream != null && !stream.equals("stdout") && !stream.equals("stderr")) {
            problem(g.lineOf("stream"), "stream is stdout or stderr");
        }
        List<Goal.Output.Match> given = new ArrayList<>();
        String text = null;
        for (Goal.Output.Match match : Goal.Output.Match.values()) {
            String key = match.name().toLowerCase(Locale.ROOT);
            if (g.get(key) != null) {
                given.add(match);
                text = string(g, key, true);
            }
        }
        if (given.size() != 1) {
            problem(g.line(), "goal " + common.id() + ": an output goal has one of exact, contains or regex");
            return null;
        }
        if (given.get(0) == Goal.Output.Match.REGEX && text != null) {
            try {
                Pattern.compile(text);
            } catch (PatternSyntaxException e) {
                problem(g.lineOf("regex"), "not a regular expression: " + e.getDescription());
            }
        }
        return new Goal.Output(common, stream, given.get(0), text);
    }

    private Goal.Side side(Mapping g, String key, Set<String> fileNames, Topology topology, Set<String> captures) {
        if (!(g.get(key) instanceof Mapping s)) {
            problem(g.lineOf(key), key + " is a side of the connection: {on: CAPTURE} or {file: cliente.py}");
            return new Goal.Side(null, Scope.ANY);
        }
        unknownKeys(s, Set.of("on", "file", "host", "process"), "a side");
        String on = string(s, "on", false);
        if (on != null && !captures.contains(on)) {
            problem(s.lineOf("on"), "no goal before this one captures '" + on + "'");
        }
        return new Goal.Side(on, scope(s, fileNames, topology));
    }

    private Goal python(Mapping g, Goal.Common common) {
        String source = string(g, "source", true);
        if (source != null && !source.contains("def check(")) {
            problem(g.lineOf("source"), "goal " + common.id() + ": the source defines check(events), which returns True when the "
                    + "goal holds");
        }
        if (source != null) {
            try {
                org.enchufe.lang.Compiler.compileModule(source, "goal " + common.id());
            } catch (org.enchufe.lang.PySyntaxError e) {
                problem(g.lineOf("source") + Math.max(0, e.line()), "goal " + common.id() + ": SyntaxError: " + e.getMessage());
            }
        }
        return new Goal.Python(common, source);
    }

    // ---------------------------------------------------------------- hints

    private List<Hint> hints(Mapping m, Set<String> goalIds, Set<String> fileNames) {
        List<Hint> hints = new ArrayList<>();
        if (m.get("hints") == null) {
            return hints;
        }
        if (!(m.get("hints") instanceof Sequence s)) {
            problem(m.lineOf("hints"), "hints is a list");
            return hints;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping h)) {
                problem(item.line(), "each hint is a mapping with id, tier, when and text");
                continue;
            }
            unknownKeys(h, Set.of("id", "tier", "when", "text", "errno_link"), "a hint");
            String id = id(h, "id");
            if (id != null && !ids.add(id)) {
                problem(h.lineOf("id"), "two hints are named " + id);
            }
            int tier = (int) integer(h, "tier", false, 1, 3, 1);
            hints.add(new Hint(id, tier == 0 ? 1 : tier, text(h, "text", true), trigger(h, goalIds, fileNames),
                    errnoName(h, "errno_link", false)));
        }
        return hints;
    }

    private Hint.Trigger trigger(Mapping h, Set<String> goalIds, Set<String> fileNames) {
        if (!(h.get("when") instanceof Mapping w) || w.entries().size() != 1 && !(w.entries().size() == 2 && w.get("call") != null)) {
            problem(h.lineOf("when"), "when is one of {errno: EADDRINUSE}, {asleep: {call: accept, for: 90s}}, "
                    + "{failed: {goal: ID, times: 3}}, {asked: true}");
            return new Hint.Asked();
        }
        if (w.get("errno") != null) {
            return new Hint.OnErrno(errnoName(w, "errno", true), string(w, "call", false));
        }
        if (w.get("asleep") instanceof Mapping a) {
            unknownKeys(a, Set.of("call", "for", "file"), "asleep");
            String forText = string(a, "for", true);
            long micros = 0;
            Matcher d = forText == null ? null : DURATION.matcher(forText.strip());
            if (d != null && d.matches()) {
                double unit = switch (d.group(2)) {
                    case "ms" -> 1e3;
                    case "min" -> 60e6;
                    default -> 1e6;
                };
                micros = (long) (Double.parseDouble(d.group(1)) * unit);
            } else if (forText != null) {
                problem(a.lineOf("for"), "'" + forText + "' is not a duration such as 90s, 500ms or 2min");
            }
            String scopeFile = string(a, "file", false);
            if (scopeFile != null && !fileNames.contains(scopeFile)) {
                problem(a.lineOf("file"), "'" + scopeFile + "' is not one of the lesson's files");
            }
            return new Hint.Asleep(string(a, "call", true), micros, new Scope(scopeFile, null, null));
        }
        if (w.get("failed") instanceof Mapping f) {
            unknownKeys(f, Set.of("goal", "times"), "failed");
            String goal = string(f, "goal", true);
            if (goal != null && !goalIds.contains(goal)) {
                problem(f.lineOf("goal"), "there is no goal " + goal);
            }
            return new Hint.Failed(goal, (int) integer(f, "times", true, 1, 100, 1));
        }
        if (w.get("asked") != null) {
            return new Hint.Asked();
        }
        problem(w.line(), "when is one of errno, asleep, failed or asked");
        return new Hint.Asked();
    }

    // ---------------------------------------------------------------- the other files

    private LessonText text(String name, List<Lesson.Step> steps) {
        String markdown = folder.files().get(name);
        file = name;
        try {
            if (markdown == null) {
                problem(0, "the lesson has no " + name + " (its text, one '## ' section per step)");
                return null;
            }
            LessonText text = LessonText.parse(markdown);
            if (text.sections().size() != steps.size()) {
                int line = text.sections().size() > steps.size() ? text.sections().get(steps.size()).line() : 1;
                problem(line, "it has " + text.sections().size() + " '## ' sections and lesson.yaml " + steps.size()
                        + " steps: one section per step");
            }
            return text;
        } finally {
            file = YAML;
        }
    }

    private void checkFiles(String dir, Map<String, String> files, Set<String> fileNames, boolean complete) {
        for (String name : files.keySet()) {
            if (!fileNames.contains(name)) {
                file = dir + "/" + name;
                problem(0, "not one of the files lesson.yaml lists " + new java.util.TreeSet<>(fileNames));
            }
        }
        if (files.isEmpty() && !complete) {
            file = dir + "/";
            problem(0, "the lesson gives the student no starter file");
        }
        if (complete) {
            for (String name : fileNames) {
                if (!files.containsKey(name)) {
                    file = dir + "/" + name;
                    problem(0, "the reference solution lacks " + name);
                }
            }
        }
        file = YAML;
    }

    private static final Pattern HEADER = Pattern.compile("#\\s*(replaces|fails|fires):\\s*(.*)");

    /**
     * Mutants say in their first comment lines what they replace and what they must fail and fire:
     * {@code # replaces: servidor.py}, {@code # fails: escucha, acepta}, {@code # fires: pista}.
     */
    private List<Lesson.Mutant> mutants(Set<String> fileNames, Set<String> goalIds, List<Hint> hints) {
        Set<String> hintIds = new HashSet<>();
        hints.forEach(h -> hintIds.add(h.id()));
        List<Lesson.Mutant> mutants = new ArrayList<>();
        for (Map.Entry<String, String> e : folder.under("mutants").entrySet()) {
            file = "mutants/" + e.getKey();
            String replaces = fileNames.size() == 1 ? fileNames.iterator().next() : null;
            List<String> fails = new ArrayList<>();
            List<String> fires = new ArrayList<>();
            String[] lines = e.getValue().split("\n");
            for (int i = 0; i < lines.length && lines[i].startsWith("#"); i++) {
                Matcher h = HEADER.matcher(lines[i].strip());
                if (!h.matches()) {
                    continue;
                }
                int line = i + 1;
                List<String> values = java.util.Arrays.stream(h.group(2).split("[,\\s]+")).filter(v -> !v.isBlank()).toList();
                switch (h.group(1)) {
                    case "replaces" -> {
                        replaces = values.isEmpty() ? null : values.get(0);
                        if (!fileNames.contains(replaces)) {
                            problem(line, "replaces names none of the lesson's files " + new java.util.TreeSet<>(fileNames));
                        }
                    }
                    case "fails" -> {
                        fails.addAll(values);
                        values.stream().filter(v -> !goalIds.contains(v)).forEach(v -> problem(line, "there is no goal " + v));
                    }
                    default -> {
                        fires.addAll(values);
                        values.stream().filter(v -> !hintIds.contains(v)).forEach(v -> problem(line, "there is no hint " + v));
                    }
                }
            }
            if (replaces == null) {
                problem(1, "say which file it replaces: '# replaces: servidor.py' in its first lines");
            }
            if (fails.isEmpty()) {
                problem(1, "say which goals it must fail: '# fails: GOAL, GOAL' in its first lines");
            }
            mutants.add(new Lesson.Mutant(file, replaces, e.getValue(), List.copyOf(fails), List.copyOf(fires)));
        }
        file = YAML;
        return mutants;
    }

    // ---------------------------------------------------------------- values

    private void problem(int line, String reason) {
        problems.add(new LessonProblem(folder.name(), file, line, reason));
    }

    private void unknownKeys(Mapping m, Set<String> allowed, String what) {
        for (String key : m.entries().keySet()) {
            if (!allowed.contains(key)) {
                problem(m.lineOf(key), "'" + key + "' is not a key of " + what + " (it has " + new java.util.TreeSet<>(allowed) + ")");
            }
        }
    }

    private String string(Mapping m, String key, boolean required) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing");
            }
            return null;
        }
        if (node instanceof Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return s.text();
        }
        problem(node.line(), "'" + key + "' must be a text");
        return null;
    }

    private String id(Mapping m, String key) {
        String id = string(m, key, true);
        if (id != null && !ID.matcher(id).matches()) {
            problem(m.lineOf(key), "'" + id + "' is not an id: lower-case letters, digits and '-'");
        }
        return id;
    }

    private Text text(Mapping m, String key, boolean required) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing: {es: …, en: …}");
            }
            return null;
        }
        if (!(node instanceof Mapping t)) {
            problem(node.line(), "'" + key + "' is a text in both languages: {es: …, en: …}");
            return null;
        }
        unknownKeys(t, Set.of("es", "en"), "a text");
        String es = string(t, "es", true);
        String en = string(t, "en", true);
        return es == null || en == null ? null : new Text(es, en);
    }

    private long integer(Mapping m, String key, boolean required, long min, long max, long absent) {
        YamlNode node = m.get(key);
        if (node == null) {
            if (required) {
                problem(m.line(), "'" + key + "' is missing");
            }
            return absent;
        }
        return integerValue(node, min, max, "'" + key + "'");
    }

    private long integerValue(YamlNode node, long min, long max, String what) {
        if (node instanceof Scalar s && s.value() instanceof Long n && n >= min && n <= max) {
            return n;
        }
        problem(node.line(), what + " must be a whole number from " + min + " to " + max);
        return min;
    }

    private double number(Mapping m, String key, double min, double max) {
        if (m.get(key) instanceof Scalar s && s.value() instanceof Number n && n.doubleValue() >= min && n.doubleValue() <= max) {
            return n.doubleValue();
        }
        problem(m.lineOf(key), "'" + key + "' must be a number from " + min + " to " + max);
        return 1;
    }

    private boolean bool(Mapping m, String key) {
        if (m.get(key) instanceof Scalar s && s.value() instanceof Boolean b) {
            return b;
        }
        problem(m.lineOf(key), "'" + key + "' is true or false");
        return false;
    }

    private String errnoName(Mapping m, String key, boolean required) {
        String name = string(m, key, required);
        if (name != null) {
            try {
                org.enchufe.lang.runtime.Errno.valueOf(name);
            } catch (IllegalArgumentException e) {
                problem(m.lineOf(key), "'" + name + "' is not an errno Linux has (EADDRINUSE, ECONNREFUSED…)");
            }
        }
        return name;
    }

    private List<String> idList(Mapping m, String key, Set<String> known, String what) {
        List<String> ids = new ArrayList<>();
        YamlNode node = m.get(key);
        if (node == null) {
            return ids;
        }
        if (!(node instanceof Sequence s)) {
            problem(node.line(), "'" + key + "' is a list of " + what + " ids");
            return ids;
        }
        for (YamlNode item : s.items()) {
            String id = item instanceof Scalar sc && sc.value() instanceof String v ? v : null;
            if (id == null || !known.contains(id)) {
                problem(item.line(), "there is no " + what + " " + (id == null ? YamlNode.plain(item) : id));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private int goalLine(Mapping m, String goalId) {
        if (m.get("goals") instanceof Sequence s) {
            for (YamlNode item : s.items()) {
                if (item instanceof Mapping g && g.get("id") instanceof Scalar id && goalId.equals(id.value())) {
                    return g.lineOf("id");
                }
            }
        }
        return m.lineOf("goals");
    }
}
