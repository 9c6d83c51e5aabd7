package org.enchufe.classroom.classes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Enrolments.Joining;
import org.enchufe.classroom.classes.Enrolments.Lookup;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.lessons.LessonCatalogue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;

/** Classes and their students, stored: what instructors change, what students join, what the roster tells the dashboard. */
@DataJdbcTest
@Import(ClassesAndEnrolmentsTest.Beans.class)
class ClassesAndEnrolmentsTest {

    @TestConfiguration
    @ComponentScan(basePackages = {"org.enchufe.classroom.people", "org.enchufe.classroom.classes"})
    static class Beans {
        @Bean
        LessonCatalogue catalogue() {
            return LessonCatalogue.standard();
        }
    }

    @Autowired
    Instructors instructors;
    @Autowired
    Classes classes;
    @Autowired
    Enrolments enrolments;
    @Autowired
    ClassRoster roster;

    private final AtomicInteger minted = new AtomicInteger();
    private Classroom redes;

    @BeforeEach
    void twoInstructorsOneClass() {
        instructors.create("profe", "una clave bien larga");
        instructors.create("otra", "otra clave bien larga");
        redes = classes.create("profe", "  Redes   2026 ").orElseThrow();
    }

    private String fresh() {
        return "Fresh" + "0".repeat(15) + minted.incrementAndGet() % 10 + "x";
    }

    @Test
    void aNewClassHasANameACodeAndIsOpenForJoining() {
        assertThat(redes.name()).isEqualTo("Redes 2026");
        assertThat(JoinCode.normalized(redes.joinCode())).contains(redes.joinCode());
        assertThat(redes.joiningOpen()).isTrue();
        assertThat(classes.of("profe")).extracting(Classroom::id).containsExactly(redes.id());
        assertThat(classes.create("profe", "   ")).isEmpty();
        assertThat(classes.create("profe", "x".repeat(101))).isEmpty();
    }

    @Test
    void anotherInstructorsClassIsAsIfItDidNotExist() {
        assertThat(roster.teaches("profe", redes.id())).isTrue();
        assertThat(roster.teaches("otra", redes.id())).isFalse();
        assertThat(roster.teaches("nadie", redes.id())).isFalse();
        assertThat(classes.of("otra")).isEmpty();
        assertThat(classes.rename("otra", redes.id(), "Mía")).isEmpty();
        assertThat(classes.newCode("otra", redes.id())).isEmpty();
        assertThat(classes.delete("otra", redes.id())).isFalse();
        assertThat(classes.taughtBy("profe", redes.id())).map(Classroom::name).contains("Redes 2026");
    }

    @Test
    void openLessonsAreTheCataloguesInCourseOrder() {
        classes.openLessons("profe", redes.id(), List.of("bind-y-puertos", "que-es-un-socket", "no-such-lesson"));

        assertThat(roster.openLessons(redes.id())).containsExactly("que-es-un-socket", "bind-y-puertos");
        assertThat(roster.openLessons(9999)).isEmpty();
        classes.openLessons("profe", redes.id(), List.of());
        assertThat(roster.openLessons(redes.id())).isEmpty();
    }

    @Test
    void aStudentJoinsWithTheirWorkspaceAndIsOnTheRosterInJoiningOrder() {
        Joining ana = enrolments.join(redes.displayedCode().toLowerCase(), " Ana ", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh);
        Joining luis = enrolments.join(redes.joinCode(), "Luis", Optional.empty(), this::fresh);

        assertThat(ana).isInstanceOfSatisfying(Joining.Joined.class, j -> {
            assertThat(j.student().workspace()).as("her free sandbox's work comes along").isEqualTo("AnaAnaAnaAnaAnaAnaAna1");
            assertThat(j.student().returnTokenHash()).doesNotContain(j.returnToken());
        });
        assertThat(luis).isInstanceOfSatisfying(Joining.Joined.class, j -> assertThat(j.student().workspace()).startsWith("Fresh"));
        assertThat(roster.members(redes.id())).extracting(ClassRoster.Member::displayName).containsExactly("Ana", "Luis");
        assertThat(roster.classOf("AnaAnaAnaAnaAnaAnaAna1")).contains(redes.id());
        assertThat(roster.classOf("NobodyNobodyNobodyNob1")).isEmpty();
    }

    @Test
    void theSameBrowserJoiningAgainIsAlreadyInAndAnotherClassGetsANewWorkspace() {
        enrolments.join(redes.joinCode(), "Ana", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh);
        Classroom other = classes.create("otra", "Sistemas").orElseThrow();

        assertThat(enrolments.join(redes.joinCode(), "Ana otra vez", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh))
                .isInstanceOf(Joining.AlreadyIn.class);
        assertThat(enrolments.join(other.joinCode(), "Ana", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh))
                .isInstanceOfSatisfying(Joining.Joined.class, j -> assertThat(j.student().workspace()).startsWith("Fresh"));
        assertThat(roster.classOf("AnaAnaAnaAnaAnaAnaAna1")).contains(redes.id());
    }

    @Test
    void aNameTakenInTheClassIsRefusedEvenWithOtherCaseOrAccents() {
        enrolments.join(redes.joinCode(), "María", Optional.empty(), this::fresh);

        assertThat(enrolments.join(redes.joinCode(), "maria", Optional.empty(), this::fresh))
                .isEqualTo(new Joining.Refused("join.name.taken"));
        assertThat(enrolments.join(redes.joinCode(), "<b>", Optional.empty(), this::fresh))
                .isEqualTo(new Joining.Refused("join.name.characters"));
        Classroom other = classes.create("otra", "Sistemas").orElseThrow();
        assertThat(enrolments.join(other.joinCode(), "María", Optional.empty(), this::fresh)).isInstanceOf(Joining.Joined.class);
    }

    @Test
    void aClosedClassOrAnOldCodeTakesNobody() {
        String old = redes.joinCode();
        classes.joining("profe", redes.id(), false);
        assertThat(enrolments.lookUp(old)).isInstanceOf(Lookup.Closed.class);
        assertThat(enrolments.join(old, "Ana", Optional.empty(), this::fresh)).isInstanceOf(Joining.Closed.class);

        classes.joining("profe", redes.id(), true);
        Classroom renewed = classes.newCode("profe", redes.id()).orElseThrow();
        assertThat(renewed.joinCode()).isNotEqualTo(old);
        assertThat(enrolments.lookUp(old)).isInstanceOf(Lookup.Unknown.class);
        assertThat(enrolments.lookUp(renewed.displayedCode())).isInstanceOf(Lookup.Open.class);
    }

    @Test
    void theReturnLinkFindsTheStudentUntilANewOneIsMade() {
        Joining.Joined ana = (Joining.Joined) enrolments.join(redes.joinCode(), "Ana", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh);

        assertThat(enrolments.returning(ana.returnToken())).map(Student::workspace).contains("AnaAnaAnaAnaAnaAnaAna1");
        String newer = enrolments.newReturnLink("AnaAnaAnaAnaAnaAnaAna1").orElseThrow();
        assertThat(enrolments.returning(ana.returnToken())).isEmpty();
        assertThat(enrolments.returning(newer)).isPresent();
        assertThat(enrolments.returning("../../etc/passwd")).isEmpty();
    }

    @Test
    void aRemovedStudentLosesTheClassAndTheirReturnLink() {
        Joining.Joined ana = (Joining.Joined) enrolments.join(redes.joinCode(), "Ana", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh);

        assertThat(classes.removeStudent("otra", redes.id(), ana.student().id())).isFalse();
        assertThat(classes.removeStudent("profe", redes.id(), ana.student().id())).isTrue();

        assertThat(roster.members(redes.id())).isEmpty();
        assertThat(roster.classOf("AnaAnaAnaAnaAnaAnaAna1")).isEmpty();
        assertThat(enrolments.returning(ana.returnToken())).isEmpty();
    }

    @Test
    void deletingAClassDeletesItsLessonsAndStudents() {
        classes.openLessons("profe", redes.id(), List.of("bind-y-puertos"));
        Joining.Joined ana = (Joining.Joined) enrolments.join(redes.joinCode(), "Ana", Optional.of("AnaAnaAnaAnaAnaAnaAna1"), this::fresh);

        assertThat(classes.delete("profe", redes.id())).isTrue();

        assertThat(classes.of("profe")).isEmpty();
        assertThat(roster.members(redes.id())).isEmpty();
        assertThat(roster.openLessons(redes.id())).isEmpty();
        assertThat(roster.classOf("AnaAnaAnaAnaAnaAnaAna1")).isEmpty();
        assertThat(enrolments.returning(ana.returnToken())).isEmpty();
    }
}
