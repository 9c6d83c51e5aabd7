package org.enchufe.classroom.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.progress.GoalProgress;
import org.enchufe.classroom.progress.ProgressHistory;
import org.enchufe.course.LessonActivity;
import org.enchufe.events.Event;
import org.enchufe.kernel.SandboxSnapshot;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.lessons.Verdict;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Every student of a class as the dashboard shows them, kept in memory as their lesson work goes
 * on (a {@link LessonActivity}, told after the history stored each verdict) and seeded from the
 * stored history, so a restart loses only what is live by nature (processes asleep, the hand).
 * Only students the roster places in a class are followed: an event of anyone else costs one
 * map lookup.
 */
@Service
@Order(2)
public class ClassLive implements LessonActivity {

    /** A class as the dashboard draws it at one moment. */
    record ClassView(List<DashboardMessage.Column> columns, Map<Long, Row> rows, Histogram histogram) {
    }

    private final ClassRoster roster;
    private final ProgressHistory history;
    private final LessonCatalogue catalogue;
    private final LiveSettings settings;
    private final Clock clock;
    private final Map<String, StudentState> students = new ConcurrentHashMap<>();

    /** The roster of a server where the classes feature is not there: nobody is in a class, nobody teaches one. */
    public static final ClassRoster NO_CLASSES = new ClassRoster() {
        @Override
        public List<Member> members(long classId) {
            return List.of();
        }

        @Override
        public List<String> openLessons(long classId) {
            return List.of();
        }

        @Override
        public boolean teaches(String username, long classId) {
            return false;
        }

        @Override
        public Optional<Long> classOf(String workspace) {
            return Optional.empty();
        }
    };

    ClassLive(ObjectProvider<ClassRoster> roster, ProgressHistory history, LessonCatalogue catalogue, LiveSettings settings,
              Optional<Clock> clock) {
        this.roster = roster.getIfAvailable(() -> NO_CLASSES);
        this.history = history;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void opened(String workspace, Lesson lesson, int step) {
        if (roster.classOf(workspace).isEmpty()) {
            students.remove(workspace);
            return;
        }
        stateOf(workspace).opened(lesson, step);
    }

    @Override
    public void event(String workspace, Lesson lesson, Event event) {
        StudentState s = students.get(workspace);
        if (s != null) {
            s.event(lesson, event, clock.instant());
        }
    }

    @Override
    public void looked(String workspace, Lesson lesson, SandboxSnapshot snapshot) {
        StudentState s = students.get(workspace);
        if (s != null) {
            s.looked(lesson, snapshot, clock.instant());
        }
    }

    @Override
    public void decided(String workspace, Lesson lesson, List<Verdict> verdicts, boolean check) {
        StudentState s = students.get(workspace);
        if (s != null) {
            s.decided(lesson, verdicts);
        }
    }

    @Override
    public void stepped(String workspace, Lesson lesson, int step) {
        StudentState s = students.get(workspace);
        if (s != null) {
            s.opened(lesson, step);
        }
    }

    @Override
    public void hand(String workspace, Lesson lesson, boolean raised) {
        StudentState s = students.get(workspace);
        if (s == null && raised && roster.classOf(workspace).isPresent()) {
            s = stateOf(workspace);
        }
        if (s != null) {
            s.hand(raised, clock.instant());
        }
    }

    private StudentState stateOf(String workspace) {
        return students.computeIfAbsent(workspace, w -> {
            StudentState s = new StudentState();
            s.seed(history.ofAll(List.of(w)));
            return s;
        });
    }

    /** The class now: its open lessons' steps, a row per student, the histogram. */
    ClassView view(long classId) {
        List<Lesson> lessons = roster.openLessons(classId).stream().map(catalogue::lesson).flatMap(Optional::stream).toList();
        List<DashboardMessage.Column> columns = new ArrayList<>();
        for (Lesson l : lessons) {
            for (int i = 0; i < l.steps().size(); i++) {
                columns.add(new DashboardMessage.Column(Row.column(l.id(), i), l.id(), l.title(), i, l.steps().get(i).title()));
            }
        }
        List<ClassRoster.Member> members = roster.members(classId);
        seedMissing(members);
        Instant now = clock.instant();
        Map<Long, Row> rows = new LinkedHashMap<>();
        Map<Long, Map<StudentState.StepKey, List<Histogram.Tag>>> tags = new HashMap<>();
        for (ClassRoster.Member m : members) {
            StudentState state = students.get(m.workspace());
            Facts facts = state.facts();
            Map<String, Cell> cells = new LinkedHashMap<>();
            for (Lesson l : lessons) {
                for (int i = 0; i < l.steps().size(); i++) {
                    cells.put(Row.column(l.id(), i), Cells.of(facts, l, i));
                }
            }
            List<Stuck> stuck = StuckDetectors.detect(facts, now, settings);
            rows.put(m.studentId(), new Row(m.studentId(), m.displayName(), facts.lesson(), facts.step(), cells, stuck,
                    Row.need(cells, stuck)));
            tags.put(m.studentId(), state.tags());
        }
        return new ClassView(columns, rows, Histogram.of(tags));
    }

    /** Students of the class the dashboard has not followed yet start from their stored history, read in one query. */
    private void seedMissing(List<ClassRoster.Member> members) {
        List<String> missing = members.stream().map(ClassRoster.Member::workspace).filter(w -> !students.containsKey(w)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Map<String, List<GoalProgress>> stored = new HashMap<>();
        history.ofAll(missing).forEach(g -> stored.computeIfAbsent(g.workspace(), w -> new ArrayList<>()).add(g));
        for (String w : missing) {
            students.computeIfAbsent(w, x -> {
                StudentState s = new StudentState();
                s.seed(stored.getOrDefault(w, List.of()));
                return s;
            });
        }
    }

    /** The lesson the student working in {@code workspace} is on, once the dashboard followed them into one. */
    Optional<Lesson> lessonOf(String workspace) {
        StudentState state = students.get(workspace);
        String lesson = state == null ? null : state.facts().lesson();
        return lesson == null ? Optional.empty() : catalogue.lesson(lesson);
    }

    /** Who is in which class and who teaches it. */
    public ClassRoster roster() {
        return roster;
    }

    Instant now() {
        return clock.instant();
    }
}
