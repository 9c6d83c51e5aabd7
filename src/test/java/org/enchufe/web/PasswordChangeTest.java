package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;

import org.enchufe.classroom.people.Instructors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** An instructor changes their password at /instructors/password, typing the current one first. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PasswordChangeTest {

    private static final String OLD = "la clave de siempre";
    private static final String NEW = "otra clave más larga";
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    Instructors instructors;

    private String account() {
        String name = "docente" + ACCOUNTS.incrementAndGet();
        instructors.create(name, OLD);
        return name;
    }

    private MockHttpServletRequestBuilder change(String name, String current, String password, String again) {
        return post("/instructors/password").with(csrf()).with(user(name).roles(Instructors.ROLE))
                .param("current", current).param("password", password).param("again", again);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/instructors/password")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theNewPasswordSignsInAndTheOldOneNoLonger() throws Exception {
        String name = account();
        mvc.perform(change(name, OLD, NEW, NEW))
                .andExpect(redirectedUrl("/instructors/password"))
                .andExpect(flash().attribute("changed", true));

        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", NEW))
                .andExpect(authenticated().withUsername(name));
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", OLD))
                .andExpect(unauthenticated());
    }

    @Test
    void aWrongCurrentPasswordChangesNothingAndIsSaidInBothLanguages() throws Exception {
        String name = account();
        mvc.perform(change(name, "no es la mía", NEW, NEW).header("Accept-Language", "es"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La contraseña actual no es esa.")));
        mvc.perform(change(name, "no es la mía", NEW, NEW).header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("That is not your current password.")));

        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", OLD))
                .andExpect(authenticated().withUsername(name));
    }

    @Test
    void theNewPasswordMustBeTypedTwiceAlikeLongEnoughAndNew() throws Exception {
        String name = account();
        mvc.perform(change(name, OLD, NEW, NEW + "x").header("Accept-Language", "en"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("The two passwords differ.")));
        mvc.perform(change(name, OLD, "corta", "corta").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("La contraseña necesita al menos 10 caracteres.")));
        mvc.perform(change(name, OLD, OLD, OLD).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("The new password is the same as the current one")));

        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", OLD))
                .andExpect(authenticated().withUsername(name));
    }

    @Test
    void anAccountOfSingleSignOnHasNoPasswordHereToChange() throws Exception {
        String name = instructors.createSso("sso.docente@uni.example", "https://idp.example", "subject-1").username();
        mvc.perform(get("/instructors/password").with(user(name).roles(Instructors.ROLE)).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("your password is changed there, not in Enchufe")))
                .andExpect(content().string(not(containsString("data-testid=\"password-form\""))));
        mvc.perform(change(name, "", NEW, NEW)).andExpect(status().isUnprocessableContent());
    }

    @Test
    void guessingTheCurrentPasswordIsLimitedPerAccount() throws Exception {
        String name = account();
        for (int i = 0; i < PasswordController.WRONG_CURRENT.burst(); i++) {
            mvc.perform(change(name, "intento " + i, NEW, NEW)).andExpect(status().isUnprocessableContent());
        }
        mvc.perform(change(name, OLD, NEW, NEW).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many tries with a wrong current password")));
        mvc.perform(post("/login").with(csrf()).param("username", name).param("password", OLD))
                .andExpect(authenticated().withUsername(name));

        String other = account();
        mvc.perform(change(other, OLD, NEW, NEW)).andExpect(redirectedUrl("/instructors/password"));
    }

    @Test
    void aChangeWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        String name = account();
        mvc.perform(post("/instructors/password").with(user(name).roles(Instructors.ROLE))
                        .param("current", OLD).param("password", NEW).param("again", NEW))
                .andExpect(status().isForbidden());
    }

    @Test
    void theNavigationOffersThePageToInstructorsOnly() throws Exception {
        String name = account();
        mvc.perform(get("/classes").with(user(name).roles(Instructors.ROLE)).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("data-testid=\"nav-password\"")));
        mvc.perform(get("/sandbox")).andExpect(content().string(not(containsString("data-testid=\"nav-password\""))));
    }
}
