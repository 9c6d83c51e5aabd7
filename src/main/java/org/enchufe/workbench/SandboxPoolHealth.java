package org.enchufe.workbench;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.enchufe.sandbox.SandboxPool;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * What the sandbox pool tells operators. Health: DOWN while a worker is dead or stuck in one call
 * (the watchdog is already replacing it; the probe says the server is not serving at its
 * capacity), with the pool's figures as details; it is in the readiness group
 * ({@code management.endpoint.health.group.readiness.include}). Metrics, under {@code enchufe.sandboxes.*}:
 * sandboxes live, workers alive/busy/stuck, evictions, refusals by reason, runs started, faults.
 */
final class SandboxPoolHealth implements HealthIndicator, MeterBinder {

    private final SandboxPool pool;

    SandboxPoolHealth(SandboxPool pool) {
        this.pool = pool;
    }

    @Override
    public Health health() {
        SandboxPool.Stats stats = pool.stats();
        Health.Builder health = stats.dead() > 0 || stats.stuck() > 0 || stats.workers() < stats.configuredWorkers()
                ? Health.down() : Health.up();
        return health.withDetail("sandboxes", stats.live())
                .withDetail("workers", stats.workers())
                .withDetail("configuredWorkers", stats.configuredWorkers())
                .withDetail("busy", stats.busy())
                .withDetail("stuck", stats.stuck())
                .withDetail("dead", stats.dead())
                .build();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("enchufe.sandboxes.live", pool, p -> p.stats().live())
                .description("sandboxes alive on this server").register(registry);
        Gauge.builder("enchufe.sandboxes.workers", pool, p -> p.stats().workers())
                .description("worker threads alive").register(registry);
        Gauge.builder("enchufe.sandboxes.workers.busy", pool, p -> p.stats().busy())
                .description("workers driving a sandbox now").register(registry);
        Gauge.builder("enchufe.sandboxes.workers.stuck", pool, p -> p.stats().stuck())
                .description("workers inside one sandbox past the watchdog's threshold").register(registry);
        FunctionCounter.builder("enchufe.sandboxes.evictions", pool, p -> p.stats().evictions())
                .description("idle sandboxes disposed to make room for a new owner").register(registry);
        FunctionCounter.builder("enchufe.sandboxes.runs", pool, p -> p.stats().runsStarted())
                .description("programs started").register(registry);
        FunctionCounter.builder("enchufe.sandboxes.faults", pool, p -> p.stats().faults())
                .description("sandboxes disposed for a fault of the kernel's own").register(registry);
        for (String reason : new String[] {"full", "heap", "descriptors"}) {
            FunctionCounter.builder("enchufe.sandboxes.refusals", pool, p -> p.stats().refusals().getOrDefault(reason, 0L))
                    .tag("reason", reason).description("new sandboxes refused").register(registry);
        }
    }
}
