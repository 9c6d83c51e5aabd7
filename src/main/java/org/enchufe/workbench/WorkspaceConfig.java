package org.enchufe.workbench;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Workspace ids signed with the server's key; abandoned workspaces expire on a schedule ({@link DraftExpiry}). */
@Configuration
@EnableConfigurationProperties(WorkspaceSettings.class)
@EnableScheduling
class WorkspaceConfig {

    @Bean
    WorkspaceIds workspaceIds(WorkspaceSettings settings) {
        return new WorkspaceIds(WorkspaceKey.of(settings));
    }
}
