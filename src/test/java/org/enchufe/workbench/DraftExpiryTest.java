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

    private void saved(String workspace, String file, Instant when) {
        jdbc.sql("UPDATE draft SET updated_at = ? WHERE workspace = ? AND filename = ?")
                .params(when.atOffset(ZoneOffset.UTC), workspace, file).update();
    }
}
