package org.enchufe.workbench;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Workspaces named before the server signed their ids (table {@code legacy_workspace}, filled by
 * the migration that introduced signing). A browser that still carries such an id has it signed
 * once, keeping its files; the row goes, so nobody can claim that id again.
 */
@Component
class LegacyWorkspaces {

    private final JdbcClient jdbc;

    LegacyWorkspaces(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True once for each legacy workspace id: the first browser to show it keeps it. */
    boolean claim(String id) {
        return WorkspaceIds.isWellFormed(id)
                && jdbc.sql("DELETE FROM legacy_workspace WHERE workspace = ?").param(id).update() == 1;
    }
}
