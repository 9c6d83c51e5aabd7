package org.enchufe.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalogue: shipped lessons, an instructor's overriding by id, broken ones reported, reloads driven by refresh(). */
class LessonCatalogueTest {

    @TempDir
    Path dir;

    private static String yaml(String id, int number, String title) {
        return "id: " + id + "\nnumber: " + number + "\ntitle: {es: " + title + ", en: " + title + "}\n" + """
                files:
                  - {name: prog.py}
                steps:
                  - {id: uno, title: {es: Uno, en: One}, goals: [crea]}
                goals:
                  - {id: crea, kind: call, text: {es: c, en: c}, call: socket}
                """;
    }

    private Path write(String folder, String yaml) throws IOException {
        Path lesson = dir.resolve(folder);
        Files.createDirectories(lesson.resolve("start"));
        Files.createDirectories(lesson.resolve("solution"));
        Files.writeString(lesson.resolve("lesson.yaml"), yaml);
        Files.writeString(lesson.resolve("es.md"), "## Uno\n");
        Files.writeString(lesson.resolve("en.md"), "## One\n");
        Files.writeString(lesson.resolve("start/prog.py"), "pass\n");
        Files.writeString(lesson.resolve("solution/prog.py"), "import socket\nsocket.socket()\n");
        return lesson;
    }

    @Test
    void theShippedLessonsComeFromTheClasspathInCurriculumOrder() {
        LessonCatalogue catalogue = new LessonCatalogue(LessonCatalogue.shipped(), null);

        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.lessons()).extracting(Lesson::id).contains("cliente-y-servidor", "bind-y-puertos");
        assertThat(catalogue.lessons()).extracting(Lesson::number).isSorted();
    }

    @Test
    void anInstructorsLessonReplacesAShippedOneWithTheSameId() throws IOException {
        write("mio", yaml("bind-y-puertos", 9, "Mía"));

        LessonCatalogue catalogue = new LessonCatalogue(LessonCatalogue.shipped(), dir);

        assertThat(catalogue.lesson("bind-y-puertos")).hasValueSatisfying(l -> {
            assertThat(l.title().es()).isEqualTo("Mía");
            assertThat(l.origin()).isEqualTo(dir.resolve("mio").toString());
        });
    }

    @Test
    void aBrokenLessonIsReportedAndTheOthersAreServed() throws IOException {
        write("buena", yaml("buena", 1, "Buena"));
        write("rota", yaml("rota", 2, "Rota").replace("call: socket", "call: socket, colour: red"));

        LessonCatalogue catalogue = LessonCatalogue.of(dir);

        assertThat(catalogue.lessons()).extracting(Lesson::id).containsExactly("buena");
        assertThat(catalogue.problems()).singleElement().satisfies(p -> {
            assertThat(p.lesson()).isEqualTo("rota");
            assertThat(p.file()).isEqualTo("lesson.yaml");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.reason()).startsWith("'colour' is not a key of a call goal");
        });
    }

    @Test
    void refreshReloadsOnlyWhenAFileChanged() throws IOException {
        Path lesson = write("buena", yaml("buena", 1, "Antes"));
        LessonCatalogue catalogue = LessonCatalogue.of(dir);

        assertThat(catalogue.refresh()).isFalse();
        Path yaml = lesson.resolve("lesson.yaml");
        Files.writeString(yaml, yaml("buena", 1, "Después"));
        Files.setLastModifiedTime(yaml, FileTime.fromMillis(Files.getLastModifiedTime(yaml).toMillis() + 2_000));

        assertThat(catalogue.refresh()).isTrue();
        assertThat(catalogue.lesson("buena")).hasValueSatisfying(l -> assertThat(l.title().es()).isEqualTo("Después"));
        assertThat(catalogue.refresh()).isFalse();
    }

    @Test
    void theDirectoryComesFromThePropertyOrTheEnvironment() {
        System.setProperty(LessonCatalogue.PROPERTY, dir.toString());
        try {
            assertThat(LessonCatalogue.configuredDir()).isEqualTo(dir);
        } finally {
            System.clearProperty(LessonCatalogue.PROPERTY);
        }
    }
}
