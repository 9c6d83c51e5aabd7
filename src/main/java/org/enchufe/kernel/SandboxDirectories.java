package org.enchufe.kernel;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * Where sandboxes' private directories live on the real disk: under one parent of our own,
 * {@code <tmp>/enchufe-sandboxes/}, each JVM in a directory {@code jvm-<pid>-<n>} next to a lock
 * file {@code jvm-<pid>-<n>.lock} it holds locked while it lives. The OS releases the lock when
 * the JVM dies, kill -9 included, so at start-up a lock that can be taken marks a directory nobody
 * uses any more: {@link #removeLeftovers()} removes it. Nothing outside the parent, and nothing of
 * a JVM still alive (another server, a test run, the CLI), is ever touched.
 */
final class SandboxDirectories {

    static final String PARENT = "enchufe-sandboxes";
    private static final String PREFIX = "jvm-";
    private static final String LOCK = ".lock";

    private static Path jvmDirectory;
    // Held for the JVM's life: the lock is what says the directory is in use.
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private static FileChannel lockChannel;
    @SuppressWarnings({"unused", "FieldCanBeLocal"})
    private static FileLock lock;

    private SandboxDirectories() {
    }

    static Path parent() {
        return Path.of(System.getProperty("java.io.tmpdir"), PARENT);
    }

    /** A new sandbox's directory inside this JVM's, named by a counter (short: see {@link #jvmDirectory}). */
    static Path newSandboxDirectory() throws IOException {
        return Files.createDirectory(jvmDirectory().resolve("s" + Long.toString(NEXT_SANDBOX.getAndIncrement(), 36)));
    }

    private static final java.util.concurrent.atomic.AtomicLong NEXT_SANDBOX = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The parent of every JVM's directory, private to this user: made with mode 0700, and when it
     * already exists, used only if it is a real directory (not a link) this user owns, then closed
     * to others (in a shared /tmp another local user could have made it first, to watch or swap
     * what is inside).
     * Otherwise this JVM makes a private directory of its own (its leftovers then are not cleaned).
     */
    private static Path privateParent() throws IOException {
        Path parent = parent();
        java.nio.file.attribute.FileAttribute<?> owner = java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        try {
            Files.createDirectory(parent, owner);
        } catch (java.nio.file.FileAlreadyExistsException exists) {
            // Checked below.
        } catch (UnsupportedOperationException notPosix) {
            return Files.createDirectories(parent);
        }
        var attributes = Files.readAttributes(parent, java.nio.file.attribute.PosixFileAttributes.class,
                java.nio.file.LinkOption.NOFOLLOW_LINKS);
        boolean ours = attributes.isDirectory() && !attributes.isSymbolicLink()
                && attributes.owner().getName().equals(System.getProperty("user.name"));
        if (ours) {
            // Made by an earlier version with the default mode: ours, so closed now.
            Files.setPosixFilePermissions(parent, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            return parent;
        }
        LoggerFactory.getLogger(SandboxDirectories.class).warn("{} is not a private directory of this user; "
                + "sandboxes use a directory of their own", parent);
        return Files.createTempDirectory(PARENT + "-");
    }

    /** This JVM's directory, made (and locked) on first need. */
    static synchronized Path jvmDirectory() throws IOException {
        if (jvmDirectory == null) {
            Path parent = privateParent();
            // The lock is taken on a file no other JVM looks at, and only then given its name: a
            // JVM cleaning leftovers meanwhile never finds our lock file free and removes our directory.
            Path pending = Files.createTempFile(parent, PREFIX, ".pending");
            FileChannel channel = FileChannel.open(pending, StandardOpenOption.WRITE);
            lock = channel.lock();
            lockChannel = channel;
            // Short names on purpose: a real AF_UNIX socket file's whole path must fit Linux's
            // 108-byte sun_path, and TMPDIR may already be long (a test's temporary directory).
            Path dir = parent.resolve(PREFIX + ProcessHandle.current().pid());
            if (Files.exists(dir) || Files.exists(dir.resolveSibling(dir.getFileName() + LOCK))) {
                // A dead JVM with the same pid left it and start-up has not removed it yet.
                dir = Files.createTempDirectory(parent, PREFIX + ProcessHandle.current().pid() + "-");
            } else {
                Files.createDirectory(dir);
            }
            Files.move(pending, dir.resolveSibling(dir.getFileName() + LOCK), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            jvmDirectory = dir;
        }
        return jvmDirectory;
    }

    /**
     * Removes the directories of JVMs that are gone; returns how many. Never opens this JVM's own
     * lock file: on Linux a lock is the process's, and closing any channel to the file would drop
     * it, leaving our directory to the next JVM that cleans (as happened with parallel test runs).
     */
    static synchronized int removeLeftovers() {
        Path parent = parent();
        if (!Files.isDirectory(parent)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> locks = Files.newDirectoryStream(parent, PREFIX + "*" + LOCK)) {
            for (Path lockFile : locks) {
                String name = lockFile.getFileName().toString();
                Path dir = parent.resolve(name.substring(0, name.length() - LOCK.length()));
                if (dir.equals(jvmDirectory)) {
                    continue;
                }
                if (ownerGone(lockFile)) {
                    deleteTree(dir);
                    Files.deleteIfExists(lockFile);
                    removed++;
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            LoggerFactory.getLogger(SandboxDirectories.class).warn("could not look for leftover sandbox directories", e);
        }
        return removed;
    }

    // The lock can be taken: the JVM that held it is gone.
    private static boolean ownerGone(Path lockFile) {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) {
                return false;
            }
            taken.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException ignored) {
            // What is left is looked at again at the next start-up. Files.walk's iterator throws
            // UncheckedIOException when a file goes while it walks: two JVMs starting at once both
            // clean the same leftovers, and cleaning must never stop a start.
        }
    }
}
