package org.enchufe.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM's sandbox directory stays locked while it lives, whatever its own cleaning does. */
class SandboxDirectoriesTest {

    @Test
    void cleaningLeftoversKeepsThisJvmsLockSoAnotherJvmCannotTakeItsDirectory(@TempDir Path scratch) throws Exception {
        Path mine = SandboxDirectories.jvmDirectory();
        Path lockFile = mine.resolveSibling(mine.getFileName() + ".lock");

        SandboxDirectories.removeLeftovers();
        SandboxDirectories.removeLeftovers();

        assertThat(probe(scratch, lockFile)).isEqualTo("held");
        assertThat(mine).isDirectory();
    }

    private static String probe(Path scratch, Path lockFile) throws Exception {
        // Another process asks the OS whether the lock is free, as a cleaning JVM would.
        Path probe = Files.writeString(scratch.resolve("LockTry.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class LockTry {
                    public static void main(String[] a) throws Exception {
                        try (FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.WRITE)) {
                            System.out.print(c.tryLock() == null ? "held" : "free");
                        }
                    }
                }
                """);
        String java = ProcessHandle.current().info().command().orElse("java");
        java.lang.Process other = new ProcessBuilder(java, probe.toString(), lockFile.toString()).redirectErrorStream(true).start();
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(other.getInputStream().readAllBytes()).strip();
    }
}
