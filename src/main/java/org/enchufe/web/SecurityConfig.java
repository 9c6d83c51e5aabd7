package org.enchufe.web;

import static org.springframework.security.config.Customizer.withDefaults;

import org.enchufe.classroom.people.InstructorAccounts;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.TokenBuckets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach what over HTTP, in two chains. Operations ({@code /actuator/…}): health and info
 * for anyone (orchestrators probe them), Prometheus only with the metrics user's password
 * ({@code enchufe.metrics.password}; without one, nobody), nothing else. Pages: the classroom's
 * instructor pages ({@code /classes/**}, {@code /instructors/**}) only for a signed-in instructor
 * ({@code ROLE_INSTRUCTOR}: the sign-in form, or single sign-on when a provider is configured);
 * everything else public — anyone may use the free sandbox and the lessons without an account, and
 * students join a class without one. Failed sign-ins are limited per client address
 * ({@link SignInAttempts}). CSRF protection is on for every form. Both chains send the same
 * security headers.
 */
@Configuration
class SecurityConfig {

    /**
     * Scripts only from this server (the pages' JSON blocks are data, never run). Styles also
     * inline: CodeMirror writes its own style elements at run time. WebSockets to this server only.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain operations(HttpSecurity http, PasswordEncoder encoder,
                                   @Value("${enchufe.metrics.username:prometheus}") String username,
                                   @Value("${enchufe.metrics.password:}") String password) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to("health", "info")).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).hasRole("METRICS")
                        .anyRequest().denyAll())
                .authenticationManager(operators(encoder, username, password))
                .httpBasic(withDefaults())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(SecurityConfig::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, InstructorAccounts instructors,
                              ObjectProvider<ClientRegistrationRepository> singleSignOnProviders,
                              OAuth2UserService<OidcUserRequest, OidcUser> singleSignOn, Refusal refusal,
                              @Value("${enchufe.classroom.sign-in.burst:10}") int burst,
                              @Value("${enchufe.classroom.sign-in.per-minute:5}") int perMinute) throws Exception {
        SignInAttempts attempts = new SignInAttempts(new TokenBuckets.Rate(burst, perMinute), refusal);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/classes/**", "/instructors/**").hasRole(Instructors.ROLE)
                        .anyRequest().permitAll())
                .userDetailsService(instructors)
                .addFilterBefore(attempts, UsernamePasswordAuthenticationFilter.class)
                .formLogin(form -> form.loginPage("/login").failureHandler(attempts).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .headers(SecurityConfig::headers);
        if (singleSignOnProviders.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login")
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(singleSignOn)));
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    /**
     * The operations chain's one account: Prometheus scraping metrics, when a password is
     * configured. Its own manager, with no parent, so no instructor's password opens it.
     */
    private static AuthenticationManager operators(PasswordEncoder encoder, String username, String password) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
        if (!password.isBlank()) {
            users.createUser(User.withUsername(username).password(encoder.encode(password)).roles("METRICS").build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }
}
