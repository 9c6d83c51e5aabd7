package org.enchufe.workbench;

import org.enchufe.sandbox.SandboxPool;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The server's one sandbox pool; closing the application disposes every sandbox in it. */
@Configuration
@EnableConfigurationProperties(SandboxSettings.class)
class WorkbenchConfig {

    @Bean(destroyMethod = "close")
    SandboxPool sandboxPool(SandboxSettings settings) {
        return new SandboxPool(settings.pool());
    }

    /** Readiness (and health) DOWN while a worker is dead or stuck; the pool's gauges and counters. */
    @Bean
    SandboxPoolHealth sandboxesHealthIndicator(SandboxPool pool) {
        return new SandboxPoolHealth(pool);
    }
}
