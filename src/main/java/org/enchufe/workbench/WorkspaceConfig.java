package org.enchufe.workbench;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Workspace ids signed with the server's key, and the limit on how fast one address makes new ones. */
@Configuration
@EnableConfigurationProperties(WorkspaceSettings.class)
class WorkspaceConfig {

    @Bean
    WorkspaceIds workspaceIds(WorkspaceSettings settings) {
        return new WorkspaceIds(WorkspaceKey.of(settings));
    }
}
