package org.enchufe.workbench;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets abandoned workspaces: every file of a workspace — the free sandbox's and the lessons'
 * — and its progress in the lessons are deleted when nothing of it (a file, a lesson file, a
 * step of progress) was saved for {@code enchufe.workspace.expire-after} (180 days), four times a
 * day. A student who comes back later starts with the slides' files and the course afresh.
 */
@Component
class DraftExpiry {

    private static final Logger log = LoggerFactory.getLogger(DraftExpiry.class);

    private final JdbcClient jdbc;
    private final WorkspaceSettings settings;
    private final DraftStorage storage;
    private final Clock clock = Clock.systemUTC();

    DraftExpiry(JdbcClient jdbc, WorkspaceSettings settings, DraftStorage storage) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.storage = storage;
    }

    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT6H")
    void expire() {
        int deleted = expireSavedBefore(clock.instant().minus(settings.expireAfter()));
        if (deleted > 0) {
            log.info("deleted {} files of workspaces not saved in {}", deleted, settings.expireAfter());
        }
    }

    /**
     * The workspaces whose newest save, of any kind, is older than the cutoff. Deleting some of a
     * stale workspace's rows leaves it stale, so the tables can go one after another.
     */
    private static final String STALE = """
            SELECT workspace FROM (
                SELECT workspace, updated_at FROM draft
                UNION ALL SELECT workspace, updated_at FROM lesson_draft
                UNION ALL SELECT workspace, updated_at FROM lesson_progress) saves
            GROUP BY workspace HAVING MAX(updated_at) < ?""";

    /**
     * Deletes the files, lesson files and lesson progress of every workspace whose newest save is
     * older than {@code cutoff}; how many files (of both kinds).
     */
    @Transactional
    int expireSavedBefore(Instant cutoff) {
        java.time.OffsetDateTime at = cutoff.atOffset(java.time.ZoneOffset.UTC);
        int deleted = jdbc.sql("DELETE FROM lesson_draft WHERE workspace IN (" + STALE + ")").param(at).update();
        jdbc.sql("DELETE FROM lesson_progress WHERE workspace IN (" + STALE + ")").param(at).update();
        deleted += jdbc.sql("DELETE FROM draft WHERE workspace IN (" + STALE + ")").param(at).update();
        jdbc.sql("DELETE FROM legacy_workspace WHERE workspace NOT IN (SELECT workspace FROM draft)").update();
        storage.recount();
        return deleted;
    }
}
