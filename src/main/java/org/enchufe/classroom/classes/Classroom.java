package org.enchufe.classroom.classes;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;

/**
 * A class: its name, the instructor who teaches it, its join code (while {@code joiningOpen},
 * students may join with it) and the lessons open in it.
 */
public record Classroom(@Id Long id, String name, long instructor, String joinCode, boolean joiningOpen, Instant createdAt,
                        Set<ClassLesson> lessons) {

    /** One lesson open in a class. */
    public record ClassLesson(String lesson) {
    }

    public Set<String> openLessonIds() {
        return lessons.stream().map(ClassLesson::lesson).collect(Collectors.toUnmodifiableSet());
    }

    /** The code as people read and type it: two groups of four ({@code ABCD-EFGH}). */
    public String displayedCode() {
        return JoinCode.displayed(joinCode);
    }

    Classroom named(String newName) {
        return new Classroom(id, newName, instructor, joinCode, joiningOpen, createdAt, lessons);
    }

    Classroom withCode(String code) {
        return new Classroom(id, name, instructor, code, joiningOpen, createdAt, lessons);
    }

    Classroom withJoining(boolean open) {
        return new Classroom(id, name, instructor, joinCode, open, createdAt, lessons);
    }

    Classroom withLessons(Set<String> ids) {
        return new Classroom(id, name, instructor, joinCode, joiningOpen, createdAt,
                ids.stream().map(ClassLesson::new).collect(Collectors.toUnmodifiableSet()));
    }
}
