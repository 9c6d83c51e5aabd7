package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class WorkspaceArchiveTest {

    private static byte[] zipOf(String... namesAndBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndBytes.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndBytes[i]));
                zip.write(namesAndBytes[i + 1].getBytes(StandardCharsets.ISO_8859_1));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void filesComeBackAsTheyWentWithTheirNamesAndText() {
        Instant now = Instant.now();
        byte[] zip = WorkspaceArchive.zip(List.of(new Draft(1L, "w", "servidor.py", "print('ñ')\n", 0, now),
                new Draft(2L, "w", "cliente.py", "", 1, now)));
        assertThat(WorkspaceArchive.unzip(zip)).containsExactly(
                java.util.Map.entry("servidor.py", "print('ñ')\n"), java.util.Map.entry("cliente.py", ""));
    }

    @Test
    void aZippedFolderIsLookedThroughAndWhatAFileSystemAddsIsLeftOut() throws IOException {
        byte[] zip = zipOf("trabajo/", "", "trabajo/eco.py", "x = 1\n", "__MACOSX/trabajo/._eco.py", "\0\1",
                "trabajo/.DS_Store", "\0");
        assertThat(WorkspaceArchive.unzip(zip)).containsOnlyKeys("eco.py");
    }

    @Test
    void whatCannotBeAFileIsRefusedSayingWhy() throws IOException {
        assertThatThrownBy(() -> WorkspaceArchive.unzip("hola".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("zip-invalid"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf("trabajo/", "")))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("zip-empty"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf("mal nombre.py", "x")))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("file-name-invalid"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf("notas.txt", "x")))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("file-name-invalid"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf("binario.py", "\u00ff\u00fe\u0000")))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("file-not-text"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf("grande.py", "#".repeat(Drafts.MAX_SOURCE + 1))))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("file-too-big"));
        assertThatThrownBy(() -> WorkspaceArchive.unzip(new byte[WorkspaceArchive.MAX_ZIP_BYTES + 1]))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("zip-too-big"));
        String[] many = new String[2 * (Drafts.MAX_FILES + 1)];
        for (int i = 0; i <= Drafts.MAX_FILES; i++) {
            many[2 * i] = "f" + i + ".py";
            many[2 * i + 1] = "";
        }
        assertThatThrownBy(() -> WorkspaceArchive.unzip(zipOf(many)))
                .isInstanceOfSatisfying(WorkbenchProblem.class, p -> assertThat(p.code()).isEqualTo("too-many-files"));
    }
}
