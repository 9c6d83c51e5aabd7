package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The course on the home page and the lesson pages, in both languages; bad addresses are 400/404, never 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LessonPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageListsTheLessonsByTopicInCurriculumOrder() throws Exception {
        String page = mvc.perform(get("/").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("El curso")))
                .andExpect(content().string(containsString("href=\"/lessons/bind-y-puertos\"")))
                .andExpect(content().string(containsString("sin empezar")))
                .andReturn().getResponse().getContentAsString();
        org.assertj.core.api.Assertions.assertThat(page.indexOf("que-es-un-socket"))
                .isLessThan(page.indexOf("bind-y-puertos"));
        org.assertj.core.api.Assertions.assertThat(page.indexOf("bind-y-puertos"))
                .isLessThan(page.indexOf("eco-tcp-y-udp"));
    }

    @Test
    void theLessonsOnKindsOfSocketAreListedUnderTheirTopicInCurriculumOrder() throws Exception {
        String page = mvc.perform(get("/").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int kinds = page.indexOf("data-topic=\"kinds\"");
        int calls = page.indexOf("data-topic=\"calls\"");
        int domains = page.indexOf("href=\"/lessons/dominios\"");
        int streamAndDatagram = page.indexOf("href=\"/lessons/stream-y-datagrama\"");
        int byteOrder = page.indexOf("href=\"/lessons/orden-de-bytes\"");
        org.assertj.core.api.Assertions.assertThat(kinds).isPositive();
        org.assertj.core.api.Assertions.assertThat(java.util.List.of(kinds, domains, streamAndDatagram, byteOrder, calls))
                .isSorted();
        org.assertj.core.api.Assertions.assertThat(page).contains("Communication domains", "Byte order");
    }

    @Test
    void aLessonPageShowsItsTextGoalsAndFilesInSpanish() throws Exception {
        mvc.perform(get("/lessons/bind-y-puertos").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bind() y los puertos")))
                .andExpect(content().string(containsString("Paso 1: El puerto 0: uno efímero")))
                .andExpect(content().string(containsString("data-goal=\"eaddrinuse\"")))
                .andExpect(content().string(containsString("<code>bind()</code>")))
                .andExpect(content().string(containsString("puertos.py")))
                .andExpect(content().string(containsString("/app/lesson-")));
    }

    @Test
    void andInEnglish() throws Exception {
        mvc.perform(get("/lessons/bind-y-puertos").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bind() and ports")))
                .andExpect(content().string(containsString("Step 1: Port 0: an ephemeral one")))
                .andExpect(content().string(containsString("I&#39;m stuck")));
    }

    @Test
    void anUnknownLessonIsAProperNotFoundPageInTheStudentsLanguage() throws Exception {
        mvc.perform(get("/lessons/no-existe").header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Esta página no existe")))
                .andExpect(content().string(not(containsString("/app/lesson-"))));
        mvc.perform(get("/lessons/NOT..valid").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This page does not exist")));
    }

    @Test
    void aStepTheLessonDoesNotHaveIsNotFoundAndAStepThatIsNoNumberIsABadRequest() throws Exception {
        mvc.perform(get("/lessons/bind-y-puertos").param("step", "4")).andExpect(status().isOk());
        mvc.perform(get("/lessons/bind-y-puertos").param("step", "5")).andExpect(status().isNotFound());
        mvc.perform(get("/lessons/bind-y-puertos").param("step", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/lessons/bind-y-puertos").param("step", "dos")).andExpect(status().isBadRequest());
    }
}
