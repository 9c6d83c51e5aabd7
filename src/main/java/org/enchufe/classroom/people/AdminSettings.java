package org.enchufe.classroom.people;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first instructor, made at start-up when there is none ({@code ENCHUFE_ADMIN_USERNAME},
 * {@code ENCHUFE_ADMIN_PASSWORD}).
 */
@ConfigurationProperties("enchufe.admin")
record AdminSettings(String username, String password) {
}
