package org.enchufe.classroom.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.classroom.progress.ProgressHistory;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.springframework.stereotype.Service;

/** Reads a class's report for the instructor who teaches it; nobody else gets one. */
@Service
public class ClassReports {

    private final ClassRoster roster;
    private final ProgressHistory history;
    private final LessonCatalogue catalogue;

    ClassReports(ClassRoster roster, ProgressHistory history, LessonCatalogue catalogue) {
        this.roster = roster;
        this.history = history;
        this.catalogue = catalogue;
    }

    /** The class's report, or empty when {@code username} does not teach class {@code classId}. */
    public Optional<ClassReport> of(String username, long classId) {
        if (!roster.teaches(username, classId)) {
            return Optional.empty();
        }
        catalogue.refresh();
        List<Lesson> lessons = roster.openLessons(classId).stream().map(catalogue::lesson)
                .flatMap(Optional::stream).toList();
        List<ClassRoster.Member> students = roster.members(classId);
        Map<String, Map<String, Map<String, GoalProgress>>> records = new HashMap<>();
        for (GoalProgress g : history.ofAll(students.stream().map(ClassRoster.Member::workspace).toList())) {
            records.computeIfAbsent(g.workspace(), w -> new HashMap<>())
                    .computeIfAbsent(g.lesson(), l -> new HashMap<>()).put(g.goal(), g);
        }
        return Optional.of(new ClassReport(lessons, students, records));
    }
}
