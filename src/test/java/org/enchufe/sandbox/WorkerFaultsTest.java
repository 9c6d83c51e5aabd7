package org.enchufe.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.enchufe.sandbox.PoolEvents.console;
import static org.enchufe.sandbox.PoolEvents.exited;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.awaitility.Awaitility;
import org.enchufe.events.Event;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.SandboxFiles;
import org.enchufe.kernel.ServerGuard;
import org.enchufe.lang.vm.Limits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing a program does ends a worker; a worker stuck in one call is noticed and replaced; the
 * server full makes room by evicting the longest-idle sandbox; close() ends within seconds.
 * The watchdog reads a clock the test moves.
 */
class WorkerFaultsTest {

    private final AtomicLong clock = new AtomicLong();
    private final SandboxPool pool = new SandboxPool(new SandboxPool.Settings(1, 3, Duration.ofMinutes(5), Limits.sandbox(),
            KernelLimits.sandbox(), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ZERO, ServerGuard.NONE),
            clock::get, false);

    @AfterEach
    void close() {
        pool.close();
    }

    private String pong(String owner) throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        int pid = pool.open(owner, events::add).run(Program.of("pong.py", "print('pong')\n")).get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        return console(events, "stdout");
    }

    @Test
    void aStackOverflowErrorInACommandLeavesTheOnlyWorkerServingOthers() throws Exception {
        LiveSandbox box = pool.open("malo", e -> { });
        for (int i = 0; i < 3; i++) {
            CompletableFuture<Object> failed = box.submit(s -> {
                throw new StackOverflowError();
            });
            assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(StackOverflowError.class);
        }
        assertThat(pong("inocente")).isEqualTo("pong\n");
    }

    @Test
    void sourceThatOverflowsTheParserIsThatProgramsErrorAndTheWorkerGoesOn() throws Exception {
        List<Event> events = new CopyOnWriteArrayList<>();
        LiveSandbox box = pool.open("hondo", events::add);
        for (int i = 0; i < 3; i++) {
            int pid = box.run(Program.of("hondo.py", "x = " + "(".repeat(100_000) + "1" + ")".repeat(100_000) + "\n")).get(5, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> exited(events, pid));
        }
        assertThat(console(events, "stderr")).containsAnyOf("RecursionError", "SyntaxError");
        assertThat(pong("inocente")).isEqualTo("pong\n");
        assertThat(pool.stats().workers()).isEqualTo(1);
    }

    @Test
    void aWorkerStuckInOneCallIsReplacedAskedToStopAndRetiresWhenBack() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inside = new CountDownLatch(1);
        LiveSandbox stuck = pool.open("atascado", e -> { });
        CompletableFuture<Object> call = stuck.submit(s -> {
            inside.countDown();
            // A builtin that runs for long, as the worker sees it.
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(1500));
        pool.watch();
        assertThat(pool.stats().stuck()).isEqualTo(1);
        assertThat(pool.stats().workers()).isEqualTo(2);
        // The replacement serves everybody else meanwhile.
        assertThat(pong("inocente")).isEqualTo("pong\n");
        assertThat(stuck.sandbox().stopRequested()).isFalse();

        clock.addAndGet(TimeUnit.SECONDS.toNanos(5));
        pool.watch();
        assertThat(stuck.sandbox().stopRequested()).isTrue();
        // Bounded: never more than twice the configured workers.
        pool.watch();
        assertThat(pool.stats().workers()).isEqualTo(2);

        release.countDown();
        call.get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> pool.stats().workers() == 1 && pool.stats().stuck() == 0);
    }

    @Test
    void theServerFullEvictsTheLongestIdleSandboxBeforeRefusing() {
        pool.open("a", e -> { });
        pool.open("b", e -> { });
        pool.open("c", e -> { });
        pool.open("d", e -> { });

        assertThat(pool.find("a")).isEmpty();
        assertThat(pool.find("d")).isPresent();
        assertThat(pool.stats().evictions()).isEqualTo(1);
    }

    @Test
    void aSandboxRunningSomethingIsNotEvicted() throws Exception {
        try (SandboxPool tiny = new SandboxPool(new SandboxPool.Settings(1, 1, Duration.ofMinutes(5), Limits.sandbox(),
                KernelLimits.sandbox(), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ZERO, ServerGuard.NONE),
                clock::get, false)) {
            LiveSandbox busy = tiny.open("bucle", e -> { });
            busy.run(Program.of("bucle.py", "while True:\n    pass\n")).get(5, TimeUnit.SECONDS);
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> busy.hadReady);
            assertThatThrownBy(() -> tiny.open("nuevo", e -> { })).isInstanceOf(SandboxPool.FullException.class);
            assertThat(tiny.stats().refusals()).containsEntry("full", 1L);
        }
    }

    @Test
    void oneAddressHoldingEveryBusySandboxGivesOneUpForAnotherAddressButNotForItself() throws Exception {
        try (SandboxPool tiny = new SandboxPool(new SandboxPool.Settings(1, 3, Duration.ofMinutes(5), Limits.sandbox(),
                KernelLimits.sandbox(), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ZERO, ServerGuard.NONE),
                clock::get, false)) {
            List<LiveSandbox> hoarded = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                LiveSandbox s = tiny.open("acaparador" + i, e -> { }, org.enchufe.kernel.net.Topology.DEFAULT, "10.0.0.66");
                s.run(Program.of("bucle.py", "while True:\n    pass\n")).get(5, TimeUnit.SECONDS);
                hoarded.add(s);
            }
            Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> hoarded.stream().allMatch(s -> s.hadReady));

            assertThatThrownBy(() -> tiny.open("acaparador3", e -> { }, org.enchufe.kernel.net.Topology.DEFAULT, "10.0.0.66"))
                    .as("the same address gets no more than the server has").isInstanceOf(SandboxPool.FullException.class);
            LiveSandbox student = tiny.open("estudiante", e -> { }, org.enchufe.kernel.net.Topology.DEFAULT, "10.0.0.7");

            assertThat(tiny.find("estudiante")).containsSame(student);
            assertThat(hoarded.stream().filter(s -> tiny.find(s.owner()).isPresent())).hasSize(2);
            assertThat(tiny.stats().evictions()).isEqualTo(1);
        }
    }

    @Test
    void closingWithCpuBombsRunningEndsWithinSeconds() throws Exception {
        SandboxPool bombed = new SandboxPool(new SandboxPool.Settings(2, 10, Duration.ofMinutes(5), Limits.sandbox(),
                KernelLimits.sandbox().withInstructionsPerSecond(0)));
        for (int i = 0; i < 4; i++) {
            bombed.open("bomba" + i, e -> { }).run(Program.of("bomba.py", "import os\nos.fork()\nwhile True:\n    pass\n")).get(5, TimeUnit.SECONDS);
        }
        // A failure guard, not a measurement: close() bounds itself to a few seconds.
        assertTimeoutPreemptively(Duration.ofSeconds(15), bombed::close);
        assertThat(bombed.size()).isZero();
    }

    @Test
    void leftoverDirectoriesOfADeadServerAreRemovedAndNothingElse() throws IOException {
        Path parent = Path.of(System.getProperty("java.io.tmpdir"), "enchufe-sandboxes");
        Files.createDirectories(parent);
        Path dead = Files.createDirectories(parent.resolve("jvm-999999-test/s1/tmp"));
        Files.writeString(dead.resolve("srv.sock"), "");
        Files.writeString(parent.resolve("jvm-999999-test.lock"), "");
        Path foreign = Files.createDirectories(parent.resolve("not-ours"));

        SandboxFiles.removeLeftovers();

        assertThat(parent.resolve("jvm-999999-test")).doesNotExist();
        assertThat(parent.resolve("jvm-999999-test.lock")).doesNotExist();
        assertThat(foreign).exists();
        Files.delete(foreign);
    }
}
