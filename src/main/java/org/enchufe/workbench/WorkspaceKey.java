package org.enchufe.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's secret for signing workspace ids. Configured ({@code enchufe.workspace.secret}), or
 * else made once — 256 random bits — and kept in a file beside the database, so a restart (or a
 * second instance sharing the file) keeps every student's workspace.
 */
final class WorkspaceKey {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceKey.class);
    static final int MIN_SECRET = 32;

    private final byte[] bytes;

    private WorkspaceKey(byte[] bytes) {
        this.bytes = bytes.clone();
    }

    byte[] bytes() {
        return bytes.clone();
    }

    static WorkspaceKey of(WorkspaceSettings settings) {
        if (settings.secret() != null && !settings.secret().isBlank()) {
            if (settings.secret().length() < MIN_SECRET) {
                throw new IllegalStateException("enchufe.workspace.secret must be at least " + MIN_SECRET
                        + " characters (e.g. the output of: openssl rand -base64 32)");
            }
            return new WorkspaceKey(settings.secret().getBytes(StandardCharsets.UTF_8));
        }
        return fromFile(settings.keyFile());
    }

    /** The key kept in {@code file}, made first when there is none. */
    static WorkspaceKey fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
            if (key.length < MIN_SECRET) {
                throw new IllegalStateException(file + " holds a key shorter than " + MIN_SECRET + " bytes; delete it to make a new one");
            }
            return new WorkspaceKey(key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the workspace key " + file.toAbsolutePath(), e);
        }
    }

    private static void create(Path file) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        byte[] key = new byte[MIN_SECRET];
        new SecureRandom().nextBytes(key);
        // Written aside and moved, so a crash never leaves half a key; readable by the server's user only.
        Path fresh = Files.createTempFile(directory, ".workspace-key", ".tmp");
        try {
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(fresh, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII,
                    StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(fresh, file);
            log.info("Made a new workspace key in {}; keep it with the database (losing it loses every workspace's cookie)",
                    file.toAbsolutePath());
        } catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            Files.deleteIfExists(fresh);
        }
    }
}
