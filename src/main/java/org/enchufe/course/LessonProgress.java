package org.enchufe.course;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;

/**
 * A workspace's progress in one lesson: the step it is on (0-based), the goals it has passed and
 * the hints it has been shown (ids, comma-separated). A goal once passed stays passed.
 */
public record LessonProgress(@Id Long id, String workspace, String lesson, int step, String passed, String hints,
                             Instant updatedAt) {

    static LessonProgress fresh(String workspace, String lesson, Instant now) {
        return new LessonProgress(null, workspace, lesson, 0, "", "", now);
    }

    public Set<String> passedGoals() {
        return ids(passed);
    }

    public List<String> shownHints() {
        return List.copyOf(ids(hints));
    }

    LessonProgress withPassed(Set<String> goals, Instant now) {
        return new LessonProgress(id, workspace, lesson, step, String.join(",", goals), hints, now);
    }

    LessonProgress withHints(Set<String> shown, Instant now) {
        return new LessonProgress(id, workspace, lesson, step, passed, String.join(",", shown), now);
    }

    LessonProgress withStep(int newStep, Instant now) {
        return new LessonProgress(id, workspace, lesson, newStep, passed, hints, now);
    }

    private static Set<String> ids(String list) {
        Set<String> out = new LinkedHashSet<>();
        if (list != null && !list.isEmpty()) {
            out.addAll(Arrays.asList(list.split(",")));
        }
        return out;
    }
}
