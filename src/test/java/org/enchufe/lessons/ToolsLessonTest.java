package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.Selector;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ManualClock;
import org.enchufe.kernel.Netstat;
import org.enchufe.kernel.Sandbox;
import org.enchufe.kernel.net.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lesson 21 reads TIME_WAIT from the kernel's socket events (netstat's TIME_WAIT rows belong to
 * no process; the event names the process that made the socket). The goals must say what netstat
 * would show: the same programs run in a sandbox of their own, and its netstat is compared with
 * the goals' verdicts.
 */
class ToolsLessonTest {

    private static final Lesson LESSON = new LessonCatalogue(LessonCatalogue.shipped(), null).lesson("herramientas").orElseThrow();

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            solution,                       true,  true
            servidor-cierra-enseguida.py,   false, true
            servidor-espera-siempre.py,     true,  false
            """)
    void theTimeWaitGoalsAgreeWithNetstat(String variant, boolean clientWaits, boolean serverWaits) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(LESSON.solution());
        LESSON.mutants().stream().filter(m -> m.path().endsWith(variant)).findFirst()
                .ifPresent(m -> files.put(m.replaces(), m.source()));

        List<Netstat.Row> timeWaits = netstatAfter(files).stream().filter(r -> r.state().equals("TIME_WAIT")).toList();
        assertThat(timeWaits.stream().anyMatch(r -> r.local().endsWith(":6000"))).isEqualTo(serverWaits);
        assertThat(timeWaits.stream().anyMatch(r -> !r.local().endsWith(":6000"))).isEqualTo(clientWaits);

        Map<String, Boolean> passed = new LinkedHashMap<>();
        LessonRunner.run(LESSON, files).verdicts().forEach(v -> passed.put(v.goal(), v.passed()));
        assertThat(passed).containsEntry("time-wait-cliente", clientWaits).containsEntry("time-wait-servidor", serverWaits);
    }

    /** The kernel's netstat once the server, then the client, have settled. */
    private static List<Netstat.Row> netstatAfter(Map<String, String> files) throws IOException {
        Sandbox sandbox = new Sandbox(new Sandbox.Console() {
            @Override
            public void write(int pid, String stream, String text) {
            }

            @Override
            public String readLine(int pid) {
                return null;
            }
        }, e -> { }, LessonRunner.LIMITS, KernelLimits.sandbox().withInstructionsPerSecond(0), Topology.DEFAULT,
                ManualClock.advancingWhenIdle());
        try (Selector selector = Selector.open()) {
            for (String file : List.of("servidor.py", "cliente.py")) {
                sandbox.start(file, files.get(file), new String[0]);
                new Settling(sandbox, selector, System.nanoTime() + 60_000_000_000L).run();
            }
            return Netstat.rows(sandbox);
        } finally {
            sandbox.dispose();
        }
    }
}
