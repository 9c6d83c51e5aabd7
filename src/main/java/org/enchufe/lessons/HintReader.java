package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.lessons.YamlNode.Mapping;
import org.enchufe.lessons.YamlNode.Sequence;

/**
 * Reads lesson.yaml's {@code hints}: tier, texts, the errno they link to, and what makes each
 * appear (an errno, a process asleep in a call for a while, a goal failed N runs in a row, the
 * student asking), checked against the lesson's goals and files.
 */
final class HintReader {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|min)");

    private final YamlReader y;

    HintReader(YamlReader y) {
        this.y = y;
    }

    List<Hint> hints(Mapping m, Set<String> goalIds, Set<String> fileNames) {
        List<Hint> hints = new ArrayList<>();
        if (m.get("hints") == null) {
            return hints;
        }
        if (!(m.get("hints") instanceof Sequence s)) {
            y.problem(m.lineOf("hints"), "hints is a list");
            return hints;
        }
        Set<String> ids = new HashSet<>();
        for (YamlNode item : s.items()) {
            if (!(item instanceof Mapping h)) {
                y.problem(item.line(), "each hint is a mapping with id, tier, when and text");
                continue;
            }
            y.unknownKeys(h, Set.of("id", "tier", "when", "text", "errno_link"), "a hint");
            String id = y.id(h, "id");
            if (id != null && !ids.add(id)) {
                y.problem(h.lineOf("id"), "two hints are named " + id);
            }
            int tier = (int) y.integer(h, "tier", false, 1, 3, 1);
            hints.add(new Hint(id, tier == 0 ? 1 : tier, y.text(h, "text", true), trigger(h, goalIds, fileNames),
                    y.errnoName(h, "errno_link", false)));
        }
        return hints;
    }

    private Hint.Trigger trigger(Mapping h, Set<String> goalIds, Set<String> fileNames) {
        if (!(h.get("when") instanceof Mapping w) || w.entries().size() != 1 && !(w.entries().size() == 2 && w.get("call") != null)) {
            y.problem(h.lineOf("when"), "when is one of {errno: EADDRINUSE}, {asleep: {call: accept, for: 90s}}, "
                    + "{failed: {goal: ID, times: 3}}, {asked: true}");
            return new Hint.Asked();
        }
        if (w.get("errno") != null) {
            return new Hint.OnErrno(y.errnoName(w, "errno", true), y.string(w, "call", false));
        }
        if (w.get("asleep") instanceof Mapping a) {
            y.unknownKeys(a, Set.of("call", "for", "file"), "asleep");
            String forText = y.string(a, "for", true);
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
                y.problem(a.lineOf("for"), "'" + forText + "' is not a duration such as 90s, 500ms or 2min");
            }
            String scopeFile = y.string(a, "file", false);
            if (scopeFile != null && !fileNames.contains(scopeFile)) {
                y.problem(a.lineOf("file"), "'" + scopeFile + "' is not one of the lesson's files");
            }
            return new Hint.Asleep(y.string(a, "call", true), micros, new Scope(scopeFile, null, null));
        }
        if (w.get("failed") instanceof Mapping f) {
            y.unknownKeys(f, Set.of("goal", "times"), "failed");
            String goal = y.string(f, "goal", true);
            if (goal != null && !goalIds.contains(goal)) {
                y.problem(f.lineOf("goal"), "there is no goal " + goal);
            }
            return new Hint.Failed(goal, (int) y.integer(f, "times", true, 1, 100, 1));
        }
        if (w.get("asked") != null) {
            return new Hint.Asked();
        }
        y.problem(w.line(), "when is one of errno, asleep, failed or asked");
        return new Hint.Asked();
    }
}
