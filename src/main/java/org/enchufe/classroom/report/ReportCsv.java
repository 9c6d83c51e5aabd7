package org.enchufe.classroom.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.Lesson;

/**
 * The class's report as CSV files: progress (a row per student and goal), scores (a row per student,
 * a column per lesson) and the column layout a Moodle gradebook imports. Column titles come from
 * {@code label} (message keys, in the instructor's language); lesson titles in {@code language}.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** A row per student and goal of the open lessons: where they stand, attempts, failures, when. */
    public static String progress(ClassReport report, String language, Function<String, String> label) {
        Csv csv = new Csv().row(List.of(label.apply("report.csv.student"), label.apply("report.csv.lessonNumber"),
                label.apply("report.csv.lesson"), label.apply("report.csv.step"), label.apply("report.csv.goal"),
                label.apply("report.csv.status"), label.apply("report.csv.attempts"), label.apply("report.csv.failures"),
                label.apply("report.csv.firstSeen"), label.apply("report.csv.passedAt")));
        for (ClassRoster.Member s : report.students()) {
            for (Lesson lesson : report.lessons()) {
                for (int step = 0; step < lesson.steps().size(); step++) {
                    for (String goal : lesson.steps().get(step).goals()) {
                        GoalProgress r = report.record(s, lesson, goal).orElse(null);
                        csv.row(List.of(s.displayName(), String.valueOf(lesson.number()), lesson.title().in(language),
                                String.valueOf(step + 1), goal,
                                label.apply("report.status." + report.status(s, lesson, goal).name().toLowerCase(Locale.ROOT)),
                                r == null ? "0" : String.valueOf(r.attempts()), r == null ? "0" : String.valueOf(r.failures()),
                                time(r == null ? null : r.firstSeen()), time(r == null ? null : r.passedAt())));
                    }
                }
            }
        }
        return csv.toString();
    }

    /** A row per student: the score of each open lesson and the total, 0 to 100. */
    public static String scores(ClassReport report, String language, Function<String, String> label) {
        List<String> head = new ArrayList<>(List.of(label.apply("report.csv.student")));
        report.lessons().forEach(l -> head.add(l.number() + ". " + l.title().in(language)));
        head.add(label.apply("report.csv.total"));
        return scoreRows(report, head);
    }

    /**
     * Moodle's grade import (Grades → Import → CSV file): an identifying column, mapped to the
     * users' "username" on import — the name each student joined with, so a class asked to join
     * with its university user names imports as it is — and one column per grade item, 0 to 100.
     */
    public static String moodle(ClassReport report, String language) {
        List<String> head = new ArrayList<>(List.of("Username"));
        report.lessons().forEach(l -> head.add("Enchufe " + l.number() + ": " + l.title().in(language)));
        head.add("Enchufe: total");
        return scoreRows(report, head);
    }

    /** Under {@code head}, a row per student: their name, each open lesson's score, the total. */
    private static String scoreRows(ClassReport report, List<String> head) {
        Csv csv = new Csv().row(head);
        for (ClassRoster.Member s : report.students()) {
            List<String> row = new ArrayList<>(List.of(s.displayName()));
            report.lessons().forEach(l -> row.add(number(report.score(s, l))));
            row.add(number(report.total(s)));
            csv.row(row);
        }
        return csv.toString();
    }

    /** A score with at most two decimals and a point, as gradebooks read numbers. */
    static String number(double value) {
        double rounded = Math.round(value * 100) / 100.0;
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    private static String time(Instant at) {
        return at == null ? "" : at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** For the page: the goal's text in {@code language}. */
    public static String goalText(Goal goal, String language) {
        return goal.common().text().in(language);
    }
}
