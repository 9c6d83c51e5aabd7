package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enchufe.classroom.people.Instructor;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.classroom.people.Invitations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Instructors' single sign-on end to end over real HTTP: the app and a real OpenID Connect
 * provider ({@link TestAuthorizationServer}) on loopback, a cookie-keeping client walking the
 * authorization-code flow — the app's redirect, the provider's sign-in form, the code back, the
 * app's token exchange and ID token check — as a browser would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class SingleSignOnTest {

    private static final int APP_PORT = freePort();
    private static final String APP = "http://127.0.0.1:" + APP_PORT;
    private static ConfigurableApplicationContext provider;

    @DynamicPropertySource
    static void signOnThroughTheProvider(DynamicPropertyRegistry properties) {
        provider = TestAuthorizationServer.start(APP + "/login/oauth2/code/uni");
        String registration = "spring.security.oauth2.client.registration.uni.";
        properties.add("server.port", () -> APP_PORT);
        properties.add(registration + "client-id", () -> "enchufe");
        properties.add(registration + "client-secret", () -> TestAuthorizationServer.CLIENT_SECRET);
        properties.add(registration + "client-name", () -> "Universidad de Prueba");
        properties.add(registration + "scope", () -> "openid,profile,email");
        properties.add("spring.security.oauth2.client.provider.uni.issuer-uri",
                () -> "http://localhost:" + TestAuthorizationServer.port(provider));
        properties.add("enchufe.sso.allowed-domains", () -> "uni.example");
    }

    @AfterAll
    static void stopTheProvider() {
        provider.close();
    }

    @Autowired
    Instructors instructors;
    @Autowired
    Invitations invitations;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void theSignInPageOffersTheProvider() throws Exception {
        String page = get(URI.create(APP + "/login")).body();
        assertThat(page).contains("href=\"/oauth2/authorization/uni\"").contains("Universidad de Prueba");
    }

    @Test
    void someoneOfTheAllowedDomainSignsInAndIsAnInstructor() throws Exception {
        URI landed = signIn(URI.create(APP + "/oauth2/authorization/uni"), "ana.garcia");

        assertThat(landed.toString()).isEqualTo(APP + "/");
        HttpResponse<String> classes = get(URI.create(APP + "/classes"));
        assertThat(classes.statusCode()).isEqualTo(200);
        assertThat(classes.body()).contains("title=\"ana.garcia@uni.example\"");
        Instructor made = instructors.byUsername("ana.garcia@uni.example").orElseThrow();
        assertThat(made.ssoIssuer()).isEqualTo("http://localhost:" + TestAuthorizationServer.port(provider));
        assertThat(made.passwordHash()).isNull();
    }

    @Test
    void someoneElseIsRefusedAndToldWhy() throws Exception {
        URI landed = signIn(URI.create(APP + "/oauth2/authorization/uni"), "intrusa");

        assertThat(landed.toString()).isEqualTo(APP + "/login?error");
        assertThat(get(landed).body()).contains("no es del profesorado de este servidor");
        assertThat(get(URI.create(APP + "/classes")).statusCode()).isEqualTo(302);
        assertThat(instructors.byUsername("intrusa@otra.example")).isEmpty();
    }

    @Test
    void anInvitationAcceptedBySingleSignOnMakesSomeoneElseAnInstructorOnce() throws Exception {
        Instructor inviter = instructors.create("quien-invita", "una clave bien larga") instanceof Instructors.Outcome.Created c
                ? c.instructor() : instructors.byUsername("quien-invita").orElseThrow();
        String token = invitations.invite(inviter, "para la intrusa").token();

        URI landed = signIn(URI.create(APP + "/invitations/" + token + "/sso/uni"), "intrusa");

        assertThat(landed.toString()).isEqualTo(APP + "/");
        assertThat(get(URI.create(APP + "/classes")).statusCode()).isEqualTo(200);
        assertThat(instructors.byUsername("intrusa@otra.example")).isPresent();
        assertThat(invitations.usable(token)).as("used once").isEmpty();
    }

    /**
     * Follows the flow from {@code start} as a browser: every redirect, the provider's sign-in
     * form filled in as {@code person}; where the app finally sends the browser.
     */
    private URI signIn(URI start, String person) throws Exception {
        URI at = start;
        for (int hops = 0; hops < 12; hops++) {
            HttpResponse<String> response = get(at);
            if (response.statusCode() == 200 && at.getPath().equals("/login") && at.getPort() != APP_PORT) {
                response = submitSignIn(at, response.body(), person);
            }
            if (response.statusCode() != 302) {
                throw new AssertionError("the flow stopped at " + at + " with " + response.statusCode() + ": " + response.body());
            }
            URI next = at.resolve(response.headers().firstValue("Location").orElseThrow());
            if (next.getPort() == APP_PORT && !next.getPath().startsWith("/oauth2/") && !next.getPath().startsWith("/login/oauth2/")
                    && !at.getPath().startsWith("/invitations/")) {
                return next;
            }
            at = next;
        }
        throw new AssertionError("too many redirects from " + start);
    }

    private HttpResponse<String> submitSignIn(URI form, String page, String person) throws IOException, InterruptedException {
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"").matcher(page);
        assertThat(csrf.find()).as("the provider's sign-in form has its CSRF token").isTrue();
        String token = csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
        String body = "username=" + encode(person) + "&password=" + encode(TestAuthorizationServer.PASSWORD) + "&_csrf=" + encode(token);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(form).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location").orElse("")).as("signed in at the provider").doesNotContain("error");
        return signedIn;
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        // As a browser asks for a page: the provider sends only such requests to its sign-in form.
        return browser.send(HttpRequest.newBuilder(uri).header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
