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

    @Test
    void jvmsCleaningTheSameLeftoversAtOnceNeitherFails(@TempDir Path scratch) throws Exception {
        // Two servers (or test JVMs) starting together both remove a dead JVM's directory: each
        // walk meets files the other has just deleted.
        Path leftover = Files.createDirectories(scratch.resolve("jvm-1"));
        for (int d = 0; d < 60; d++) {
            Path dir = Files.createDirectories(leftover.resolve("s" + d).resolve("fs").resolve("tmp"));
            for (int f = 0; f < 30; f++) {
                Files.writeString(dir.resolve("f" + f), "x");
            }
        }
        // The other JVM, already deleting (deepest first) while this one walks the tree.
        java.util.List<Path> deepestFirst;
        try (var paths = Files.walk(leftover)) {
            deepestFirst = paths.sorted(java.util.Comparator.reverseOrder()).toList();
        }
        int cleaners = 3;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(cleaners + 1);
        java.util.List<java.util.concurrent.Future<?>> runs = new java.util.ArrayList<>();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(cleaners + 1)) {
            runs.add(pool.submit(() -> {
                start.await();
                for (Path p : deepestFirst) {
                    Files.deleteIfExists(p);
                }
                return null;
            }));
            for (int i = 0; i < cleaners; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    SandboxDirectories.deleteTree(leftover);
                    return null;
                }));
            }
            for (var run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(leftover).doesNotExist();
    }
}
