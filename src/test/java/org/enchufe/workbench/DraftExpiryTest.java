package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Abandoned workspaces' files go; a workspace with any recent save keeps all of its files. */
@SpringBootTest
@ActiveProfiles("test")
class DraftExpiryTest {

    @Autowired
    DraftExpiry expiry;

    @Autowired
    Drafts drafts;

    @Autowired
    DraftRepository repository;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aWorkspaceNotSavedSinceTheCutoffLosesEveryFileAndOthersKeepTheirs() {
        Instant now = Instant.now();
        String abandoned = "AbandonedAbandonedAb01";
        String active = "ActiveActiveActiveAc01";
        drafts.save(abandoned, "viejo.py", "print(1)");
        drafts.save(abandoned, "otro.py", "print(2)");
        drafts.save(active, "viejo.py", "print(3)");
        drafts.save(active, "nuevo.py", "print(4)");
        saved(abandoned, "viejo.py", now.minus(200, ChronoUnit.DAYS));
        saved(abandoned, "otro.py", now.minus(190, ChronoUnit.DAYS));
        saved(active, "viejo.py", now.minus(400, ChronoUnit.DAYS));
        jdbc.sql("INSERT INTO legacy_workspace (workspace) VALUES (?)").param(abandoned).update();

        int deleted = expiry.expireSavedBefore(now.minus(180, ChronoUnit.DAYS));

        assertThat(deleted).isEqualTo(2);
        assertThat(repository.countByWorkspace(abandoned)).isZero();
        assertThat(repository.countByWorkspace(active)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM legacy_workspace WHERE workspace = ?").param(abandoned)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aWorkspacesLessonFilesAndProgressGoWithItAndALessonSaveKeepsItAlive() {
        Instant now = Instant.now();
        String abandoned = "AbandonedAbandonedAb02";
        String inLessons = "InLessonsInLessonsIn02";
        drafts.save(abandoned, "viejo.py", "print(1)");
        saved(abandoned, "viejo.py", now.minus(200, ChronoUnit.DAYS));
        lessonFile(abandoned, now.minus(300, ChronoUnit.DAYS));
        lessonProgress(abandoned, now.minus(250, ChronoUnit.DAYS));
        // The free sandbox's files are old, but the student worked on a lesson last week.
        drafts.save(inLessons, "viejo.py", "print(2)");
        saved(inLessons, "viejo.py", now.minus(400, ChronoUnit.DAYS));
        lessonFile(inLessons, now.minus(7, ChronoUnit.DAYS));
        lessonProgress(inLessons, now.minus(7, ChronoUnit.DAYS));

        int deleted = expiry.expireSavedBefore(now.minus(180, ChronoUnit.DAYS));

        assertThat(deleted).isEqualTo(2);
        for (String table : new String[] {"draft", "lesson_draft", "lesson_progress"}) {
            assertThat(count(table, abandoned)).as(table).isZero();
            assertThat(count(table, inLessons)).as(table).isEqualTo(1);
        }
    }

    private void lessonFile(String workspace, Instant when) {
        jdbc.sql("""
                INSERT INTO lesson_draft (workspace, lesson, filename, source, updated_at)
                VALUES (?, 'eco-tcp-y-udp', 'eco_servidor.py', 'import socket', ?)""")
                .params(workspace, when.atOffset(ZoneOffset.UTC)).update();
    }

    private void lessonProgress(String workspace, Instant when) {
        jdbc.sql("""
                INSERT INTO lesson_progress (workspace, lesson, step, passed, hints, updated_at)
                VALUES (?, 'eco-tcp-y-udp', 0, 'tcp-servidor', '', ?)""")
                .params(workspace, when.atOffset(ZoneOffset.UTC)).update();
    }

    private long count(String table, String workspace) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE workspace = ?").param(workspace).query(Long.class).single();
    }

    private void saved(String workspace, String file, Instant when) {
        jdbc.sql("UPDATE draft SET updated_at = ? WHERE workspace = ? AND filename = ?")
                .params(when.atOffset(ZoneOffset.UTC), workspace, file).update();
    }
}
