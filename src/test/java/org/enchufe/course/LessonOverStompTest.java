package org.enchufe.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.enchufe.StompBrowser;
import org.enchufe.StompBrowser.Tab;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A lesson page's STOMP contract: goals tick from the student's own runs, progress is stored per
 * workspace and no other workspace sees it, and every bad id is a problem on the lesson queue.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LessonOverStompTest {

    static final String LESSON = "bind-y-puertos";

    @LocalServerPort
    int port;

    @Autowired
    LessonCatalogue catalogue;

    @Autowired
    Progress progress;

    private Tab lessonTab(StompBrowser browser) throws Exception {
        return lessonTab(browser, LESSON);
    }

    private Tab lessonTab(StompBrowser browser, String lesson) throws Exception {
        browser.get("/lessons/" + lesson);
        Tab tab = browser.connect(browser.cookies(), null);
        tab.subscribe("/user/queue/sandbox");
        tab.subscribe("/user/queue/lesson");
        tab.send("/app/lesson/hello", Map.of("lesson", lesson));
        tab.await("the goals answering hello", m -> "goals".equals(m.get("type")));
        return tab;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(Map<String, Object> goals) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) goals.get("goals")) {
            out.put((String) g.get("id"), (String) g.get("status"));
        }
        return out;
    }

    @Test
    void theSolutionRunInTheWorkbenchTicksEveryGoalAndOnlyThisWorkspaceSeesIt() throws Exception {
        String solution = catalogue.lesson(LESSON).orElseThrow().solution().get("puertos.py");
        try (StompBrowser student = new StompBrowser(port); StompBrowser other = new StompBrowser(port)) {
            Tab tab = lessonTab(student);
            tab.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", solution));
            tab.await("every goal passed", m -> "goals".equals(m.get("type"))
                    && statuses(m).values().stream().allMatch("PASSED"::equals));

            Tab stranger = lessonTab(other);
            Map<String, Object> theirs = stranger.seen.stream().filter(m -> "goals".equals(m.get("type"))).findFirst().orElseThrow();
            assertThat(statuses(theirs).values()).containsOnly("PENDING");
        }
    }

    @Test
    void aStateGoalTicksWhileTheServerSleepsInAcceptThoughNoEventSaysSo() throws Exception {
        String server = catalogue.lesson("cliente-y-servidor").orElseThrow().solution().get("servidor.py");
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student, "cliente-y-servidor");
            tab.send("/app/lesson/run", Map.of("lesson", "cliente-y-servidor", "file", "servidor.py", "source", server));
            tab.await("the server asleep in accept()", m -> "goals".equals(m.get("type"))
                    && "PASSED".equals(statuses(m).get("servidor-duerme")));
        }
    }

    @Test
    void lessonThirteensEchoesTickLiveAndCheckDecidesWhatOnlyTheEndCan() throws Exception {
        String lesson = "eco-tcp-y-udp";
        Map<String, String> solution = catalogue.lesson(lesson).orElseThrow().solution();
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student, lesson);
            for (String[] pair : new String[][] {{"eco_servidor.py", "accept", "eco_cliente.py"},
                                                 {"eco_udp_servidor.py", "recvfrom", "eco_udp_cliente.py"}}) {
                tab.send("/app/lesson/run", Map.of("lesson", lesson, "file", pair[0], "source", solution.get(pair[0])));
                tab.await(pair[0] + " asleep in " + pair[1], m -> asleepIn(m, pair[0], pair[1]));
                tab.send("/app/lesson/run", Map.of("lesson", lesson, "file", pair[2], "source", solution.get(pair[2])));
            }
            // "never" goals are decided only when a run ends, the probe's when Check runs it: live,
            // every other goal ticks.
            tab.await("every goal but the never one and the probe's", m -> "goals".equals(m.get("type"))
                    && statuses(m).entrySet().stream().allMatch(e -> e.getKey().equals("tcp-conexion-aparte")
                    || e.getKey().equals("tcp-sonda") || e.getValue().equals("PASSED")));
            // The probe runs in this sandbox, against the server still asleep in accept(): its process shows.
            tab.send("/app/lesson/check", Map.of("lesson", lesson));
            tab.await("the probe's process in the page's sandbox", m -> "events".equals(m.get("type"))
                    && String.valueOf(m.get("events")).contains("probes/eco_sonda.py"));
            tab.await("every goal after Check", m -> "goals".equals(m.get("type"))
                    && statuses(m).values().stream().allMatch("PASSED"::equals));
        }
    }

    @Test
    void checksRunSideBySideSoOneRunawayProgramDoesNotHoldUpTheClass() {
        // A check whose program spins to its limits lasts from a fraction of a second (a quiet
        // machine, the second tier) to a minute (a loaded one): a test racing two of them over STOMP
        // cannot tell the pool from one thread reliably, so the pool's size is what is pinned.
        assertThat(LessonWatches.checkThreads()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aProbeNobodyAnswersIsStoppedOnceTheSandboxSettlesAndItsGoalFails() throws Exception {
        String lesson = "eco-tcp-y-udp";
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student, lesson);
            // A deaf server: it reads to the end and never answers, nor closes the connection.
            tab.send("/app/lesson/run", Map.of("lesson", lesson, "file", "eco_servidor.py", "source", """
                    import socket
                    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                    s.bind(('127.0.0.1', 7007))
                    s.listen(5)
                    while True:
                        conn, addr = s.accept()
                        while conn.recv(1024):
                            pass
                    """));
            tab.await("the server asleep in accept", m -> asleepIn(m, "eco_servidor.py", "accept"));
            tab.send("/app/lesson/check", Map.of("lesson", lesson));
            // Its goal fails, and the row that decided it says the probe was killed.
            tab.await("the probe's goal failed, the probe killed", m -> "goals".equals(m.get("type"))
                    && "FAILED".equals(statuses(m).get("tcp-sonda"))
                    && m.toString().contains("exited probes/eco_sonda.py (signal 9)"));
            tab.await("the Check ended", m -> "checking".equals(m.get("type")) && Boolean.FALSE.equals(m.get("running")));
        }
    }

    @Test
    void aCheckWhoseProbeFindsNoServerSaysSoAndFailsTheProbesGoal() throws Exception {
        String lesson = "eco-tcp-y-udp";
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student, lesson);
            tab.send("/app/lesson/check", Map.of("lesson", lesson));
            tab.await("the probe needs a server", m -> "problem".equals(m.get("type"))
                    && "probe-needs-server".equals(m.get("code")));
            tab.await("the probe's goal failed", m -> "goals".equals(m.get("type"))
                    && "FAILED".equals(statuses(m).get("tcp-sonda")));
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean asleepIn(Map<String, Object> message, String program, String call) {
        Object snapshot = message.get("snapshot");
        if (!(snapshot instanceof Map<?, ?> tables)) {
            return false;
        }
        return ((List<Map<String, Object>>) tables.get("processes")).stream()
                .anyMatch(p -> program.equals(p.get("program")) && call.equals(p.get("waitingIn")));
    }

    @Test
    void aHintFiresWhenTheProgramDiesOfEaddrinuse() throws Exception {
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student);
            tab.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py", "source", """
                    import socket
                    a = socket.socket()
                    a.bind(('127.0.0.1', 5000))
                    b = socket.socket()
                    b.bind(('127.0.0.1', 5000))
                    """));
            tab.await("the EADDRINUSE hint", m -> "hints".equals(m.get("type"))
                    && String.valueOf(m.get("hints")).contains("pista-eaddrinuse"));
        }
    }

    @Test
    void badLessonsFilesAndStepsAreProblemsNeverErrors() throws Exception {
        try (StompBrowser student = new StompBrowser(port)) {
            Tab tab = lessonTab(student);
            tab.send("/app/lesson/hello", Map.of("lesson", "../../etc"));
            tab.await("no such lesson", m -> "problem".equals(m.get("type")) && "no-such-lesson".equals(m.get("code")));
            tab.send("/app/lesson/check", Map.of("lesson", "no-existe"));
            tab.await("no such lesson", m -> "problem".equals(m.get("type")) && "no-such-lesson".equals(m.get("code")));
            tab.send("/app/lesson/save", Map.of("lesson", LESSON, "file", "servidor.py", "source", "x = 1"));
            tab.await("not a lesson file", m -> "problem".equals(m.get("type")) && "not-a-lesson-file".equals(m.get("code")));
            tab.send("/app/lesson/step", Map.of("lesson", LESSON, "step", 4));
            tab.await("no such step", m -> "problem".equals(m.get("type")) && "no-such-step".equals(m.get("code")));
            tab.send("/app/lesson/step", Map.of("lesson", LESSON, "step", "dos"));
            tab.await("malformed", m -> "problem".equals(m.get("type")) && "malformed".equals(m.get("code")));
            assertThat(tab.isConnected()).isTrue();
        }
    }
}
