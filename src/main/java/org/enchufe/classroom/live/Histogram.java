package org.enchufe.classroom.live;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The class's errnos and misconception tags per lesson step: one bar per errno or tag, listing the
 * students (ids) behind it, the tallest first.
 */
public record Histogram(List<StepBars> steps) {

    public enum Kind { ERRNO, MISCONCEPTION }

    /** One errno (by name, EADDRINUSE) or misconception tag a student met at a step. */
    public record Tag(Kind kind, String name) {
    }

    public record Bar(Kind kind, String name, List<Long> students) {
    }

    public record StepBars(String lesson, int step, List<Bar> bars) {
    }

    /** The histogram of these students' tags, each student by id. */
    static Histogram of(Map<Long, Map<StudentState.StepKey, List<Tag>>> byStudent) {
        Map<StudentState.StepKey, Map<Tag, TreeSet<Long>>> grouped = new TreeMap<>(
                Comparator.comparing(StudentState.StepKey::lesson).thenComparingInt(StudentState.StepKey::step));
        byStudent.forEach((student, steps) -> steps.forEach((key, tags) -> tags.forEach(tag ->
                grouped.computeIfAbsent(key, k -> new TreeMap<>(Comparator.comparing(Tag::kind).thenComparing(Tag::name)))
                        .computeIfAbsent(tag, t -> new TreeSet<>()).add(student))));
        List<StepBars> out = new ArrayList<>();
        grouped.forEach((key, tags) -> {
            List<Bar> bars = new ArrayList<>();
            tags.forEach((tag, students) -> bars.add(new Bar(tag.kind(), tag.name(), List.copyOf(students))));
            bars.sort(Comparator.comparingInt((Bar b) -> -b.students().size()));
            out.add(new StepBars(key.lesson(), key.step(), bars));
        });
        return new Histogram(out);
    }
}
