package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The environment variables README documents reach the settings they name. */
class WorkspaceSettingsTest {

    @Test
    void theDocumentedEnvironmentVariablesBindEvenWithUnderscoresInsideANameOfTwoWords() {
        WorkspaceSettings settings = bound(Map.of(
                "ENCHUFE_WORKSPACE_EXPIRE_AFTER", "30d",
                "ENCHUFE_WORKSPACE_STORAGE_LIMIT", "5000",
                "ENCHUFE_WORKSPACE_CREATION_BURST", "7",
                "ENCHUFE_WORKSPACE_CREATION_PER_MINUTE", "8",
                "ENCHUFE_WORKSPACE_CONNECTIONS_BURST", "9",
                "ENCHUFE_WORKSPACE_CONNECTIONS_PER_MINUTE", "10"));

        assertThat(settings.expireAfter()).isEqualTo(Duration.ofDays(30));
        assertThat(settings.storageLimit()).isEqualTo(5000);
        assertThat(settings.creation()).isEqualTo(new WorkspaceSettings.Creation(7, 8));
        assertThat(settings.connections()).isEqualTo(new WorkspaceSettings.Connections(9, 10));
    }

    @Test
    void withNothingSetTheDefaultsHold() {
        WorkspaceSettings settings = bound(Map.of("UNRELATED", "x"));

        assertThat(settings.expireAfter()).isEqualTo(Duration.ofDays(180));
        assertThat(settings.storageLimit()).isEqualTo(1_000_000_000L);
        assertThat(settings.creation()).isEqualTo(new WorkspaceSettings.Creation(100, 30));
        assertThat(settings.connections()).isEqualTo(new WorkspaceSettings.Connections(300, 600));
    }

    private static WorkspaceSettings bound(Map<String, Object> variables) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return Binder.get(environment).bindOrCreate("enchufe.workspace", WorkspaceSettings.class);
    }
}
