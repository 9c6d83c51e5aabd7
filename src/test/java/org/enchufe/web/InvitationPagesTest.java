package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.enchufe.classroom.people.Instructors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** An instructor invites another by a link that works once; the invitee chooses a username and a password. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InvitationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Instructors instructors;

    @Test
    void anInvitationLinkMakesOneAccountAndThenSaysItIsUsed() throws Exception {
        instructors.create("profe", "una clave bien larga");
        String link = (String) mvc.perform(post("/instructors/invitations").with(user("profe").roles("INSTRUCTOR")).with(csrf())
                        .param("note", "para Luis"))
                .andExpect(redirectedUrl("/instructors")).andReturn().getFlashMap().get("invitationLink");
        assertThat(link).matches("http://localhost/invitations/[A-Za-z0-9_-]{32}");
        String page = link.substring("http://localhost".length());
        mvc.perform(get("/instructors").with(user("profe").roles("INSTRUCTOR"))).andExpect(content().string(containsString("para Luis")));

        mvc.perform(get(page).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("You are invited to teach")));
        mvc.perform(post(page).with(csrf()).param("username", "luis").param("password", "una clave bien larga")
                        .param("again", "otra clave distinta").header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("The two passwords differ")));
        mvc.perform(post(page).with(csrf()).param("username", "luis").param("password", "corta").param("again", "corta")
                        .header("Accept-Language", "es"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("al menos 10 caracteres")));
        assertThat(instructors.byUsername("luis")).isEmpty();

        mvc.perform(post(page).with(csrf()).param("username", "Luis").param("password", "la clave de luis")
                .param("again", "la clave de luis")).andExpect(redirectedUrl("/login?invited"));
        mvc.perform(post("/login").with(csrf()).param("username", "luis").param("password", "la clave de luis"))
                .andExpect(authenticated().withUsername("luis").withRoles("INSTRUCTOR"));

        mvc.perform(get(page).header("Accept-Language", "en")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("has been used or has expired")));
        mvc.perform(post(page).with(csrf()).param("username", "otro").param("password", "la clave de otro")
                .param("again", "la clave de otro")).andExpect(status().isNotFound());
        assertThat(instructors.byUsername("otro")).isEmpty();
    }

    @Test
    void aLinkNobodyMadeOpensNothing() throws Exception {
        mvc.perform(get("/invitations/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).andExpect(status().isNotFound());
        mvc.perform(get("/invitations/../classes")).andExpect(status().is4xxClientError());
    }
}
