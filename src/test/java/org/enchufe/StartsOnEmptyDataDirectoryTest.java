package org.enchufe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default configuration: an H2 file database under ./data that does not exist yet. The app
 * must create it, run every migration and come up healthy.
 */
class StartsOnEmptyDataDirectoryTest {

    @TempDir
    Path workDir;

    @Test
    void createsTheDatabaseFileAndRunsTheMigrations() {
        Path data = workDir.resolve("data");
        assertThat(data).doesNotExist();

        try (ConfigurableApplicationContext app = SpringApplication.run(EnchufeApplication.class,
                "--server.port=0",
                // The default URL with ./ replaced by this test's own empty working directory.
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("enchufe") + ";AUTO_SERVER=FALSE")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);

            List<String> applied = jdbc.queryForList(
                    "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"",
                    String.class);
            assertThat(applied).contains("1");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM socket_probe", Long.class)).isZero();
        }
        assertThat(Files.exists(data.resolve("enchufe.mv.db"))).isTrue();
    }
}
