package org.enchufe.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tests a lesson like code (LESSONS.md §5): its reference solution passes every goal; each
 * mutant fails exactly the goals it names and fires the hints it names; the starter files fail
 * every goal except those lesson.yaml says they already meet.
 */
public final class LessonCheck {

    /** A mismatch, named so the author knows where to look. */
    public record Finding(String lesson, String file, String goal, String message) {
        @Override
        public String toString() {
            return lesson + "/" + file + (goal == null ? "" : " [" + goal + "]") + ": " + message;
        }
    }

    private LessonCheck() {
    }

    public static List<Finding> check(Lesson lesson) {
        List<Finding> findings = new ArrayList<>();
        LessonRunner.Result solution = LessonRunner.run(lesson, lesson.solution());
        for (Verdict v : solution.verdicts()) {
            if (!v.passed()) {
                findings.add(new Finding(lesson.id(), "solution/", v.goal(), "the reference solution fails it: " + v.happened().en()));
            }
        }
        for (Lesson.Mutant m : lesson.mutants()) {
            Map<String, String> files = new LinkedHashMap<>(lesson.solution());
            files.put(m.replaces(), m.source());
            LessonRunner.Result run = LessonRunner.run(lesson, files);
            Set<String> failed = failed(run);
            Set<String> named = new TreeSet<>(m.fails());
            for (String goal : named) {
                if (!failed.contains(goal)) {
                    findings.add(new Finding(lesson.id(), m.path(), goal, "the mutant should fail this goal but passes it"));
                }
            }
            for (String goal : failed) {
                if (!named.contains(goal)) {
                    findings.add(new Finding(lesson.id(), m.path(), goal, "the mutant fails this goal too, and does not say so: "
                            + run.verdicts().stream().filter(v -> v.goal().equals(goal)).findFirst().map(v -> v.happened().en()).orElse("")));
                }
            }
            Set<String> fired = new HashSet<>();
            run.hints().forEach(h -> fired.add(h.id()));
            for (String hint : m.fires()) {
                if (!fired.contains(hint)) {
                    findings.add(new Finding(lesson.id(), m.path(), null, "hint " + hint + " should fire and does not (fired: "
                            + new TreeSet<>(fired) + ")"));
                }
            }
        }
        Map<String, String> start = new LinkedHashMap<>(lesson.solution());
        start.putAll(lesson.start());
        LessonRunner.Result starter = LessonRunner.run(lesson, start);
        Set<String> failed = failed(starter);
        for (Goal g : lesson.goals()) {
            boolean meets = !failed.contains(g.id());
            if (meets && !lesson.startPasses().contains(g.id())) {
                findings.add(new Finding(lesson.id(), "start/", g.id(), "the starter files already meet this goal; list it in "
                        + "start_passes or leave it to the student"));
            } else if (!meets && lesson.startPasses().contains(g.id())) {
                findings.add(new Finding(lesson.id(), "start/", g.id(), "start_passes lists it, but the starter files fail it"));
            }
        }
        return findings;
    }

    private static Set<String> failed(LessonRunner.Result run) {
        Set<String> failed = new TreeSet<>();
        run.verdicts().stream().filter(v -> !v.passed()).forEach(v -> failed.add(v.goal()));
        return failed;
    }
}
