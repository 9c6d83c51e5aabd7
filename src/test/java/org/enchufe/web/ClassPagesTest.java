package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.enchufe.classroom.ClassRoster;
import org.enchufe.classroom.classes.Classes;
import org.enchufe.classroom.classes.Classroom;
import org.enchufe.classroom.people.Instructors;
import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The class pages over HTTP with security on: instructors manage only their own classes, students
 * join by code and name and come back by their link, forms need their CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClassPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Instructors instructors;
    @Autowired
    Classes classes;
    @Autowired
    ClassRoster roster;
    @Autowired
    WorkspaceIds ids;

    private static final RequestPostProcessor PROFE = user("profe").roles("INSTRUCTOR");
    private static final RequestPostProcessor OTRA = user("otra").roles("INSTRUCTOR");

    private Classroom redes;

    @BeforeEach
    void twoInstructorsOneClass() {
        instructors.create("profe", "una clave bien larga");
        instructors.create("otra", "otra clave bien larga");
        redes = classes.create("profe", "Redes").orElseThrow();
    }

    @Test
    void theDashboardIsHeadedByTheClassesName() throws Exception {
        mvc.perform(get("/classes/" + redes.id()).with(PROFE).header("Accept-Language", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Redes: en directo")));
        mvc.perform(get("/classes/" + redes.id() + "/projector").with(PROFE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Redes: live")));
    }

    @Test
    void anInstructorCreatesAClassAndSeesItsCode() throws Exception {
        MvcResult made = mvc.perform(post("/classes").with(PROFE).with(csrf()).param("name", "Redes de tarde"))
                .andExpect(status().is3xxRedirection()).andReturn();
        String manage = made.getResponse().getRedirectedUrl();
        assertThat(manage).matches("/classes/\\d+/manage");
        long id = Long.parseLong(manage.split("/")[2]);
        Classroom made2 = classes.taughtBy("profe", id).orElseThrow();

        mvc.perform(get(manage).with(PROFE).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Redes de tarde")))
                .andExpect(content().string(containsString(made2.displayedCode())))
                .andExpect(content().string(containsString("/join/" + made2.displayedCode())));
        mvc.perform(get("/classes").with(PROFE).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Redes de tarde")))
                .andExpect(content().string(containsString("href=\"/classes/" + id + "\"")));
    }

    @Test
    void anotherInstructorsClassIsNotFoundAndStaysAsItWas() throws Exception {
        mvc.perform(get("/classes/" + redes.id() + "/manage").with(OTRA)).andExpect(status().isNotFound());
        mvc.perform(post("/classes/" + redes.id() + "/delete").with(OTRA).with(csrf()).param("sure", "true"))
                .andExpect(redirectedUrl("/classes"));
        mvc.perform(post("/classes/" + redes.id() + "/lessons").with(OTRA).with(csrf()).param("lesson", "bind-y-puertos"));

        assertThat(classes.taughtBy("profe", redes.id())).isPresent();
        assertThat(roster.openLessons(redes.id())).isEmpty();
        mvc.perform(get("/classes").with(OTRA)).andExpect(content().string(not(containsString("Redes"))));
    }

    @Test
    void studentsAndAnonymousVisitorsCannotReachInstructorPages() throws Exception {
        Cookie student = joined("Ana").cookie();
        mvc.perform(get("/classes/" + redes.id() + "/manage").cookie(student)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/classes").cookie(student)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/classes/" + redes.id() + "/delete").cookie(student).with(csrf()).param("sure", "true"))
                .andExpect(redirectedUrl("/login"));
        // Signed in, but not as an instructor (the metrics user): forbidden.
        mvc.perform(get("/classes").with(user("prometheus").roles("METRICS"))).andExpect(status().isForbidden());
        assertThat(classes.taughtBy("profe", redes.id())).isPresent();
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/classes/" + redes.id() + "/delete").with(PROFE).param("sure", "true")).andExpect(status().isForbidden());
        mvc.perform(post("/join/" + redes.joinCode()).param("name", "Ana")).andExpect(status().isForbidden());
        assertThat(classes.taughtBy("profe", redes.id())).isPresent();
        assertThat(roster.members(redes.id())).isEmpty();
    }

    @Test
    void theInstructorOpensLessonsAndTheStudentSeesThemMarked() throws Exception {
        mvc.perform(post("/classes/" + redes.id() + "/lessons").with(PROFE).with(csrf())
                        .param("lesson", "bind-y-puertos").param("lesson", "que-es-un-socket"))
                .andExpect(redirectedUrl("/classes/" + redes.id() + "/manage"));
        Student ana = joined("Ana");

        mvc.perform(get("/class").cookie(ana.cookie()).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Redes")))
                .andExpect(content().string(containsString("Estás como Ana.")))
                .andExpect(content().string(containsString("data-lesson=\"que-es-un-socket\"")))
                .andExpect(content().string(containsString("data-lesson=\"bind-y-puertos\"")))
                .andExpect(content().string(not(containsString("data-lesson=\"fallos-de-connect\""))));
        String home = mvc.perform(get("/").cookie(ana.cookie())).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("data-testid=\"home-my-class\"").contains("data-testid=\"nav-my-class\"");
        assertThat(home.split("data-testid=\"open-in-class\"", -1)).hasSize(3);
        // Everyone else's course is as it was.
        String free = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(free).doesNotContain("open-in-class").doesNotContain("nav-my-class").doesNotContain("home-my-class").contains("data-lesson=\"fallos-de-connect\"");
    }

    @Test
    void aStudentJoinsByCodeAndIsOnTheRoster() throws Exception {
        mvc.perform(get("/join").param("code", redes.displayedCode().toLowerCase()))
                .andExpect(redirectedUrl("/join/" + redes.joinCode()));
        mvc.perform(get("/join/" + redes.joinCode()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Join Redes")));
        Student ana = joined("Ana");

        assertThat(roster.members(redes.id())).extracting(ClassRoster.Member::workspace).containsExactly(ana.workspace());
        mvc.perform(get("/classes/" + redes.id() + "/manage").with(PROFE)).andExpect(content().string(containsString(">Ana<")));
    }

    @Test
    void aStudentOfAnotherClassIsToldJoiningThisOneStartsANewWorkspace() throws Exception {
        Student ana = joined("Ana");
        Classroom other = classes.create("otra", "Sistemas").orElseThrow();

        mvc.perform(get("/join/" + other.joinCode()).cookie(ana.cookie()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This browser is already in the class &quot;Redes&quot;")));
        MvcResult joined = mvc.perform(post("/join/" + other.joinCode()).cookie(ana.cookie()).with(csrf()).param("name", "Ana"))
                .andExpect(redirectedUrl("/class")).andReturn();

        String cookies = String.join("\n", joined.getResponse().getHeaders("Set-Cookie"));
        assertThat(cookies).contains(WorkspaceCookie.NAME + "=").doesNotContain(ids.cookieValue(ana.workspace()));
        assertThat(roster.classOf(ana.workspace())).contains(redes.id());
        assertThat(roster.members(other.id())).hasSize(1);
        mvc.perform(get("/join/" + redes.joinCode()).cookie(ana.cookie())).andExpect(redirectedUrl("/class"));
    }

    @Test
    void aTakenNameOrAClosedClassIsSaidPlainly() throws Exception {
        joined("María");
        mvc.perform(post("/join/" + redes.joinCode()).with(csrf()).param("name", "maria").header("Accept-Language", "es"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Alguien de esta clase ya se llama así")));

        classes.joining("profe", redes.id(), false);
        mvc.perform(get("/join/" + redes.joinCode()).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("The class &quot;Redes&quot; is not taking new students")));
        mvc.perform(get("/join/ZZZZZZZZ").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("No class has that code")));
    }

    @Test
    void theReturnLinkBringsTheWorkspaceToAnotherBrowser() throws Exception {
        Student ana = joined("Ana");

        MvcResult back = mvc.perform(get("/return/" + ana.returnToken())).andExpect(redirectedUrl("/class")).andReturn();
        String cookies = String.join("\n", back.getResponse().getHeaders("Set-Cookie"));
        assertThat(cookies).contains(WorkspaceCookie.NAME + "=" + ids.cookieValue(ana.workspace()));
    }

    @Test
    void aRemovedStudentsReturnLinkSaysItNoLongerWorks() throws Exception {
        Student ana = joined("Ana");
        long id = roster.members(redes.id()).getFirst().studentId();

        mvc.perform(post("/classes/" + redes.id() + "/students/" + id + "/remove").with(PROFE).with(csrf()));

        mvc.perform(get("/return/" + ana.returnToken()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This return link no longer works")));
        mvc.perform(get("/class").cookie(ana.cookie()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("You are not in a class")));
    }

    @Test
    void deletingNeedsTheBoxTicked() throws Exception {
        mvc.perform(post("/classes/" + redes.id() + "/delete").with(PROFE).with(csrf()));
        assertThat(classes.taughtBy("profe", redes.id())).isPresent();

        mvc.perform(post("/classes/" + redes.id() + "/delete").with(PROFE).with(csrf()).param("sure", "true"))
                .andExpect(redirectedUrl("/classes"));
        assertThat(classes.taughtBy("profe", redes.id())).isEmpty();
    }

    /** A student who joined: their browser's cookie, their workspace and their return link's token. */
    record Student(Cookie cookie, String workspace, String returnToken) {
    }

    /** A new browser opens the join page (getting its workspace) and joins as {@code name}. */
    private Student joined(String name) throws Exception {
        MvcResult page = mvc.perform(get("/join/" + redes.joinCode())).andReturn();
        Cookie cookie = page.getResponse().getCookie(WorkspaceCookie.NAME);
        MockHttpSession session = new MockHttpSession();
        MvcResult joined = mvc.perform(post("/join/" + redes.joinCode()).cookie(cookie).session(session).with(csrf()).param("name", name))
                .andExpect(redirectedUrl("/class")).andReturn();
        String token = (String) joined.getFlashMap().get("returnToken");
        return new Student(cookie, ids.verify(cookie.getValue()).orElseThrow(), token);
    }

}
