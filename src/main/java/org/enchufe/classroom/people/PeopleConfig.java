package org.enchufe.classroom.people;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are hashed by Spring Security's delegating encoder: BCrypt today, each hash tagged with
 * its algorithm so a stronger default later still reads the old ones.
 */
@Configuration
@EnableConfigurationProperties({AdminSettings.class, InvitationSettings.class, SsoSettings.class})
class PeopleConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
