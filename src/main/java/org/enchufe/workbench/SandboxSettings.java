package org.enchufe.workbench;

import java.time.Duration;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.kernel.ServerGuard;
import org.enchufe.lang.vm.Limits;
import org.enchufe.sandbox.SandboxPool;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The server's sandboxes, configurable under {@code enchufe.sandbox.*} (env
 * {@code ENCHUFE_SANDBOX_*}): how many worker threads run them, how many may live at once, how
 * long one lives without its owner doing anything, how many Python instructions one may run a
 * second (0: no cap); what one sandbox may hold over all its processes (memory, threads, open
 * files, real descriptors, output a second; 0: no limit); when the watchdog calls a worker stuck
 * and when it stops the call; how long a sandbox must be idle to make room for a new owner; and
 * the high-water marks (fractions) of the heap after collection and of the JVM's descriptors past
 * which new sandboxes, runs, forks and sockets are refused.
 */
@ConfigurationProperties("enchufe.sandbox")
record SandboxSettings(@DefaultValue("0") int workers, @DefaultValue("500") int maxSandboxes,
                       @DefaultValue("30m") Duration idleTimeout,
                       @DefaultValue("10000000") long instructionsPerSecond,
                       @DefaultValue("128MB") DataSize memory,
                       @DefaultValue("128") int threads,
                       @DefaultValue("256") int openFiles,
                       @DefaultValue("256") int realDescriptors,
                       @DefaultValue("262144") long outputPerSecond,
                       @DefaultValue("1s") Duration stuckAfter,
                       @DefaultValue("5s") Duration stopAfter,
                       @DefaultValue("2m") Duration evictableAfter,
                       @DefaultValue("0.85") double heapHighWater,
                       @DefaultValue("0.8") double descriptorsHighWater) {

    SandboxPool.Settings pool() {
        int threadCount = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
        KernelLimits kernel = KernelLimits.sandbox().withInstructionsPerSecond(instructionsPerSecond)
                .withSandboxWide(memory.toBytes(), threads, openFiles, realDescriptors, outputPerSecond);
        return new SandboxPool.Settings(threadCount, maxSandboxes, idleTimeout, Limits.sandbox(), kernel, stuckAfter,
                stopAfter, evictableAfter, ServerGuard.ofJvm(heapHighWater, descriptorsHighWater));
    }
}
