package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a lesson's {@code mutants/}: each one's header comment says which file it replaces and
 * which goals it must fail and hints it must fire, all checked to exist.
 */
final class MutantReader {

    private static final Pattern HEADER = Pattern.compile("#\\s*(replaces|fails|fires):\\s*(.*)");

    private final YamlReader y;

    MutantReader(YamlReader y) {
        this.y = y;
    }

    /**
     * Mutants say in their first comment lines what they replace and what they must fail and fire:
     * {@code # replaces: servidor.py}, {@code # fails: escucha, acepta}, {@code # fires: pista}.
     */
    List<Lesson.Mutant> mutants(LessonFolder folder, Set<String> fileNames, Set<String> goalIds, List<Hint> hints) {
        Set<String> hintIds = new HashSet<>();
        hints.forEach(h -> hintIds.add(h.id()));
        List<Lesson.Mutant> mutants = new ArrayList<>();
        for (Map.Entry<String, String> e : folder.under("mutants").entrySet()) {
            String path = "mutants/" + e.getKey();
            y.in(path);
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
                            y.problem(line, "replaces names none of the lesson's files " + new java.util.TreeSet<>(fileNames));
                        }
                    }
                    case "fails" -> {
                        fails.addAll(values);
                        values.stream().filter(v -> !goalIds.contains(v)).forEach(v -> y.problem(line, "there is no goal " + v));
                    }
                    default -> {
                        fires.addAll(values);
                        values.stream().filter(v -> !hintIds.contains(v)).forEach(v -> y.problem(line, "there is no hint " + v));
                    }
                }
            }
            if (replaces == null) {
                y.problem(1, "say which file it replaces: '# replaces: servidor.py' in its first lines");
            }
            if (fails.isEmpty()) {
                y.problem(1, "say which goals it must fail: '# fails: GOAL, GOAL' in its first lines");
            }
            mutants.add(new Lesson.Mutant(path, replaces, e.getValue(), List.copyOf(fails), List.copyOf(fires)));
        }
        y.in("lesson.yaml");
        return mutants;
    }
}
