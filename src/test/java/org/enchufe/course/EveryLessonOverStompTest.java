package org.enchufe.course;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.enchufe.StompBrowser;
import org.enchufe.StompBrowser.Tab;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every shipped lesson solved through the product, as a student would with the lesson page: the
 * reference files saved, each run on its host in the lesson's order (a server until it sleeps
 * waiting for a client or ends; any other file to its end or asleep in a call — a client may wait
 * on its server for good), then Check — and every goal of the lesson passes.
 * The same STOMP frames the page sends; nothing reaches past the controller.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EveryLessonOverStompTest {

    /** Calls a server sleeps in while it waits for a client. */
    private static final Set<String> SERVING = Set.of("accept", "recvfrom", "recv", "select", "poll");
    /** A lesson whose clients are slow (lesson 18's) takes a while even when all is well. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;

    @Autowired
    LessonCatalogue catalogue;

    @TestFactory
    Stream<DynamicTest> everyShippedLessonIsSolvedThroughTheLessonPage() {
        return catalogue.lessons().stream().map(lesson -> DynamicTest.dynamicTest(
                lesson.number() + " " + lesson.id(), () -> solve(lesson)));
    }

    private void solve(Lesson lesson) throws Exception {
        Map<String, String> solution = lesson.solution();
        try (StompBrowser student = new StompBrowser(port)) {
            student.get("/lessons/" + lesson.id());
            Tab tab = student.connect(student.cookies(), null);
            tab.subscribe("/user/queue/sandbox");
            tab.subscribe("/user/queue/lesson");
            tab.send("/app/lesson/hello", Map.of("lesson", lesson.id()));
            tab.await("the goals answering hello", m -> "goals".equals(m.get("type")));
            for (Lesson.LessonFile file : lesson.files()) {
                tab.send("/app/lesson/save", Map.of("lesson", lesson.id(), "file", file.name(), "source", solution.get(file.name())));
            }
            for (Lesson.LessonFile file : lesson.files()) {
                tab.send("/app/lesson/run", Map.of("lesson", lesson.id(), "file", file.name(), "source", solution.get(file.name())));
                if ("server".equals(file.role())) {
                    tab.await(file.name() + " waiting for a client", PATIENCE, m -> shows(m, file.name(), true));
                } else {
                    tab.await(file.name() + " at its end or asleep", PATIENCE, m -> shows(m, file.name(), false));
                }
            }
            tab.send("/app/lesson/check", Map.of("lesson", lesson.id()));
            tab.await("every goal of " + lesson.id() + " passed", PATIENCE, m -> "goals".equals(m.get("type"))
                    && statuses(m).values().stream().allMatch("PASSED"::equals));
        }
    }

    /**
     * Whether the snapshot in {@code message} shows {@code program} ended, or asleep: in a serving
     * call for a server ({@code serving}), in any call for another program.
     */
    @SuppressWarnings("unchecked")
    private static boolean shows(Map<String, Object> message, String program, boolean serving) {
        if (!(message.get("snapshot") instanceof Map<?, ?> tables)) {
            return false;
        }
        return ((List<Map<String, Object>>) tables.get("processes")).stream()
                .filter(p -> program.equals(p.get("program")))
                .anyMatch(p -> "ZOMBIE".equals(p.get("state")) || "EXITED".equals(p.get("state"))
                        || (serving ? SERVING.contains(String.valueOf(p.get("waitingIn")))
                                : "BLOCKED".equals(p.get("state"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> statuses(Map<String, Object> goals) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Map<String, Object> g : (List<Map<String, Object>>) goals.get("goals")) {
            out.put((String) g.get("id"), (String) g.get("status"));
        }
        return out;
    }
}
