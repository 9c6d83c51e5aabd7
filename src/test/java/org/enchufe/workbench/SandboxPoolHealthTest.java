package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.awaitility.Awaitility;
import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ServerGuard;
import org.enchufe.lang.vm.Limits;
import org.enchufe.sandbox.Program;
import org.enchufe.sandbox.SandboxPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Health tells the truth about the workers; the pool's figures reach the meter registry. */
class SandboxPoolHealthTest {

    private final AtomicLong clock = new AtomicLong();
    private final SandboxPool pool = new SandboxPool(new SandboxPool.Settings(1, 10, Duration.ofMinutes(5), Limits.sandbox(),
            KernelLimits.sandbox(), Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMinutes(2), ServerGuard.NONE),
            clock::get, false);
    private final SandboxPoolHealth health = new SandboxPoolHealth(pool);

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void readinessIsDownWhileAWorkerIsStuckAndUpOnceItIsBack() throws Exception {
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // A viewer that does not return holds the sandbox's worker as a long call would.
        var call = pool.open("atascado", e -> { }).look(snapshot -> {
            inside.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        clock.addAndGet(TimeUnit.SECONDS.toNanos(2));
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.health().getDetails()).containsEntry("stuck", 1);

        release.countDown();
        call.get(5, TimeUnit.SECONDS);
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> health.health().getStatus().equals(Status.UP));
    }

    @Test
    void thePoolsFiguresAreMetrics() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        health.bindTo(registry);
        pool.open("ana", e -> { }).run(Program.of("hola.py", "print(1)\n")).get(5, TimeUnit.SECONDS);

        assertThat(registry.get("enchufe.sandboxes.live").gauge().value()).isEqualTo(1);
        assertThat(registry.get("enchufe.sandboxes.runs").functionCounter().count()).isEqualTo(1);
        assertThat(registry.get("enchufe.sandboxes.refusals").tag("reason", "full").functionCounter().count()).isZero();
        assertThat(registry.get("enchufe.sandboxes.workers.stuck").gauge().value()).isZero();
    }
}
