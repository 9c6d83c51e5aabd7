package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Every mistake in a lesson folder is reported with its file, line and reason. */
class LessonLoaderTest {

    private static final String GOOD_YAML = """
            id: prueba
            number: 9
            pages: [22]
            title: {es: Prueba, en: Test}
            topology: laboratorio
            files:
              - {name: servidor.py, host: servidor, role: server}
            steps:
              - {id: uno, title: {es: Uno, en: One}, goals: [escucha]}
            goals:
              - {id: escucha, kind: call, text: {es: e, en: l}, call: listen, capture: L}
            hints:
              - {id: pista, when: {errno: EADDRINUSE}, text: {es: p, en: h}}
            """;

    private static Map<String, String> folder(String yaml) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("lesson.yaml", yaml);
        files.put("es.md", "Hola\n\n## Uno\n\nTexto\n");
        files.put("en.md", "Hello\n\n## One\n\nText\n");
        files.put("start/servidor.py", "import socket\n");
        files.put("solution/servidor.py", "import socket\n");
        files.put("mutants/sin-listen.py", "# fails: escucha\n# fires: pista\nimport socket\n");
        return files;
    }

    private static List<LessonProblem> problems(Map<String, String> files) {
        LessonLoader.Loaded loaded = LessonLoader.load(new LessonFolder("09-prueba", "test", files));
        assertThat(loaded.ok()).as("a broken lesson is not loaded").isEqualTo(loaded.problems().isEmpty());
        return loaded.problems();
    }

    private static List<LessonProblem> problems(String yaml) {
        return problems(folder(yaml));
    }

    @Test
    void aGoodLessonLoadsWithEverythingInIt() {
        LessonLoader.Loaded loaded = LessonLoader.load(new LessonFolder("09-prueba", "test", folder(GOOD_YAML)));

        assertThat(loaded.problems()).isEmpty();
        Lesson l = loaded.lesson();
        assertThat(l.id()).isEqualTo("prueba");
        assertThat(l.number()).isEqualTo(9);
        assertThat(l.topology().name()).isEqualTo("laboratorio");
        assertThat(l.goals()).singleElement().isInstanceOf(Goal.Call.class);
        assertThat(l.mutants()).singleElement().satisfies(m -> {
            assertThat(m.replaces()).isEqualTo("servidor.py");
            assertThat(m.fails()).containsExactly("escucha");
            assertThat(m.fires()).containsExactly("pista");
        });
        assertThat(l.text("en").sections()).singleElement().satisfies(s -> assertThat(s.heading()).isEqualTo("One"));
    }

    @Test
    void yamlThatDoesNotParseNamesItsLine() {
        assertThat(problems("id: prueba\nnumber: 9\ntitle: {es: [\n")).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("lesson.yaml");
            assertThat(p.line()).isGreaterThanOrEqualTo(3);
            assertThat(p.reason()).startsWith("not valid YAML");
        });
    }

    @Test
    void anUnknownKeyIsReportedOnItsLine() {
        List<LessonProblem> found = problems(GOOD_YAML.replace("pages: [22]", "pages: [22]\nautor: yo"));

        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).contains("'autor' is not a key of a lesson");
        });
    }

    @Test
    void anUnknownGoalKindAnErrnoAndAHostAreEachReportedWhereWritten() {
        String yaml = GOOD_YAML
                .replace("kind: call, text: {es: e, en: l}, call: listen, capture: L}",
                        "kind: llamada, text: {es: e, en: l}, call: listen}\n  - {id: otro, kind: errno, text: {es: e, en: l}, errno: EFOO}")
                .replace("host: servidor,", "host: luna,");

        assertThat(problems(yaml)).extracting(LessonProblem::line, LessonProblem::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(7, "the topology has no host 'luna'"),
                org.assertj.core.groups.Tuple.tuple(11, "goal escucha: kind 'llamada' is none of [bytes, call, count, errno, never, "
                        + "output, probe, python, sequence, state]"),
                org.assertj.core.groups.Tuple.tuple(12, "'EFOO' is not an errno Linux has (EADDRINUSE, ECONNREFUSED…)"));
    }

    @Test
    void aCaptureUsedBeforeItIsMadeIsAMistake() {
        String yaml = GOOD_YAML.replace("  - {id: escucha,", "  - {id: antes, kind: never, text: {es: a, en: a}, call: send, on: L}\n  - {id: escucha,");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(11);
            assertThat(p.reason()).isEqualTo("goal antes: no goal before it captures 'L'");
        });
    }

    @Test
    void aStepNamingAMissingGoalIsReported() {
        assertThat(problems(GOOD_YAML.replace("goals: [escucha]", "goals: [escucha, acepta]")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(9);
                    assertThat(p.reason()).isEqualTo("there is no goal acepta");
                });
    }

    @Test
    void anUnknownShippedTopologyIsReported() {
        assertThat(problems(GOOD_YAML.replace("topology: laboratorio", "topology: marte").replace("host: servidor, ", "")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(5);
                    assertThat(p.reason()).startsWith("there is no shipped topology named 'marte'");
                });
    }

    @Test
    void anInlineTopologyIsCheckedByTopologysOwnRules() {
        String yaml = GOOD_YAML.replace("topology: laboratorio", """
                topology:
                  hosts:
                    - {name: servidor, addresses: [10.0.0.1]}""");

        assertThat(problems(yaml)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.reason()).isEqualTo("the topology: host servidor: 10.0.0.1 is in none of the networks");
        });
    }

    @Test
    void aTextWithMoreSectionsThanStepsNamesTheExtraSection() {
        Map<String, String> files = folder(GOOD_YAML);
        files.put("es.md", "Hola\n\n## Uno\n\nTexto\n\n## Dos\n\nMás\n");

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("es.md");
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.reason()).isEqualTo("it has 2 '## ' sections and lesson.yaml 1 steps: one section per step");
        });
    }

    @Test
    void aMutantNamingAnUnknownGoalIsReportedOnItsHeaderLine() {
        Map<String, String> files = folder(GOOD_YAML);
        files.put("mutants/sin-listen.py", "# replaces: servidor.py\n# fails: escucha, acepta\nimport socket\n");

        assertThat(problems(files)).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("mutants/sin-listen.py");
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).isEqualTo("there is no goal acepta");
        });
    }

    @Test
    void missingFilesAreReportedByName() {
        Map<String, String> files = folder(GOOD_YAML);
        files.remove("en.md");
        files.remove("solution/servidor.py");

        assertThat(problems(files)).extracting(LessonProblem::file, LessonProblem::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("en.md", "the lesson has no en.md (its text, one '## ' section per step)"),
                org.assertj.core.groups.Tuple.tuple("solution/servidor.py", "the reference solution lacks servidor.py"));
    }

    @Test
    void aPythonGoalWithASyntaxErrorIsReported() {
        String yaml = GOOD_YAML.replace("hints:", """
                  - id: py
                    kind: python
                    text: {es: p, en: p}
                    source: |
                      def check(events)
                          return True
                hints:""");

        assertThat(problems(yaml)).singleElement().satisfies(p -> assertThat(p.reason()).startsWith("goal py: SyntaxError"));
    }
}
