package org.enchufe.classroom.classes;

import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enchufe.classroom.StudentsLeft;
import org.enchufe.classroom.people.Instructor;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an instructor does with their classes: make one, rename it, give it a new join code, open
 * or close joining, choose its lessons, remove a student, delete it with everything in it. Every
 * method takes the signed-in instructor's username and finds only their own classes, so a class
 * of someone else's is as absent as one that never existed.
 */
@Service
public class Classes {

    public static final int NAME_MAX = 100;

    private final ClassroomRepository classrooms;
    private final StudentRepository students;
    private final Instructors instructors;
    private final LessonCatalogue catalogue;
    private final InstantSource clock = InstantSource.system();

    private final ApplicationEventPublisher events;

    Classes(ClassroomRepository classrooms, StudentRepository students, Instructors instructors, LessonCatalogue catalogue,
            ApplicationEventPublisher events) {
        this.classrooms = classrooms;
        this.students = students;
        this.instructors = instructors;
        this.catalogue = catalogue;
        this.events = events;
    }

    /** A class name as typed, trimmed; empty when it is blank or too long. */
    public static Optional<String> acceptableName(String typed) {
        String name = typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
        return name.isEmpty() || name.length() > NAME_MAX ? Optional.empty() : Optional.of(name);
    }

    /** The instructor's classes, oldest first. */
    public List<Classroom> of(String username) {
        return instructors.byUsername(username).map(i -> classrooms.findByInstructorOrderByCreatedAtAscIdAsc(i.id()))
                .orElse(List.of());
    }

    /** The class {@code id} when {@code username} teaches it. */
    public Optional<Classroom> taughtBy(String username, long id) {
        Optional<Instructor> instructor = instructors.byUsername(username);
        return classrooms.findById(id).filter(c -> instructor.isPresent() && c.instructor() == instructor.get().id());
    }

    /** A new class of the instructor's, open for joining, no lesson open yet; empty for a name not acceptable. */
    public Optional<Classroom> create(String username, String typedName) {
        Instructor instructor = instructors.byUsername(username).orElseThrow();
        return acceptableName(typedName).map(name -> withFreshCode(code ->
                classrooms.save(new Classroom(null, name, instructor.id(), code, true, clock.instant(), Set.of()))));
    }

    public Optional<Classroom> rename(String username, long id, String typedName) {
        Optional<String> name = acceptableName(typedName);
        return name.isEmpty() ? Optional.empty() : taughtBy(username, id).map(c -> classrooms.save(c.named(name.get())));
    }

    /** A new join code: the old one stops working at once (students already in stay in). */
    public Optional<Classroom> newCode(String username, long id) {
        return taughtBy(username, id).map(c -> withFreshCode(code -> classrooms.save(c.withCode(code))));
    }

    public Optional<Classroom> joining(String username, long id, boolean open) {
        return taughtBy(username, id).map(c -> classrooms.save(c.withJoining(open)));
    }

    /** Opens exactly {@code lessonIds} of the catalogue's lessons (ids it does not know are left out). */
    public Optional<Classroom> openLessons(String username, long id, Collection<String> lessonIds) {
        Set<String> known = catalogue.lessons().stream().map(Lesson::id).filter(lessonIds::contains).collect(Collectors.toSet());
        return taughtBy(username, id).map(c -> classrooms.save(c.withLessons(known)));
    }

    /** The class's students in the order they joined. */
    public List<Student> roster(Classroom classroom) {
        return students.findByClassroomOrderByJoinedAtAscIdAsc(classroom.id());
    }

    /** Takes the student out of the class: their return link stops working; their workspace keeps its files. */
    @Transactional
    public boolean removeStudent(String username, long id, long studentId) {
        Optional<Student> student = taughtBy(username, id).flatMap(c -> students.findById(studentId))
                .filter(s -> s.classroom() == id);
        student.ifPresent(s -> {
            students.delete(s);
            events.publishEvent(new StudentsLeft(List.of(s.workspace())));
        });
        return student.isPresent();
    }

    /**
     * Deletes the class, its lessons and its students (by the database's cascade), and — heard as
     * {@link StudentsLeft} — their history of verdicts.
     */
    @Transactional
    public boolean delete(String username, long id) {
        Optional<Classroom> classroom = taughtBy(username, id);
        classroom.ifPresent(c -> {
            List<String> workspaces = roster(c).stream().map(Student::workspace).toList();
            classrooms.delete(c);
            events.publishEvent(new StudentsLeft(workspaces));
        });
        return classroom.isPresent();
    }

    /** Saves with a fresh code, trying another on the (one in billions) chance it is taken. */
    private Classroom withFreshCode(Function<String, Classroom> save) {
        for (int attempt = 0; ; attempt++) {
            try {
                return save.apply(JoinCode.fresh());
            } catch (DuplicateKeyException taken) {
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
    }
}
