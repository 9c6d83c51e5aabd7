package org.enchufe.classroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.enchufe.StompBrowser;
import org.enchufe.StompBrowser.Tab;
import org.enchufe.workbench.WorkbenchSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.socket.messaging.SessionDisconnectEvent;

/**
 * Looking over a student's shoulder over real STOMP: the instructor who teaches the class sees the
 * student's console and lesson files as the student works, without the student's pages hearing of
 * it; leaving ends the watch; a student, or an instructor of another class, sees nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({SignedInForTests.class, ShoulderOverStompTest.Departures.class})
class ShoulderOverStompTest {

    static final String LESSON = DashboardOverStompTest.LESSON;

    /** Each STOMP session that ended, told after the server's own listeners were. */
    @TestConfiguration
    static class Departures {
        final BlockingQueue<String> ended = new LinkedBlockingQueue<>();

        @EventListener
        @Order(Ordered.LOWEST_PRECEDENCE)
        void disconnected(SessionDisconnectEvent event) {
            ended.add(event.getSessionId());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    InMemoryRoster roster;

    @Autowired
    WorkbenchSessions sessions;

    @Autowired
    Shoulders shoulders;

    @Autowired
    Departures departures;

    private static String workspaceOf(StompBrowser browser) throws Exception {
        String cookie = browser.cookie("enchufe-workspace").orElseThrow();
        return cookie.substring(0, cookie.indexOf('.'));
    }

    private static Tab lessonTab(StompBrowser browser) throws Exception {
        Tab tab = browser.connect(browser.cookies(), null);
        tab.subscribe("/user/queue/sandbox");
        tab.subscribe("/user/queue/lesson");
        tab.send("/app/lesson/hello", Map.of("lesson", LESSON));
        tab.await("the goals answering hello", m -> "goals".equals(m.get("type")));
        return tab;
    }

    private static Tab shoulder(StompBrowser instructor, long classId, long student) throws Exception {
        Tab tab = instructor.connect(instructor.cookies(), null);
        tab.subscribe("/user/queue/shoulder");
        tab.send("/app/classes/shoulder", Map.of("classId", classId, "student", student));
        return tab;
    }

    @SuppressWarnings("unchecked")
    private static boolean hasFile(Map<String, Object> message, String name, String text) {
        return "files".equals(message.get("type")) && ((List<Map<String, Object>>) message.get("files")).stream()
                .anyMatch(f -> name.equals(f.get("name")) && String.valueOf(f.get("source")).contains(text));
    }

    @Test
    void theInstructorSeesTheStudentsConsoleAndFilesLiveAndTheStudentNothingOfIt() throws Exception {
        roster.klass(11, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port); StompBrowser instructor = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            String workspace = workspaceOf(student);
            long luis = roster.join(11, "Luis", workspace);
            Tab lesson = lessonTab(student);
            var sandbox = sessions.live(workspace);

            instructor.get("/sandbox");
            instructor.get("/test-login?user=ana&roles=INSTRUCTOR");
            assertThat(instructor.get("/classes/11/students/" + luis).statusCode()).isEqualTo(200);
            Tab watching = shoulder(instructor, 11, luis);
            assertThat(watching.await("whom it watches", m -> "watching".equals(m.get("type"))).get("name")).isEqualTo("Luis");
            watching.await("the lesson's files", m -> hasFile(m, "puertos.py", ""));

            lesson.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", "print('hola desde Luis')\n"));
            watching.awaitConsole("the student's console line", "hola desde Luis");

            lesson.send("/app/lesson/save", Map.of("lesson", LESSON, "file", "puertos.py", "source", "# escribiendo\n"));
            watching.await("the file as the student saved it", m -> hasFile(m, "puertos.py", "# escribiendo"));

            // The student's page heard nothing of it (no state sent again: it asked for none), the same sandbox.
            lesson.awaitConsole("the student's own console", "hola desde Luis");
            assertThat(lesson.seen).noneMatch(m -> "state".equals(m.get("type")));
            assertThat(sessions.live(workspace)).isSameAs(sandbox);
            assertThat(sessions.onlookers(workspace)).isEqualTo(1);

            watching.disconnect();
            // Other tests' pages end too: each ending is told after the watches forgot it, so wait for ours.
            while (sessions.onlookers(workspace) > 0) {
                assertThat(departures.ended.poll(10, TimeUnit.SECONDS)).as("a STOMP session ending").isNotNull();
            }
            assertThat(shoulders.count(workspace)).isZero();
        }
    }

    @Test
    void stoppingEndsTheWatchAndAnotherStudentReplacesIt() throws Exception {
        roster.klass(12, "ana", LESSON);
        try (StompBrowser one = new StompBrowser(port); StompBrowser two = new StompBrowser(port);
                StompBrowser instructor = new StompBrowser(port)) {
            one.get("/lessons/" + LESSON);
            two.get("/lessons/" + LESSON);
            long first = roster.join(12, "Uno", workspaceOf(one));
            long second = roster.join(12, "Dos", workspaceOf(two));
            instructor.get("/sandbox");
            instructor.get("/test-login?user=ana&roles=INSTRUCTOR");

            Tab watching = shoulder(instructor, 12, first);
            watching.await("the first student", m -> "watching".equals(m.get("type")));
            watching.send("/app/classes/shoulder", Map.of("classId", 12, "student", second));
            watching.await("the second student", m -> "watching".equals(m.get("type")) && "Dos".equals(m.get("name")));
            assertThat(sessions.onlookers(workspaceOf(one))).isZero();
            assertThat(sessions.onlookers(workspaceOf(two))).isEqualTo(1);

            watching.send("/app/classes/shoulder/stop", "");
            watching.send("/app/classes/shoulder", Map.of("classId", 12, "student", 999));
            assertThat(watching.await("the refusal", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("no-such-student");
            assertThat(shoulders.count(workspaceOf(two))).isZero();
            assertThat(sessions.onlookers(workspaceOf(two))).isZero();
        }
    }

    @Test
    void aStudentCanNeitherSubscribeNorWatchAClassmate() throws Exception {
        roster.klass(13, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port); StompBrowser classmate = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            classmate.get("/lessons/" + LESSON);
            roster.join(13, "Eva", workspaceOf(student));
            long pablo = roster.join(13, "Pablo", workspaceOf(classmate));
            assertThat(student.get("/classes/13/students/" + pablo).headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

            Tab subscribing = student.connect(student.cookies(), "/user/queue/sandbox");
            subscribing.trySubscribe("/user/queue/shoulder");
            assertThat(subscribing.error.get(10, TimeUnit.SECONDS)).contains("refused: SUBSCRIBE /user/queue/shoulder");

            // Without the queue, the command itself is refused too: nobody is registered to see Pablo's work.
            Tab sending = student.connect(student.cookies(), "/user/queue/sandbox");
            sending.send("/app/classes/shoulder", Map.of("classId", 13, "student", pablo));
            sending.sync();
            assertThat(shoulders.count(workspaceOf(classmate))).isZero();
            assertThat(sessions.onlookers(workspaceOf(classmate))).isZero();
        }
    }

    @Test
    void anInstructorOfAnotherClassGetsNeitherThePageNorTheWork() throws Exception {
        roster.klass(14, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port); StompBrowser other = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            long luis = roster.join(14, "Luis", workspaceOf(student));
            Tab lesson = lessonTab(student);

            other.get("/sandbox");
            other.get("/test-login?user=eva&roles=INSTRUCTOR");
            assertThat(other.get("/classes/14/students/" + luis).statusCode()).isEqualTo(404);
            Tab watching = shoulder(other, 14, luis);
            assertThat(watching.await("the refusal", m -> "problem".equals(m.get("type"))).get("code")).isEqualTo("forbidden");

            lesson.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", "print('solo para mí')\n"));
            lesson.awaitConsole("the student's console", "solo para mí");
            assertThat(shoulders.count(workspaceOf(student))).isZero();
            assertThat(sessions.onlookers(workspaceOf(student))).isZero();
            assertThat(watching.seen).noneMatch(m -> "watching".equals(m.get("type")) || "files".equals(m.get("type"))
                    || "events".equals(m.get("type")) || "state".equals(m.get("type")));
        }
    }
}
