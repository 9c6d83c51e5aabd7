package org.enchufe.classroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.enchufe.StompBrowser;
import org.enchufe.StompBrowser.Tab;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard over real STOMP: a student's goal ticking reaches their class's dashboard as a
 * changed cell; only an instructor who teaches the class gets the page or the grid, and a student
 * can neither subscribe to the dashboard queue nor watch a class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignedInForTests.class)
class DashboardOverStompTest {

    static final String LESSON = "bind-y-puertos";

    @LocalServerPort
    int port;

    @Autowired
    InMemoryRoster roster;

    @Autowired
    LessonCatalogue catalogue;

    @Autowired
    org.enchufe.workbench.WorkbenchSessions sessions;

    private static String workspaceOf(StompBrowser browser) throws Exception {
        String cookie = browser.cookie("enchufe-workspace").orElseThrow();
        return cookie.substring(0, cookie.indexOf('.'));
    }

    private Tab lessonTab(StompBrowser browser) throws Exception {
        Tab tab = browser.connect(browser.cookies(), null);
        tab.subscribe("/user/queue/sandbox");
        tab.subscribe("/user/queue/lesson");
        tab.send("/app/lesson/hello", Map.of("lesson", LESSON));
        tab.await("the goals answering hello", m -> "goals".equals(m.get("type")));
        return tab;
    }

    private Tab dashboard(StompBrowser instructor, long classId) throws Exception {
        Tab tab = instructor.connect(instructor.cookies(), null);
        tab.subscribe("/user/queue/dashboard");
        tab.send("/app/classes/watch", Map.of("classId", classId));
        return tab;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> message) {
        return (List<Map<String, Object>>) message.get("rows");
    }

    @SuppressWarnings("unchecked")
    private static boolean hasDoneCell(Map<String, Object> message, long student) {
        return "changes".equals(message.get("type")) && rows(message).stream()
                .filter(r -> ((Number) r.get("student")).longValue() == student)
                .anyMatch(r -> ((Map<String, Map<String, Object>>) r.get("cells")).values().stream()
                        .anyMatch(c -> "done".equals(c.get("state"))));
    }

    @Test
    void aStudentsGoalTickingChangesTheirCellOnTheDashboardOfTheirClass() throws Exception {
        roster.klass(1, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port); StompBrowser instructor = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            long id = roster.join(1, "Luis", workspaceOf(student));
            Tab lesson = lessonTab(student);

            instructor.get("/sandbox");
            assertThat(instructor.get("/test-login?user=ana&roles=INSTRUCTOR").statusCode()).isEqualTo(204);
            assertThat(instructor.get("/classes/1").statusCode()).isEqualTo(200);
            assertThat(instructor.get("/classes/1/projector").statusCode()).isEqualTo(200);
            Tab dashboard = dashboard(instructor, 1);
            Map<String, Object> grid = dashboard.await("the grid", m -> "grid".equals(m.get("type")));
            assertThat(rows(grid)).singleElement().satisfies(r -> {
                assertThat(r.get("name")).isEqualTo("Luis");
                assertThat(r.get("lesson")).isEqualTo(LESSON);
            });

            String solution = catalogue.lesson(LESSON).orElseThrow().solution().get("puertos.py");
            lesson.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", solution));
            dashboard.await("a cell of Luis done", m -> hasDoneCell(m, id));

            lesson.send("/app/lesson/hand", Map.of("lesson", LESSON, "raised", true));
            lesson.await("the hand up", m -> "hand".equals(m.get("type")) && Boolean.TRUE.equals(m.get("raised")));
            dashboard.await("the raised hand", m -> "changes".equals(m.get("type")) && rows(m).stream()
                    .anyMatch(r -> r.get("stuck").toString().contains("raised-hand")));

            dashboard.send("/app/classes/note", Map.of("classId", 1, "students", List.of(id), "text", "Mira el paso 2"));
            assertThat(dashboard.await("the note sent", m -> "note-sent".equals(m.get("type"))).get("students")).isEqualTo(1);
            assertThat(lesson.await("the instructor's note", m -> "note".equals(m.get("type"))).get("text")).isEqualTo("Mira el paso 2");

            dashboard.send("/app/classes/reset", Map.of("classId", 1, "student", id));
            dashboard.await("the reset done", m -> "sandbox-reset".equals(m.get("type")));
            lesson.await("the student's page given the new, empty sandbox", m -> "state".equals(m.get("type")));
        }
    }

    @Test
    void aStudentCanNeitherSubscribeToTheDashboardNorWatchAClass() throws Exception {
        roster.klass(2, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            long eva = roster.join(2, "Eva", workspaceOf(student));
            // A student has no instructor's sign-in: the dashboard sends them to sign in.
            assertThat(student.get("/classes/2").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(student.get("/classes/2/projector").headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            Tab watching = student.connect(student.cookies(), "/user/queue/sandbox");
            watching.trySubscribe("/user/queue/dashboard");
            assertThat(watching.error.get(10, TimeUnit.SECONDS)).contains("refused: SUBSCRIBE /user/queue/dashboard");

            // Without the dashboard queue, watching a class brings nothing: it is refused as forbidden.
            Tab sending = student.connect(student.cookies(), "/user/queue/sandbox");
            sending.send("/app/classes/watch", Map.of("classId", 2));
            // Nor may a student message the class.
            Tab classmate = lessonTab(student);
            sending.send("/app/classes/note", Map.of("classId", 2, "text", "hola a todos"));
            var sandbox = sessions.live(workspaceOf(student));
            sending.send("/app/classes/reset", Map.of("classId", 2, "student", eva));
            sending.sync();
            assertThat(sending.seen).noneMatch(m -> "grid".equals(m.get("type")));
            classmate.sync();
            assertThat(classmate.seen).noneMatch(m -> "note".equals(m.get("type")));
            assertThat(sandbox.disposed()).isFalse();
            assertThat(sessions.live(workspaceOf(student))).isSameAs(sandbox);
        }
    }

    @Test
    void anInstructorWhoDoesNotTeachTheClassGetsNeitherThePageNorTheGrid() throws Exception {
        roster.klass(3, "ana", LESSON);
        try (StompBrowser other = new StompBrowser(port); StompBrowser anonymous = new StompBrowser(port)) {
            assertThat(anonymous.get("/classes/3").headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            other.get("/sandbox");
            other.get("/test-login?user=eva&roles=INSTRUCTOR");
            assertThat(other.get("/classes/3").statusCode()).isEqualTo(404);
            assertThat(other.get("/classes/3/projector").statusCode()).isEqualTo(404);
            Tab dashboard = dashboard(other, 3);
            Map<String, Object> answer = dashboard.await("the refusal", m -> "problem".equals(m.get("type")));
            assertThat(answer.get("code")).isEqualTo("forbidden");
            assertThat(dashboard.seen).noneMatch(m -> "grid".equals(m.get("type")));
        }
    }
}
