package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Instructors sign in with a form (CSRF-protected) and everyone else keeps the free pages. */
@SpringBootTest(properties = {"enchufe.admin.username=profe", "enchufe.admin.password=una clave bien larga"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class InstructorSignInTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @ValueSource(strings = {"/classes", "/classes/1/manage", "/instructors"})
    void instructorPagesSendAnonymousVisitorsToSignIn(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sandbox", "/lessons/bind-y-puertos", "/login"})
    void theCourseTheSandboxAndTheSignInPageNeedNoAccount(String page) throws Exception {
        mvc.perform(get(page)).andExpect(status().isOk());
    }

    @Test
    void theSignInPageSpeaksBothLanguages() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Entrar para dar clase")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Sign in to teach")));
    }

    @Test
    void theFirstInstructorSignsInWithThePasswordFromTheEnvironment() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "profe").param("password", "una clave bien larga"))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("profe").withRoles("INSTRUCTOR"));
    }

    @Test
    void aWrongPasswordIsSaidOnTheSignInPage() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "profe").param("password", "no es esta"))
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(unauthenticated());
    }

    @Test
    void aSignInWithoutTheFormsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "profe").param("password", "una clave bien larga"))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void theMetricsEndpointDoesNotTakeAnInstructorsPassword() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("profe", "una clave bien larga")))
                .andExpect(status().isUnauthorized());
    }
}
