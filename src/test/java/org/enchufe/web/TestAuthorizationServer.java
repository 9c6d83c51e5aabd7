package org.enchufe.web;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * A real OpenID Connect provider for the single sign-on tests: Spring Authorization Server in a
 * context of its own, on a random port, reached as {@code http://localhost:<port>} (the app is
 * reached as 127.0.0.1, so the two servers' session cookies never mix). It knows one client,
 * {@code enchufe}, and two people: ana.garcia, whose verified address is in the university's domain
 * {@code uni.example}, and intrusa, whose address is not. (A test configuration, so neither the
 * app's component scan nor a test's search for its configuration ever picks it up.)
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
class TestAuthorizationServer {

    static final String CLIENT_SECRET = "secreto-del-cliente";
    static final String PASSWORD = "clave-del-proveedor";

    /** Starts the provider, accepting the app's sign-in to come back to {@code redirectUri}; the context and its port. */
    static ConfigurableApplicationContext start(String redirectUri) {
        String client = "spring.security.oauth2.authorizationserver.client.enchufe.";
        return new SpringApplicationBuilder(TestAuthorizationServer.class).run(
                // None of the app's own settings: this is another server.
                "--spring.config.name=test-authorization-server",
                "--server.port=0",
                "--spring.flyway.enabled=false",
                "--spring.data.jdbc.repositories.enabled=false",
                "--spring.datasource.url=jdbc:h2:mem:authorization-server-" + java.util.UUID.randomUUID(),
                "--spring.thymeleaf.check-template-location=false",
                "--" + client + "registration.client-id=enchufe",
                "--" + client + "registration.client-secret={noop}" + CLIENT_SECRET,
                "--" + client + "registration.client-authentication-methods=client_secret_basic",
                "--" + client + "registration.authorization-grant-types=authorization_code",
                "--" + client + "registration.redirect-uris=" + redirectUri,
                "--" + client + "registration.scopes=openid,profile,email",
                "--" + client + "require-authorization-consent=false");
    }

    static int port(ConfigurableApplicationContext provider) {
        return ((WebServerApplicationContext) provider).getWebServer().getPort();
    }

    @Bean
    UserDetailsService people() {
        return new InMemoryUserDetailsManager(
                User.withUsername("ana.garcia").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("intrusa").password("{noop}" + PASSWORD).roles("USER").build());
    }

    /** The ID token says each person's e-mail address, verified, as a university's provider does. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailClaims() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("email", name + (name.equals("intrusa") ? "@otra.example" : "@uni.example"))
                        .claim("email_verified", true);
            }
        };
    }
}
