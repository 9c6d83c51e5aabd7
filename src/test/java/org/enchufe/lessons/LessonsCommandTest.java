package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The author's tools: lessons list, check and try. */
class LessonsCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return LessonsCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listPrintsEachLessonsNumberIdAndTitle() {
        assertThat(run("list")).isZero();

        java.util.List<String> lines = out().lines().toList();
        assertThat(lines).as("the curriculum's 22 lessons, numbered 1-22 in order").hasSize(22);
        for (int n = 1; n <= 22; n++) {
            assertThat(lines.get(n - 1)).startsWith(String.format("%2d  ", n));
        }
        assertThat(out()).contains(" 2  cliente-y-servidor", "bind-y-puertos ", "bind() y los puertos / bind() and ports");
        // Every title starts in the same column, however long the ids.
        assertThat(lines.get(8).indexOf("bind() y los puertos"))
                .isEqualTo(lines.get(17).indexOf("Servidores iterativos"));
    }

    private void lesson(String mutantHeader) throws IOException {
        Path l = dir.resolve("01-prueba");
        for (String sub : new String[] {"start", "solution", "mutants"}) {
            Files.createDirectories(l.resolve(sub));
        }
        Files.writeString(l.resolve("lesson.yaml"), """
                id: prueba
                number: 1
                title: {es: Prueba, en: Test}
                files:
                  - {name: prog.py}
                steps:
                  - {id: uno, title: {es: Uno, en: One}, goals: [crea, cierra]}
                goals:
                  - {id: crea, kind: call, text: {es: crea, en: makes}, call: socket, capture: S}
                  - {id: cierra, kind: call, text: {es: cierra, en: closes}, call: close, on: S}
                """);
        Files.writeString(l.resolve("es.md"), "## Uno\n");
        Files.writeString(l.resolve("en.md"), "## One\n");
        Files.writeString(l.resolve("start/prog.py"), "import socket\n");
        Files.writeString(l.resolve("solution/prog.py"), "import socket\ns = socket.socket()\ns.close()\n");
        Files.writeString(l.resolve("mutants/sin-close.py"), mutantHeader + "import socket\ns = socket.socket()\n");
    }

    @Test
    void checkPassesALessonWhoseMutantsFailWhatTheySay() throws IOException {
        lesson("# fails: cierra\n");

        assertThat(run("check", dir.toString())).as(err()).isZero();
        assertThat(out()).contains("ok    prueba (2 goals, 1 mutants)", "all lessons check");
    }

    @Test
    void checkFailsNamingTheLessonFileAndGoalOfAMismatch() throws IOException {
        lesson("# fails: crea\n");

        assertThat(run("check", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("prueba/mutants/sin-close.py [crea]: the mutant should fail this goal but passes it",
                "prueba/mutants/sin-close.py [cierra]: the mutant fails this goal too");
    }

    @Test
    void checkReportsABrokenLessonWithFileAndLine() throws IOException {
        lesson("# fails: nada\n");

        assertThat(run("check", dir.toString())).isEqualTo(1);
        assertThat(err()).contains("01-prueba/mutants/sin-close.py:1: there is no goal nada");
    }

    @Test
    void tryPrintsEachGoalsVerdictAndExitsZeroOnlyWhenAllPass() throws IOException {
        String solution = new LessonCatalogue(LessonCatalogue.shipped(), null).lesson("bind-y-puertos").orElseThrow().solution()
                .get("puertos.py");
        Path good = Files.writeString(dir.resolve("puertos.py"), solution);

        assertThat(run("try", "--lang", "en", "bind-y-puertos", good.toString())).isZero();
        assertThat(out()).contains("✔ eacces: bind() to a port below 1024 fails with EACCES", "score 100%");
    }

    @Test
    void tryJsonGivesMachinesEveryVerdictWithItsEvidence() throws IOException {
        Path half = Files.writeString(dir.resolve("puertos.py"), "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 0))\n");

        assertThat(run("try", "--json", "bind-y-puertos", half.toString())).isEqualTo(1);
        assertThat(out()).contains("\"goal\" : \"puerto-cero\"", "\"status\" : \"PASSED\"", "\"goal\" : \"eacces\"",
                "\"status\" : \"FAILED\"", "\"score\" : 0.125");
    }

    @Test
    void tryRefusesAFileTheLessonDoesNotHave() throws IOException {
        Path other = Files.writeString(dir.resolve("otro.py"), "pass\n");

        assertThat(run("try", "bind-y-puertos", other.toString())).isEqualTo(2);
        assertThat(err()).contains("otro.py is not one of the lesson's files [puertos.py]");
    }
}
