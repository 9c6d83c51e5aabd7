package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.classroom.classes.Student;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.classroom.progress.ProgressHistory;
import org.enchufe.lessons.Goal;
import org.enchufe.lessons.Lesson;
import org.enchufe.lessons.LessonCatalogue;
import org.enchufe.lessons.Verdict;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * After class, over HTTP with security on: the instructor who teaches the class gets the page and
 * the three CSV files, built from the students' stored verdicts; nobody else gets anything; a
 * deleted class takes its students' history with it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClassReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Instructors instructors;
    @Autowired
    Classes classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    ProgressHistory history;
    @Autowired
    LessonCatalogue catalogue;
    @Autowired
    WorkspaceIds ids;

    private final String profe = "profe-informe-" + System.nanoTime();
    private Classroom redes;
    private Lesson bind;
    private Student ana;
    private Student guion;

    @BeforeEach
    void aClassWhereAnaPassedEverythingAndGuionFailedTwice() {
        instructors.create(profe, "una clave bien larga");
        instructors.create(profe + "-otra", "otra clave bien larga");
        redes = classes.create(profe, "Redes").orElseThrow();
        classes.openLessons(profe, redes.id(), List.of("bind-y-puertos"));
        bind = catalogue.lesson("bind-y-puertos").orElseThrow();
        ana = join("Ana");
        guion = join("-Guion");
        history.decided(ana.workspace(), bind, bind.goals().stream().map(g -> verdict(g, Verdict.Status.PASSED)).toList(), true);
        Goal first = bind.goals().getFirst();
        history.decided(guion.workspace(), bind, List.of(verdict(first, Verdict.Status.FAILED)), true);
        history.decided(guion.workspace(), bind, List.of(verdict(first, Verdict.Status.FAILED)), true);
    }

    private Student join(String name) {
        Classroom now = classes.taughtBy(profe, redes.id()).orElseThrow();
        return switch (enrolments.join(now.joinCode(), name, Optional.empty(), () -> ids.mint().id())) {
            case Enrolments.Joining.Joined joined -> joined.student();
            case Enrolments.Joining other -> throw new AssertionError(other.toString());
        };
    }

    private static Verdict verdict(Goal goal, Verdict.Status status) {
        return new Verdict(goal.id(), status, null, null, List.of(), goal.common().weight(), goal.common().misconception());
    }

    private RequestPostProcessor teacher() {
        return user(profe).roles("INSTRUCTOR");
    }

    private String csv(String which, String language) throws Exception {
        return new String(mvc.perform(get("/classes/" + redes.id() + "/report/" + which + ".csv").with(teacher())
                        .header("Accept-Language", language))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("class-" + redes.id() + "-" + which + ".csv")))
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theProgressCsvHasARowPerStudentAndGoalSayingWhereEachStands() throws Exception {
        String csv = csv("progress", "es");
        List<String> rows = csv.lines().toList();

        assertThat(rows.getFirst()).startsWith("\uFEFFEstudiante,Nº lección,Lección,Paso,Objetivo,Estado,Intentos");
        assertThat(rows).hasSize(1 + 2 * bind.goals().size());
        assertThat(rows).filteredOn(r -> r.startsWith("Ana,")).hasSize(bind.goals().size())
                .allMatch(r -> r.contains(",cumplido,1,0,"));
        assertThat(rows).filteredOn(r -> r.startsWith("'-Guion,")).as("a name that begins like a formula is text")
                .anyMatch(r -> r.contains("," + bind.goals().getFirst().id() + ",fallando,2,2,"))
                .anyMatch(r -> r.contains(",sin empezar,0,0,"));
        assertThat(csv).contains("\r\n");
    }

    @Test
    void theScoresAndTheMoodleLayoutGiveEachStudentAScoreOutOfAHundred() throws Exception {
        List<String> scores = csv("scores", "en").lines().toList();
        assertThat(scores.getFirst()).isEqualTo("\uFEFFStudent,9. " + bind.title().en() + ",Total");
        assertThat(scores).contains("Ana,100,100", "'-Guion,0,0");

        List<String> moodle = csv("moodle", "es").lines().toList();
        assertThat(moodle.getFirst()).isEqualTo("\uFEFFUsername,Enchufe 9: " + bind.title().es() + ",Enchufe: total");
        assertThat(moodle).contains("Ana,100,100");
    }

    @Test
    void thePageShowsTheFunnelAndTheTimePerStepInTheInstructorsLanguage() throws Exception {
        mvc.perform(get("/classes/" + redes.id() + "/report").with(teacher()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("After class")))
                .andExpect(content().string(containsString("(2 students)")))
                .andExpect(content().string(containsString("data-goal=\"" + bind.goals().getFirst().id() + "\"")))
                .andExpect(content().string(containsString("/report/moodle.csv")));
        mvc.perform(get("/classes/" + redes.id() + "/report").with(teacher()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Después de clase")));
    }

    @Test
    void nobodyButTheClasssInstructorGetsTheReport() throws Exception {
        String base = "/classes/" + redes.id() + "/report";
        for (String path : List.of(base, base + "/progress.csv", base + "/scores.csv", base + "/moodle.csv")) {
            mvc.perform(get(path).with(user(profe + "-otra").roles("INSTRUCTOR"))).andExpect(status().isNotFound());
            mvc.perform(get(path).with(user("alumno"))).andExpect(status().isForbidden());
            mvc.perform(get(path)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/classes/abc/report").with(teacher())).andExpect(status().isNotFound());
        mvc.perform(get("/classes/99999999/report/scores.csv").with(teacher())).andExpect(status().isNotFound());
    }

    @Test
    void aDeletedClassTakesItsStudentsHistoryWithIt() {
        assertThat(history.ofAll(List.of(ana.workspace(), guion.workspace()))).isNotEmpty();

        assertThat(classes.delete(profe, redes.id())).isTrue();

        assertThat(history.ofAll(List.of(ana.workspace(), guion.workspace()))).isEmpty();
        assertThat(history.attempts(ana.workspace(), bind.id())).isEmpty();
    }

    @Test
    void aRemovedStudentsHistoryGoesAndTheOthersStays() {
        assertThat(classes.removeStudent(profe, redes.id(), guion.id())).isTrue();

        assertThat(history.ofAll(List.of(guion.workspace()))).isEmpty();
        assertThat(history.ofAll(List.of(ana.workspace()))).hasSize(bind.goals().size());
    }
}
