package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.enchufe.kernel.net.Topology;
import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Scalar;
import org.enchufe.lessons.YamlNode.Sequence;

/**
 * Reads a lesson folder (LESSONS.md §1) and checks everything a run relies on: the keys of
 * {@code lesson.yaml} and their values, goals and hints, that every goal a step or mutant names
 * exists, captures named before use, hosts in the topology, texts with one section per step,
 * starter, solution, mutant and probe files. Every mistake is reported with file, line and reason;
 * a lesson with any is not loaded. The parts of lesson.yaml are read by {@link TopologyReader},
 * {@link GoalReader} and {@link HintReader}, the mutants by {@link MutantReader}, all reporting
 * through one {@link YamlReader}; this class reads the rest and puts the lesson together.
 */
public final class LessonLoader {

    /** A loaded lesson, or the reasons it could not be. */
    public record Loaded(Lesson lesson, List<LessonProblem> problems) {
        public boolean ok() {
            return lesson != null;
        }
    }

    private static final String YAML = "lesson.yaml";
    private static final Set<String> LESSON_KEYS = Set.of("id", "number", "pages", "title", "topology", "files", "steps",
            "goals", "hints", "start_passes", "views");
    /** The pictures a lesson page may add beside the workbench's (LESSONS.md §4). */
    static final Set<String> VIEWS = Set.of("sequence", "timeline");

    private final LessonFolder folder;
    private final YamlReader y;
    private boolean topologyBroken;

    private LessonLoader(LessonFolder folder) {
        this.folder = folder;
        this.y = new YamlReader(folder.name());
    }

    /** Loads one lesson folder. */
    public static Loaded load(LessonFolder folder) {
        LessonLoader loader = new LessonLoader(folder);
        Lesson lesson = loader.lesson();
        List<LessonProblem> problems = loader.y.problems();
        return problems.isEmpty() ? new Loaded(lesson, List.of()) : new Loaded(null, List.copyOf(problems));
    }

    // ---------------------------------------------------------------- lesson.yaml

    private Lesson lesson() {
        String yaml = folder.files().get(YAML);
        if (yaml == null) {
            y.problem(0, "the folder has no lesson.yaml");
            return null;
        }
        YamlNode root;
        try {
            root = YamlNode.parse(yaml);
        } catch (YamlNode.Malformed e) {
            y.problem(e.line, "not valid YAML: " + e.getMessage());
            return null;
        }
        if (!(root instanceof Mapping m)) {
            y.problem(root == null ? 1 : root.line(), "lesson.yaml must be a mapping of keys (id, number, title…)");
            return null;
        }
        y.unknownKeys(m, LESSON_KEYS, "a lesson");
        String id = y.id(m, "id");
        int number = (int) y.integer(m, "number", true, 1, 99, 0);
        List<Integer> pages = new ArrayList<>();
        if (m.get("pages") instanceof Sequence s) {
            for (YamlNode page : s.items()) {
                pages.add((int) y.integerValue(page, 1, 999, "a slide page"));
            }
        } else if (m.get("pages") != null) {
            y.problem(m.lineOf("pages"), "pages is a list of slide page numbers, e.g. [22, 23]");
        }
        Text title = y.text(m, "title", true);
        TopologyReader.Read read = TopologyReader.read(y, m);
        Topology topology = read.topology();
        topologyBroken = read.broken();
        List<Lesson.LessonFile> files = files(m, topology);
        Set<String> fileNames = new HashSet<>();
        files.forEach(f -> fileNames.add(f.name()));

        GoalReader goalReader = new GoalReader(y, fileNames, topology, topologyBroken);
        Map<String, Goal> goals = goalReader.goals(m);
        Set<String> declaredGoals = goalReader.declared();
        List<Hint> hints = new HintReader(y).hints(m, declaredGoals, fileNames);
        List<Lesson.Step> steps = steps(m, declaredGoals);
        List<String> startPasses = y.idList(m, "start_passes", declaredGoals, "goal");
        List<String> views = y.idList(m, "views", VIEWS, "view");

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
                y.in(YAML);
                y.problem(goalLine(m, g.id()), "goal " + g.id() + ": there is no probes/" + p.probe());
            }
        }
        List<Lesson.Mutant> mutants = new MutantReader(y).mutants(folder, fileNames, declaredGoals, hints);
        if (!y.problems().isEmpty()) {
            return null;
        }
        return new Lesson(id, number, List.copyOf(pages), title, topology, files, steps, List.copyOf(goals.values()), hints, texts,
                start, solution, mutants, startPasses, probes, views, folder.origin());
    }

    private List<Lesson.LessonFile> files(Mapping m, Topology topology) {
        List<Lesson.LessonFile> files = new ArrayList<>();
        if (!(m.get("files") instanceof Sequence s) || s.items().isEmpty()) {
            y.problem(m.lineOf("files"), "files lists the student's programs in the order they start, e.g. "
                    + "- {name: servidor.py, host: servidor, role: server}");
            return files;
        }
        Set<String> seen = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping f)) {
                y.problem(item.line(), "each file is a mapping: {name: servidor.py, host: servidor, role: server}");
                continue;
            }
            y.unknownKeys(f, Set.of("name", "host", "role"), "a file");
            String name = y.string(f, "name", true);
            String host = y.string(f, "host", false);
            String role = y.string(f, "role", false);
            if (name != null && (!name.matches("[A-Za-z0-9_-]+\\.py") || !seen.add(name))) {
                y.problem(f.lineOf("name"), "file '" + name + "' must be a unique name ending in .py");
            }
            if (host != null && !topologyBroken && topology.host(host) == null) {
                y.problem(f.lineOf("host"), "the topology has no host '" + host + "'");
            }
            if (role != null && !role.equals("server") && !role.equals("client")) {
                y.problem(f.lineOf("role"), "role is server or client");
            }
            files.add(new Lesson.LessonFile(name, host, role));
        }
        return files;
    }

    private List<Lesson.Step> steps(Mapping m, Set<String> goalIds) {
        List<Lesson.Step> steps = new ArrayList<>();
        if (!(m.get("steps") instanceof Sequence s) || s.items().isEmpty()) {
            y.problem(m.lineOf("steps"), "steps lists the lesson's steps, each with an id, a title and its goals");
            return steps;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping step)) {
                y.problem(item.line(), "each step is a mapping with id, title and goals");
                continue;
            }
            y.unknownKeys(step, Set.of("id", "title", "goals"), "a step");
            String id = y.id(step, "id");
            if (id != null && !ids.add(id)) {
                y.problem(step.lineOf("id"), "two steps are named " + id);
            }
            steps.add(new Lesson.Step(id, y.text(step, "title", true), y.idList(step, "goals", goalIds, "goal")));
        }
        return steps;
    }

    // ---------------------------------------------------------------- the other files

    private LessonText text(String name, List<Lesson.Step> steps) {
        String markdown = folder.files().get(name);
        y.in(name);
        try {
            if (markdown == null) {
                y.problem(0, "the lesson has no " + name + " (its text, one '## ' section per step)");
                return null;
            }
            LessonText text = LessonText.parse(markdown);
            if (text.sections().size() != steps.size()) {
                int line = text.sections().size() > steps.size() ? text.sections().get(steps.size()).line() : 1;
                y.problem(line, "it has " + text.sections().size() + " '## ' sections and lesson.yaml " + steps.size()
                        + " steps: one section per step");
            }
            return text;
        } finally {
            y.in(YAML);
        }
    }

    private void checkFiles(String dir, Map<String, String> files, Set<String> fileNames, boolean complete) {
        for (String name : files.keySet()) {
            if (!fileNames.contains(name)) {
                y.in(dir + "/" + name);
                y.problem(0, "not one of the files lesson.yaml lists " + new java.util.TreeSet<>(fileNames));
            }
        }
        if (files.isEmpty() && !complete) {
            y.in(dir + "/");
            y.problem(0, "the lesson gives the student no starter file");
        }
        if (complete) {
            for (String name : fileNames) {
                if (!files.containsKey(name)) {
                    y.in(dir + "/" + name);
                    y.problem(0, "the reference solution lacks " + name);
                }
            }
        }
        y.in(YAML);
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
