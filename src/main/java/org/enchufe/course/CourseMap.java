package org.enchufe.course;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.enchufe.lessons.Lesson;

/**
 * The slide deck's pages beside the lessons that teach them (each lesson's {@code pages}), so a
 * student coming from a page of the slides lands on the exercise for it.
 */
public final class CourseMap {

    /** A page as the map shows it: its number, its title in the page's language, the lessons on it. */
    public record Row(int page, String title, List<LessonLink> lessons) {
    }

    /** A lesson as the map links it. */
    public record LessonLink(int number, String id, String title) {
    }

    private final Slides slides;

    public CourseMap(Slides slides) {
        this.slides = slides;
    }

    /** Every page of the deck in order, each with the lessons naming it, by lesson number. */
    public List<Row> rows(List<Lesson> lessons, String language) {
        return slides.pages().stream().map(s -> new Row(s.page(), s.title().in(language), teaching(lessons, s.page(), language)))
                .toList();
    }

    /** The first lesson (by number) that teaches {@code page}, if any does. */
    public Optional<Lesson> lessonFor(List<Lesson> lessons, int page) {
        return lessons.stream().filter(l -> l.pages().contains(page)).min(Comparator.comparingInt(Lesson::number));
    }

    public Slides slides() {
        return slides;
    }

    private static List<LessonLink> teaching(List<Lesson> lessons, int page, String language) {
        return lessons.stream().filter(l -> l.pages().contains(page)).sorted(Comparator.comparingInt(Lesson::number))
                .map(l -> new LessonLink(l.number(), l.id(), l.title().in(language))).toList();
    }
}
