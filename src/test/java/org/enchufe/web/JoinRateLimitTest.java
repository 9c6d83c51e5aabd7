package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.people.Instructors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Join codes cannot be guessed: an address that tried too many wrong codes is refused every code,
 * the right one too, so the answers tell a guesser nothing; right codes cost nothing, so a whole
 * class behind one address joins freely; other addresses are not held up.
 */
@SpringBootTest(properties = {"enchufe.classroom.join.burst=3", "enchufe.classroom.join.per-minute=0"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JoinRateLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Instructors instructors;
    @Autowired
    Classes classes;

    @Test
    void anAddressThatGuessedTooOftenIsRefusedEveryCodeForAWhile() throws Exception {
        instructors.create("profe", "una clave bien larga");
        Classroom redes = classes.create("profe", "Redes").orElseThrow();

        for (int i = 0; i < 10; i++) {
            mvc.perform(get("/join/" + redes.joinCode()).with(from("10.0.0.1"))).andExpect(status().isOk());
        }
        for (String guess : new String[] {"AAAAAAAA", "BBBBBBBB", "not-a-code"}) {
            mvc.perform(get("/join").param("code", guess).with(from("10.0.0.1")));
            mvc.perform(get("/join/" + guess).with(from("10.0.0.1")));
        }

        mvc.perform(get("/join/" + redes.joinCode()).with(from("10.0.0.1")).header("Accept-Language", "en"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().string(containsString("Too many wrong codes")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Redes"))));
        mvc.perform(get("/join/" + redes.joinCode()).with(from("10.0.0.2"))).andExpect(status().isOk());
        assertThat(classes.taughtBy("profe", redes.id())).isPresent();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
