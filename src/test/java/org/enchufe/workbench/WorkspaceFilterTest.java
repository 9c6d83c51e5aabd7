package org.enchufe.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which workspace a page gets: the one its cookie proves; a new, signed one for no cookie or a
 * cookie the server did not sign; an id from before signing, signed once. New workspaces per
 * address are limited (small here, so the test reaches the limit).
 */
@SpringBootTest(properties = {"enchufe.workspace.creation.burst=3", "enchufe.workspace.creation.per-minute=0"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WorkspaceFilterTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceIds ids;

    @Autowired
    Drafts drafts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewBrowserGetsASignedHttpOnlyCookieSecureOnlyOverHttps() throws Exception {
        String plain = page(get("/sandbox"), "10.0.0.1").getHeader("Set-Cookie");
        String secure = page(get("/sandbox").secure(true), "10.0.0.1").getHeader("Set-Cookie");

        assertThat(ids.verify(value(plain))).isPresent();
        assertThat(plain).contains("HttpOnly", "SameSite=Lax", "Max-Age=31536000").doesNotContain("Secure");
        assertThat(secure).contains("Secure", "HttpOnly");
    }

    @Test
    void aSignedCookieKeepsItsWorkspace() throws Exception {
        WorkspaceIds.Minted mine = ids.mint();
        drafts.save(mine.id(), "mio.py", "print('mío')");

        MockHttpServletResponse response = page(get("/sandbox").cookie(new Cookie(WorkspaceCookie.NAME, mine.cookieValue())), "10.0.0.2");

        assertThat(response.getHeader("Set-Cookie")).isNull();
        assertThat(response.getContentAsString()).contains("mio.py");
    }

    @Test
    void anInventedOrForgedCookieGetsAFreshWorkspaceAndNothingOfTheOneItNames() throws Exception {
        WorkspaceIds.Minted victim = ids.mint();
        drafts.save(victim.id(), "secreto.py", "print('secreto')");
        String[] forgeries = {victim.id(), victim.id() + ".AAAAAAAAAAAAAAAAAAAAAA", victim.id() + ".", "x"};
        for (int i = 0; i < forgeries.length; i++) {
            MockHttpServletResponse response = page(get("/sandbox").cookie(new Cookie(WorkspaceCookie.NAME, forgeries[i])),
                    "10.0.1." + i);

            String fresh = ids.verify(value(response.getHeader("Set-Cookie"))).orElseThrow();
            assertThat(fresh).isNotEqualTo(victim.id());
            assertThat(response.getContentAsString()).doesNotContain("secreto");
        }
    }

    @Test
    void aWorkspaceFromBeforeSigningIsSignedOnceAndKeepsItsFiles() throws Exception {
        String legacy = "LegacyLegacyLegacy0001";
        // A mark no page text holds (the bundles say "decide antes", so "de antes" would not do).
        drafts.save(legacy, "viejo.py", "print('marca-vieja-0001')");
        jdbc.sql("INSERT INTO legacy_workspace (workspace) VALUES (?)").param(legacy).update();

        MockHttpServletResponse first = page(get("/sandbox").cookie(new Cookie(WorkspaceCookie.NAME, legacy)), "10.0.0.4");
        MockHttpServletResponse again = page(get("/sandbox").cookie(new Cookie(WorkspaceCookie.NAME, legacy)), "10.0.0.4");

        assertThat(value(first.getHeader("Set-Cookie"))).isEqualTo(ids.cookieValue(legacy));
        assertThat(first.getContentAsString()).contains("marca-vieja-0001");
        assertThat(ids.verify(value(again.getHeader("Set-Cookie")))).get().isNotEqualTo(legacy);
        assertThat(again.getContentAsString()).doesNotContain("marca-vieja-0001");
    }

    @Test
    void anAddressMakingTooManyNewWorkspacesIsToldToWaitInItsLanguage() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(page(get("/sandbox"), "10.0.0.5").getStatus()).isEqualTo(200);
        }

        MockHttpServletResponse refused = page(get("/sandbox").header("Accept-Language", "es"), "10.0.0.5");
        MockHttpServletResponse english = page(get("/sandbox").header("Accept-Language", "en"), "10.0.0.5");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(refused.getContentAsString()).contains("espacios de trabajo nuevos", "60 s");
        assertThat(english.getContentAsString()).contains("new workspaces");
        assertThat(refused.getHeader("Set-Cookie")).isNull();
        WorkspaceIds.Minted known = ids.mint();
        assertThat(page(get("/sandbox").cookie(new Cookie(WorkspaceCookie.NAME, known.cookieValue())), "10.0.0.5").getStatus())
                .as("a browser that already has its workspace is not limited").isEqualTo(200);
        assertThat(page(get("/sandbox"), "10.0.0.6").getStatus()).as("another address").isEqualTo(200);
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request, String address) throws Exception {
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }

    private static String value(String setCookie) {
        assertThat(setCookie).startsWith(WorkspaceCookie.NAME + "=");
        return setCookie.substring(WorkspaceCookie.NAME.length() + 1, setCookie.indexOf(';'));
    }
}
