package org.enchufe.classroom.classes;

import java.time.InstantSource;
import java.util.Optional;
import java.util.function.Supplier;

import org.enchufe.classroom.people.Tokens;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Students joining classes, by code and display name, and coming back. A student is bound to a
 * workspace — their work is that workspace's work: joining from a browser whose workspace is in no
 * class brings its files along; from one already in another class, the student gets a new
 * workspace (the other class's stays reachable by its return link). Each enrolment has a personal
 * return link (a token; only its hash is kept) that brings the workspace to another computer.
 */
@Service
public class Enrolments {

    private final ClassroomRepository classrooms;
    private final StudentRepository students;
    private final InstantSource clock = InstantSource.system();

    Enrolments(ClassroomRepository classrooms, StudentRepository students) {
        this.classrooms = classrooms;
        this.students = students;
    }

    /** What a join code opens. */
    public sealed interface Lookup {
        /** A class taking students. */
        record Open(Classroom classroom) implements Lookup {
        }

        /** A class whose instructor closed joining. */
        record Closed(Classroom classroom) implements Lookup {
        }

        /** No class has this code (or it is no code at all). */
        record Unknown() implements Lookup {
        }
    }

    /** What asking to join came to. */
    public sealed interface Joining {
        /** In, with the return link's token (shown once). */
        record Joined(Student student, String returnToken) implements Joining {
        }

        /** This browser's workspace is already this class's student. */
        record AlreadyIn(Student student) implements Joining {
        }

        /** The name is not acceptable or taken: {@code problem} is the message key. */
        record Refused(String problem) implements Joining {
        }

        /** Joining closed (or the class went) between opening the page and sending the name. */
        record Closed() implements Joining {
        }
    }

    public Lookup lookUp(String typedCode) {
        return JoinCode.normalized(typedCode).flatMap(classrooms::findByJoinCode)
                .<Lookup>map(c -> c.joiningOpen() ? new Lookup.Open(c) : new Lookup.Closed(c))
                .orElse(new Lookup.Unknown());
    }

    /**
     * Joins the class of {@code code} as {@code typedName}, from a browser whose workspace is
     * {@code workspace} (none before its first page); {@code freshWorkspace} makes one when needed.
     */
    public Joining join(String code, String typedName, Optional<String> workspace, Supplier<String> freshWorkspace) {
        if (!(lookUp(code) instanceof Lookup.Open(Classroom classroom))) {
            return new Joining.Closed();
        }
        Optional<Student> current = workspace.flatMap(students::findByWorkspace);
        if (current.isPresent() && current.get().classroom() == classroom.id()) {
            return new Joining.AlreadyIn(current.get());
        }
        Optional<String> free = current.isEmpty() ? workspace : Optional.empty();
        return switch (DisplayName.of(typedName)) {
            case DisplayName.Invalid(String problem) -> new Joining.Refused(problem);
            case DisplayName.Valid(String name, String key) -> enrol(classroom, name, key, free.orElseGet(freshWorkspace));
        };
    }

    private Joining enrol(Classroom classroom, String name, String key, String bound) {
        if (students.findByClassroomAndNameKey(classroom.id(), key).isPresent()) {
            return new Joining.Refused("join.name.taken");
        }
        String token = Tokens.fresh();
        try {
            Student student = students.save(new Student(null, classroom.id(), name, key, bound, Tokens.hash(token), clock.instant()));
            return new Joining.Joined(student, token);
        } catch (DuplicateKeyException sameNameAtTheSameMoment) {
            return new Joining.Refused("join.name.taken");
        }
    }

    /** The student whose return link carries {@code token}. */
    public Optional<Student> returning(String token) {
        return Tokens.isWellFormed(token) ? students.findByReturnTokenHash(Tokens.hash(token)) : Optional.empty();
    }

    /** The student working in {@code workspace}, if it is a class's. */
    public Optional<Student> studentOf(String workspace) {
        return students.findByWorkspace(workspace);
    }

    public Optional<Classroom> classOf(Student student) {
        return classrooms.findById(student.classroom());
    }

    /** A new return link for the student of {@code workspace}: the old one stops working. */
    public Optional<String> newReturnLink(String workspace) {
        return students.findByWorkspace(workspace).map(student -> {
            String token = Tokens.fresh();
            students.save(student.withReturnTokenHash(Tokens.hash(token)));
            return token;
        });
    }
}
