package org.enchufe.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.enchufe.workbench.ClientAddress;
import org.enchufe.workbench.Refusal;
import org.enchufe.workbench.TokenBuckets;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The limit on guessing instructors' passwords: each client address may fail to sign in
 * {@code enchufe.classroom.sign-in.burst} times at once (10), then {@code per-minute} (5); past
 * that the sign-in form's POST is refused with 429 before any password is checked. Only failures
 * cost, so a staff room behind one address signs in freely. (Not a bean: {@link SecurityConfig}
 * puts it in the pages chain, before the form's own filter, and makes it the form's failure handler.)
 */
class SignInAttempts extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final TokenBuckets failures;
    private final Refusal refusal;
    private final AuthenticationFailureHandler signInPage = new SimpleUrlAuthenticationFailureHandler("/login?error");

    SignInAttempts(TokenBuckets.Rate rate, Refusal refusal) {
        this.failures = new TokenBuckets(rate);
        this.refusal = refusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !("POST".equals(request.getMethod()) && "/login".equals(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!failures.has(ClientAddress.key(request.getRemoteAddr()))) {
            long seconds = failures.retryAfterSeconds();
            refusal.send(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds, "login.tooMany", seconds);
            return;
        }
        chain.doFilter(request, response);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        failures.take(ClientAddress.key(request.getRemoteAddr()));
        signInPage.onAuthenticationFailure(request, response, failure);
    }
}
