package org.enchufe.course;

import java.util.List;

import org.enchufe.events.Event;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.Verdict;

/**
 * What else follows a student's work in a lesson besides the lesson page: the classroom stores
 * each verdict as history and shows the class live. Beans of this type are told, in this order of
 * the lesson's life: the page opened it, each event of the student's sandbox, each look at the
 * sandbox, each goal decided, the step moved, the hand raised or lowered. Every method must be
 * quick and must not throw (a failure is logged and the student's work goes on); {@link #event}
 * and {@link #looked} run on the sandbox's own thread.
 */
public interface LessonActivity {

    /** The workspace's page opened {@code lesson} at {@code step} (0-based). */
    default void opened(String workspace, Lesson lesson, int step) {
    }

    /** One event of the workspace's sandbox while it works on {@code lesson}; on the sandbox's thread. */
    default void event(String workspace, Lesson lesson, Event event) {
    }

    /** The sandbox as it is now (a server asleep in accept() makes no event); on the sandbox's thread. */
    default void looked(String workspace, Lesson lesson, SandboxSnapshot snapshot) {
    }

    /**
     * Goals decided: every verdict of a Check ({@code check} true; passed or failed, pending ones
     * left out), or the goals the live checker saw hold in the student's own runs. Called before
     * the page is told, so whoever stores them stores them first (write-through).
     */
    default void decided(String workspace, Lesson lesson, List<Verdict> verdicts, boolean check) {
    }

    /** The student moved to {@code step} (0-based). */
    default void stepped(String workspace, Lesson lesson, int step) {
    }

    /** The student raised ({@code true}) or lowered their hand. */
    default void hand(String workspace, Lesson lesson, boolean raised) {
    }
}
