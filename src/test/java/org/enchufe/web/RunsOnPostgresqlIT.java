package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;

import org.enchufe.EnchufeApplication;
import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.classes.Enrolments;
import org.enchufe.classroom.people.Instructor;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.classroom.people.Invitations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The same application on a real PostgreSQL server, when one is configured: .ci/run starts a
 * private cluster and sets ENCHUFE_TEST_POSTGRES_URL (a JDBC URL of a database this user may
 * create databases from) and ENCHUFE_TEST_POSTGRES_USER.
 */
@EnabledIfEnvironmentVariable(named = "ENCHUFE_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class RunsOnPostgresqlIT {

    private final String serverUrl = System.getenv("ENCHUFE_TEST_POSTGRES_URL");
    private final String user = System.getenv().getOrDefault("ENCHUFE_TEST_POSTGRES_USER", "postgres");
    private final String password = System.getenv().getOrDefault("ENCHUFE_TEST_POSTGRES_PASSWORD", "");

    @Test
    void migratesAFreshDatabaseAndStoresWhatThePagesNeed() throws SQLException {
        String database = "enchufe_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + database);
        try (ConfigurableApplicationContext app = SpringApplication.run(EnchufeApplication.class,
                "--server.port=0",
                "--spring.datasource.url=" + serverUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1"),
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT version()", String.class)).startsWith("PostgreSQL");
            assertThat(jdbc.queryForList("SELECT version FROM flyway_schema_history WHERE success", String.class))
                    .contains("1", "5", "7", "8");

            SocketProbeRepository probes = app.getBean(SocketProbeRepository.class);
            SocketProbe saved = probes.save(new SocketProbe(null, Instant.now(), 40123));
            assertThat(saved.id()).isNotNull();
            assertThat(probes.count()).isEqualTo(1);

            // A lesson's progress and files: what the lesson pages store (V5).
            org.enchufe.course.Progress progress = app.getBean(org.enchufe.course.Progress.class);
            org.enchufe.lessons.Lesson lesson = app.getBean(org.enchufe.lessons.LessonCatalogue.class)
                    .lesson("bind-y-puertos").orElseThrow();
            assertThat(progress.pass("w1", lesson.id(), java.util.List.of("eacces", "einval"))).hasSize(2);
            progress.save("w1", lesson, "puertos.py", "import socket\n");
            assertThat(progress.of("w1", lesson.id()).passedGoals()).containsExactly("eacces", "einval");
            assertThat(progress.files("w1", lesson)).containsEntry("puertos.py", "import socket\n");
            assertThat(progress.of("w2", lesson.id()).passedGoals()).isEmpty();

            classesAndStudents(app);
            // The classroom's history of verdicts (V8): attempts, failures in a row, when first passed.
            org.enchufe.classroom.progress.ProgressHistory history = app.getBean(org.enchufe.classroom.progress.ProgressHistory.class);
            org.enchufe.lessons.Verdict failed = new org.enchufe.lessons.Verdict("eacces", org.enchufe.lessons.Verdict.Status.FAILED,
                    null, null, java.util.List.of(), 1, "privileged-ports");
            org.enchufe.lessons.Verdict passed = new org.enchufe.lessons.Verdict("eacces", org.enchufe.lessons.Verdict.Status.PASSED,
                    null, null, java.util.List.of(), 1, "privileged-ports");
            history.opened("w1", lesson, 0);
            history.decided("w1", lesson, java.util.List.of(failed), true);
            history.decided("w1", lesson, java.util.List.of(failed), true);
            var stuck = history.of("w1", lesson.id()).get("eacces");
            assertThat(stuck.failingStreak()).isEqualTo(2);
            assertThat(stuck.passedAt()).isNull();
            history.decided("w1", lesson, java.util.List.of(passed), false);
            var done = history.of("w1", lesson.id()).get("eacces");
            assertThat(done.attempts()).isEqualTo(3);
            assertThat(done.failures()).isEqualTo(2);
            assertThat(done.failingStreak()).isZero();
            assertThat(done.passedAt()).isNotNull().isAfterOrEqualTo(done.firstSeen());
            assertThat(history.attempts("w1", lesson.id())).extracting(org.enchufe.classroom.progress.GoalAttempt::passed)
                    .containsExactly(false, false, true);
            assertThat(history.ofAll(java.util.List.of("w1", "w2"))).extracting(org.enchufe.classroom.progress.GoalProgress::workspace)
                    .containsOnly("w1");
        } finally {
            execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    /** The classroom's people and classes (V7): accounts, a class, its lessons, students joining, deleting all of it. */
    private static void classesAndStudents(ConfigurableApplicationContext app) {
        Instructors instructors = app.getBean(Instructors.class);
        Classes classes = app.getBean(Classes.class);
        Enrolments enrolments = app.getBean(Enrolments.class);
        ClassRoster roster = app.getBean(ClassRoster.class);
        assertThat(instructors.create("profe", "una clave bien larga")).isInstanceOf(Instructors.Outcome.Created.class);
        assertThat(instructors.create("PROFE", "otra clave bien larga")).isEqualTo(new Instructors.Outcome.Refused("account.username.taken"));
        Instructor linked = instructors.createSso("ana@uni.example", "https://login.uni.example", "sub-1");
        assertThat(instructors.bySso("https://login.uni.example", "sub-1")).map(Instructor::id).contains(linked.id());
        String token = app.getBean(Invitations.class).invite(linked, "para Luis").token();
        assertThat(app.getBean(Invitations.class).accept(token, "luis", "la clave de luis")).isInstanceOf(Instructors.Outcome.Created.class);
        assertThat(app.getBean(Invitations.class).usable(token)).isEmpty();

        Classroom redes = classes.create("profe", "Redes").orElseThrow();
        classes.openLessons("profe", redes.id(), java.util.List.of("bind-y-puertos", "que-es-un-socket"));
        assertThat(roster.openLessons(redes.id())).containsExactly("que-es-un-socket", "bind-y-puertos");
        assertThat(enrolments.join(redes.joinCode(), "María", java.util.Optional.of("MariaMariaMariaMaria01"), () -> "unused"))
                .isInstanceOf(Enrolments.Joining.Joined.class);
        assertThat(enrolments.join(redes.joinCode(), "maria", java.util.Optional.empty(), () -> "OtherOtherOtherOther01"))
                .isEqualTo(new Enrolments.Joining.Refused("join.name.taken"));
        assertThat(roster.members(redes.id())).extracting(ClassRoster.Member::displayName).containsExactly("María");
        assertThat(roster.teaches("profe", redes.id())).isTrue();
        assertThat(roster.teaches("luis", redes.id())).isFalse();

        assertThat(classes.delete("profe", redes.id())).isTrue();
        assertThat(roster.classOf("MariaMariaMariaMaria01")).isEmpty();
        assertThat(app.getBean(JdbcTemplate.class).queryForObject("SELECT count(*) FROM class_lesson", Integer.class)).isZero();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
