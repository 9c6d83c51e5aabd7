package org.enchufe.classroom;

import java.util.List;
import java.util.Optional;

/**
 * What the live dashboard needs to know about classes and the people in them. Implemented by the
 * classes feature (stored classes and enrolments); read by the dashboard and its guards.
 */
public interface ClassRoster {

    /** One student of a class: the id of the enrolment, the name shown, the workspace that holds their work. */
    record Member(long studentId, String displayName, String workspace) {}

    /** The class's students in the order they joined; empty for an unknown class. */
    List<Member> members(long classId);

    /** The ids of the lessons open in the class, in course order; empty for an unknown class. */
    List<String> openLessons(long classId);

    /** Whether the signed-in user named {@code username} may see and act on this class. */
    boolean teaches(String username, long classId);

    /** The class the student working in {@code workspace} belongs to, if any. */
    Optional<Long> classOf(String workspace);
}
