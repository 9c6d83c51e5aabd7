package org.enchufe.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Instructors' passwords cannot be guessed at speed: an address that failed too often is refused before any check. */
@SpringBootTest(properties = {"enchufe.admin.username=profe", "enchufe.admin.password=una clave bien larga",
        "enchufe.classroom.sign-in.burst=2", "enchufe.classroom.sign-in.per-minute=0"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInRateLimitTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anAddressThatFailedTooOftenIsRefusedEvenTheRightPassword() throws Exception {
        mvc.perform(signIn("10.0.0.1", "una clave bien larga")).andExpect(authenticated());
        mvc.perform(signIn("10.0.0.1", "adivina-uno")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn("10.0.0.1", "adivina-dos")).andExpect(redirectedUrl("/login?error"));

        mvc.perform(signIn("10.0.0.1", "una clave bien larga").header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many sign-ins with a wrong password")))
                .andExpect(unauthenticated());
        mvc.perform(signIn("10.0.0.2", "una clave bien larga")).andExpect(authenticated());
    }

    private static MockHttpServletRequestBuilder signIn(String address, String password) {
        return post("/login").with(csrf()).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }).param("username", "profe").param("password", password);
    }
}
