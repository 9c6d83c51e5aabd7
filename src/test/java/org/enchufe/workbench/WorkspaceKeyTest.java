package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key workspace ids are signed with: configured, or made once and kept beside the database. */
class WorkspaceKeyTest {

    @TempDir
    Path data;

    private WorkspaceSettings settings(String secret) {
        return new WorkspaceSettings(secret, data.resolve("workspace.key"), Duration.ofDays(180), 1_000_000_000L,
                new WorkspaceSettings.Creation(100, 30), new WorkspaceSettings.Connections(300, 600));
    }

    @Test
    void aKeyMadeOnceIsKeptSoARestartKeepsEveryWorkspace() throws Exception {
        WorkspaceIds before = new WorkspaceIds(WorkspaceKey.of(settings(null)));
        WorkspaceIds.Minted minted = before.mint();

        WorkspaceIds afterRestart = new WorkspaceIds(WorkspaceKey.of(settings(null)));

        assertThat(afterRestart.verify(minted.cookieValue())).contains(minted.id());
        assertThat(Files.getPosixFilePermissions(data.resolve("workspace.key"))).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aConfiguredSecretSignsAndAnotherSecretsCookiesAreNotAccepted() {
        WorkspaceIds one = new WorkspaceIds(WorkspaceKey.of(settings("a".repeat(32))));
        WorkspaceIds other = new WorkspaceIds(WorkspaceKey.of(settings("b".repeat(32))));
        WorkspaceIds.Minted minted = one.mint();

        assertThat(one.verify(minted.cookieValue())).contains(minted.id());
        assertThat(other.verify(minted.cookieValue())).isEmpty();
        assertThat(Files.exists(data.resolve("workspace.key"))).isFalse();
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> WorkspaceKey.of(settings("too short"))).hasMessageContaining("at least 32");
    }

    @Test
    void thePublicNameRevealsNeitherTheIdNorTheCookie() {
        WorkspaceIds ids = new WorkspaceIds(WorkspaceKey.of(settings("c".repeat(32))));
        WorkspaceIds.Minted minted = ids.mint();

        assertThat(ids.publicName(minted.id())).isEqualTo(ids.publicName(minted.id()))
                .isNotEqualTo(minted.id()).doesNotContain(minted.id());
        assertThat(minted.cookieValue()).doesNotContain(ids.publicName(minted.id()));
    }
}
