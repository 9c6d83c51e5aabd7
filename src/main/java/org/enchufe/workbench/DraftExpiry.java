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
 * Forgets abandoned workspaces: every file of a workspace none of whose files was saved for
 * {@code enchufe.workspace.expire-after} (180 days) is deleted, four times a day. A student who
 * comes back later starts with the slides' files again.
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

    /** Deletes the files of every workspace whose newest save is older than {@code cutoff}; how many. */
    @Transactional
    int expireSavedBefore(Instant cutoff) {
        int deleted = jdbc.sql("""
                DELETE FROM draft WHERE workspace IN
                    (SELECT workspace FROM draft GROUP BY workspace HAVING MAX(updated_at) < ?)""")
                .param(cutoff.atOffset(java.time.ZoneOffset.UTC)).update();
        jdbc.sql("DELETE FROM legacy_workspace WHERE workspace NOT IN (SELECT workspace FROM draft)").update();
        storage.recount();
        return deleted;
    }
}
