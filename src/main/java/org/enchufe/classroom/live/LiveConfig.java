package org.enchufe.classroom.live;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The dashboard's settings ({@link LiveSettings}). */
@Configuration
@EnableConfigurationProperties(LiveSettings.class)
class LiveConfig {
}
