package org.enchufe.workbench;

import java.time.Duration;

import org.enchufe.kernel.KernelLimits;
import org.enchufe.lang.vm.Limits;
import org.enchufe.sandbox.SandboxPool;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's sandboxes, configurable under {@code enchufe.sandbox.*}: how many worker threads
 * run them, how many may live at once, how long one lives without its owner doing anything, and
 * how many Python instructions one may run a second (0: no cap).
 */
@ConfigurationProperties("enchufe.sandbox")
record SandboxSettings(@DefaultValue("0") int workers, @DefaultValue("500") int maxSandboxes,
                       @DefaultValue("30m") Duration idleTimeout,
                       @DefaultValue("10000000") long instructionsPerSecond) {

    SandboxPool.Settings pool() {
        int threads = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
        return new SandboxPool.Settings(threads, maxSandboxes, idleTimeout, Limits.sandbox(),
                KernelLimits.sandbox().withInstructionsPerSecond(instructionsPerSecond));
    }
}
