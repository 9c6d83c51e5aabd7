package org.enchufe.classroom.live;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * For tests of the dashboard without the classes feature's login: an in-memory roster, and
 * {@code GET /test-login?user=NAME&roles=INSTRUCTOR} signing the browser in as a login would
 * (a Spring Security context in its HTTP session, which every later request and the WebSocket
 * handshake read).
 */
@TestConfiguration
public class SignedInForTests {

    @Bean
    @Primary
    InMemoryRoster roster() {
        return new InMemoryRoster();
    }

    @Bean
    FilterRegistrationBean<Filter> testLogin() {
        Filter login = (ServletRequest req, ServletResponse res, FilterChain chain) -> signIn((HttpServletRequest) req,
                (HttpServletResponse) res);
        FilterRegistrationBean<Filter> bean = new FilterRegistrationBean<>(login);
        bean.addUrlPatterns("/test-login");
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return bean;
    }

    private static void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String user = request.getParameter("user");
        String[] roles = Arrays.stream(request.getParameter("roles").split(",")).map(r -> "ROLE_" + r).toArray(String[]::new);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, AuthorityUtils.createAuthorityList(roles));
        request.getSession(true).setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                new SecurityContextImpl(authentication));
        response.setStatus(204);
    }
}
