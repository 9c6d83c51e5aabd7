package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HomePageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void speaksSpanishToASpanishBrowser() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "es-ES,es;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("Abrir un socket")))
                .andExpect(content().string(containsString("s.bind((&#39;127.0.0.1&#39;, 0))")));
    }

    @Test
    void speaksEnglishToAnEnglishBrowser() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(content().string(containsString("Open a socket")));
    }

    @Test
    void remembersTheLanguageThePersonPicks() throws Exception {
        mvc.perform(get("/").param("lang", "en").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Open a socket")))
                .andExpect(cookie().value("enchufe-lang", "en"));
    }

    @Test
    void aLanguageEnchufeDoesNotSpeakFallsBackToSpanish() throws Exception {
        mvc.perform(get("/").param("lang", "fr"))
                .andExpect(content().string(containsString("<html lang=\"es\"")));
    }

    @Test
    void givesScriptsTheirTextsAsJsonThatCannotCloseTheScriptElement() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("\"status.connecting\":\"Connecting to the server…\"")))
                .andExpect(content().string(not(containsString("</script></script>"))));
    }

    @Test
    void linksFingerprintedAssets() throws Exception {
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("/app/theme-")))
                .andExpect(content().string(containsString("/app/home-")));
    }
}
