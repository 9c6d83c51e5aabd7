package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/** The server's ceiling on all workspaces' files together: growth past it is refused, nothing kept is lost. */
@DataJdbcTest
@Import({Drafts.class, DraftStorage.class})
@EnableConfigurationProperties(WorkspaceSettings.class)
@TestPropertySource(properties = "enchufe.workspace.storage-limit=1000")
class DraftStorageTest {

    @Autowired
    Drafts drafts;

    @Autowired
    DraftStorage storage;

    @Autowired
    DraftRepository repository;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void savesThatWouldPassTheCeilingAreRefusedAndWhatIsSavedStays() {
        drafts.save("FullFullFullFullFull01", "a.py", "x".repeat(600));
        drafts.save("FullFullFullFullFull02", "b.py", "y".repeat(300));

        assertThatThrownBy(() -> drafts.save("FullFullFullFullFull02", "b.py", "y".repeat(500)))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("storage-full"));
        assertThatThrownBy(() -> drafts.save("FullFullFullFullFull03", "c.py", "z".repeat(200)))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("storage-full"));

        assertThat(repository.findByWorkspaceAndFilename("FullFullFullFullFull02", "b.py").orElseThrow().source())
                .hasSize(300);
        assertThat(storage.used()).isEqualTo(900);
    }

    @Test
    void shrinkingOrDeletingAFileMakesRoomAgain() {
        drafts.save("RoomRoomRoomRoomRoom01", "a.py", "x".repeat(900));
        drafts.save("RoomRoomRoomRoomRoom01", "b.py", "y".repeat(100));

        drafts.save("RoomRoomRoomRoomRoom01", "a.py", "x".repeat(500));
        drafts.save("RoomRoomRoomRoomRoom01", "c.py", "z".repeat(400));
        drafts.delete("RoomRoomRoomRoomRoom01", "c.py");
        drafts.save("RoomRoomRoomRoomRoom01", "d.py", "w".repeat(400));

        assertThat(storage.used()).isEqualTo(1000);
    }

    @Test
    void theCountStartsFromWhatTheDatabaseHolds() {
        drafts.save("CountCountCountCount01", "a.py", "x".repeat(123));
        // A lesson's files share the ceiling with the free sandbox's.
        jdbc.sql("""
                INSERT INTO lesson_draft (workspace, lesson, filename, source, updated_at)
                VALUES ('CountCountCountCount01', 'eco-tcp-y-udp', 'eco_servidor.py', ?, CURRENT_TIMESTAMP)""")
                .param("y".repeat(77)).update();

        storage.recount();

        assertThat(storage.used()).isEqualTo(200);
    }
}
