package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The course map in both languages, and a slide page leading to its lesson; bad pages are 404, never 500. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CourseMapPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theMapListsEveryPageWithTheLessonsThatTeachIt() throws Exception {
        mvc.perform(get("/course").header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Las transparencias y sus lecciones")))
                .andExpect(content().string(containsString("id=\"page-50\"")))
                .andExpect(content().string(containsString("Asignar una dirección: bind()")))
                .andExpect(content().string(containsString("href=\"/lessons/bind-y-puertos\"")))
                .andExpect(content().string(containsString("Ningún ejercicio para esta página")));
        mvc.perform(get("/course").header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The slides and their lessons")))
                .andExpect(content().string(containsString("Giving it an address: bind()")));
    }

    @Test
    void aSlidePageLeadsToItsLessonOrToItsRowOnTheMap() throws Exception {
        mvc.perform(get("/slides/22")).andExpect(redirectedUrl("/lessons/bind-y-puertos"));
        mvc.perform(get("/slides").param("page", " 39 ")).andExpect(redirectedUrl("/lessons/orden-de-bytes"));
        mvc.perform(get("/slides/1")).andExpect(redirectedUrl("/course#page-1"));
    }

    @Test
    void aPageTheDeckDoesNotHaveIsNotFoundInTheStudentsLanguage() throws Exception {
        for (String page : new String[] {"0", "51", "999999", "dos", "-3", "1e3"}) {
            mvc.perform(get("/slides/" + page).header("Accept-Language", "es")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/slides").param("page", "x").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This page does not exist")));
    }
}
