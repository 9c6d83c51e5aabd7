package org.enchufe.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.lessons.Lesson;

/**
 * A lesson as the course page lists it: number, id, title in the page's language, and the
 * workspace's progress in it (goals passed of all, the share of the weight).
 */
public record CourseEntry(int number, String id, String title, int passed, int goals, int percent) {

    public boolean started() {
        return passed > 0;
    }

    public boolean done() {
        return goals > 0 && passed == goals;
    }

    /** The lessons grouped by topic, in topic and number order; empty topics left out. */
    public static Map<Topic, List<CourseEntry>> byTopic(List<Lesson> lessons, Map<String, LessonProgress> progress,
                                                         String language) {
        Map<Topic, List<CourseEntry>> out = new LinkedHashMap<>();
        List<Topic> topics = new ArrayList<>(Topic.ALL);
        topics.add(Topic.OTHER);
        for (Topic topic : topics) {
            List<CourseEntry> entries = lessons.stream().filter(l -> Topic.of(l.number()) == topic)
                    .sorted(java.util.Comparator.comparingInt(Lesson::number))
                    .map(l -> of(l, progress.get(l.id()), language)).toList();
            if (!entries.isEmpty()) {
                out.put(topic, entries);
            }
        }
        return out;
    }

    static CourseEntry of(Lesson lesson, LessonProgress progress, String language) {
        var passed = progress == null ? java.util.Set.<String>of() : progress.passedGoals();
        int count = (int) lesson.goals().stream().filter(g -> passed.contains(g.id())).count();
        double total = lesson.goals().stream().mapToDouble(g -> g.common().weight()).sum();
        double done = lesson.goals().stream().filter(g -> passed.contains(g.id())).mapToDouble(g -> g.common().weight()).sum();
        int percent = total == 0 ? 0 : (int) Math.round(100 * done / total);
        return new CourseEntry(lesson.number(), lesson.id(), lesson.title().in(language), count, lesson.goals().size(), percent);
    }
}
