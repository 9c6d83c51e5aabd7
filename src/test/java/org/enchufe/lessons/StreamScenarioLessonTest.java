package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.enchufe.events.ProcessEvent;
import org.junit.jupiter.api.Test;

/**
 * Lesson 3's page draws a sequence diagram from the student's own run: one lifeline per socket
 * of the scenario. The lesson's captures must name them — the server's listening socket, the
 * connection accept() made, and the client's socket.
 */
class StreamScenarioLessonTest {

    private static final Lesson LESSON = new LessonCatalogue(LessonCatalogue.shipped(), null).lesson("escenario-stream").orElseThrow();

    @Test
    void theSolutionCapturesTheListenerAndBothEndsOfTheConnection() {
        Map<Integer, String> programs = new java.util.HashMap<>();
        LessonRunner.Result run = LessonRunner.run(LESSON, LESSON.solution(), Map.of(), e -> {
            if (e instanceof ProcessEvent p && p.change() == ProcessEvent.Change.CREATED) {
                programs.put(p.pid(), p.program());
            }
        });

        Map<String, GoalChecker.CapturedSocket> captures = run.captures().stream()
                .collect(Collectors.toMap(GoalChecker.CapturedSocket::name, Function.identity()));
        assertThat(captures).containsOnlyKeys("L", "S", "C");
        GoalChecker.CapturedSocket listener = captures.get("L");
        GoalChecker.CapturedSocket connection = captures.get("S");
        GoalChecker.CapturedSocket client = captures.get("C");
        assertThat(programs.get(listener.pid())).isEqualTo("servidor.py");
        assertThat(programs.get(connection.pid())).isEqualTo("servidor.py");
        assertThat(programs.get(client.pid())).isEqualTo("cliente.py");
        assertThat(connection.fd()).isNotEqualTo(listener.fd()).isPositive();
        assertThat(client.fd()).isPositive();
        // One accept() completes the listener's sequence and makes the connection: both are named by it.
        assertThat(listener.seq()).isEqualTo(connection.seq());
    }

    @Test
    void aServerThatNeverBindsLeavesTheClientWithoutAConnectionToDraw() {
        Lesson.Mutant sinBind = LESSON.mutants().stream().filter(m -> m.path().endsWith("servidor-sin-bind.py")).findFirst().orElseThrow();
        Map<String, String> files = new java.util.LinkedHashMap<>(LESSON.solution());
        files.put(sinBind.replaces(), sinBind.source());

        LessonRunner.Result run = LessonRunner.run(LESSON, files);

        assertThat(run.captures()).isEmpty();
    }
}
