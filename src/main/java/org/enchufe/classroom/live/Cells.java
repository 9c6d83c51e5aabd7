package org.enchufe.classroom.live;

import java.util.Comparator;

import org.enchufe.lessons.Lesson;

/**
 * The cell of one student and one lesson step: done when every goal of the step passed; on the
 * step the student is on, asleep while a process of theirs sleeps in a call; failing while a goal
 * of the step failed its last verdicts; working once any goal of the step was met; else not started.
 */
final class Cells {

    private Cells() {
    }

    static Cell of(Facts facts, Lesson lesson, int step) {
        var goals = lesson.steps().get(step).goals();
        boolean done = !goals.isEmpty() && goals.stream().allMatch(g -> {
            Facts.Mark m = facts.mark(lesson.id(), g);
            return m != null && m.passed();
        });
        if (done) {
            return Cell.DONE;
        }
        boolean current = lesson.id().equals(facts.lesson()) && facts.step() == step;
        if (current && !facts.sleeps().isEmpty()) {
            Facts.Sleep longest = facts.sleeps().stream().min(Comparator.comparing(Facts.Sleep::since)).orElseThrow();
            return new Cell.Asleep(longest.call(), longest.since());
        }
        Cell failing = null;
        boolean met = current;
        for (String g : goals) {
            Facts.Mark m = facts.mark(lesson.id(), g);
            if (m == null) {
                continue;
            }
            met = true;
            if (!m.passed() && m.failingStreak() > 0
                    && (failing == null || m.failingStreak() > ((Cell.Failing) failing).times())) {
                failing = new Cell.Failing(g, m.failingStreak());
            }
        }
        if (failing != null) {
            return failing;
        }
        return met ? Cell.WORKING : Cell.NOT_STARTED;
    }
}
