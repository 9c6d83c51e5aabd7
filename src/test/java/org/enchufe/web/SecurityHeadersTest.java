package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** What every page tells the browser about what it may run, frame and send, and what a malformed request gets. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sandbox"})
    void pagesRunOnlyTheServersScriptsAndCannotBeFramed(String page) throws Exception {
        mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void pagesHaveNoInlineScriptThatWouldRun() throws Exception {
        String html = mvc.perform(get("/sandbox")).andReturn().getResponse().getContentAsString()
                + mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        // Every script element either loads a file of ours or is a JSON block (data, never run).
        assertThat(html.split("<script").length - 1).isEqualTo(
                count(html, "<script type=\"module\" src=\"/app/") + count(html, "<script type=\"application/json\""));
        assertThat(html).doesNotContain(" style=\"").doesNotContain(" onclick=");
    }

    @Test
    void fingerprintedAssetsStayCacheable() throws Exception {
        String html = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        String css = html.substring(html.indexOf("/app/theme-"), html.indexOf(".css", html.indexOf("/app/theme-")) + 4);
        mvc.perform(get(css)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080.evil.com", "http://localhost:99999", "http://exa mple.org", "not an origin",
            "http://example.org/path"})
    void aMalformedOriginIsABadRequestNotAServerError(String origin) throws Exception {
        mvc.perform(get("/").header("Origin", origin))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Malformed Origin header\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost", "https://enchufe.example.org:8443", "null", "http://[::1]:8080"})
    void aWellFormedOriginPasses(String origin) throws Exception {
        mvc.perform(get("/").header("Origin", origin)).andExpect(status().isOk());
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
