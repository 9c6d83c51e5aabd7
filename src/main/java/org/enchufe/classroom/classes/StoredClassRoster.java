package org.enchufe.classroom.classes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.springframework.stereotype.Component;

/** {@link ClassRoster} over the stored classes and students. */
@Component
class StoredClassRoster implements ClassRoster {

    private final ClassroomRepository classrooms;
    private final StudentRepository students;
    private final Classes classes;
    private final LessonCatalogue catalogue;

    StoredClassRoster(ClassroomRepository classrooms, StudentRepository students, Classes classes, LessonCatalogue catalogue) {
        this.classrooms = classrooms;
        this.students = students;
        this.classes = classes;
        this.catalogue = catalogue;
    }

    @Override
    public List<Member> members(long classId) {
        return students.findByClassroomOrderByJoinedAtAscIdAsc(classId).stream()
                .map(s -> new Member(s.id(), s.displayName(), s.workspace())).toList();
    }

    @Override
    public List<String> openLessons(long classId) {
        Set<String> open = classrooms.findById(classId).map(Classroom::openLessonIds).orElse(Set.of());
        return catalogue.lessons().stream().filter(l -> open.contains(l.id()))
                .sorted(Comparator.comparingInt(Lesson::number)).map(Lesson::id).toList();
    }

    @Override
    public boolean teaches(String username, long classId) {
        return classes.taughtBy(username, classId).isPresent();
    }

    @Override
    public Optional<Long> classOf(String workspace) {
        return students.findByWorkspace(workspace).map(Student::classroom);
    }
}
