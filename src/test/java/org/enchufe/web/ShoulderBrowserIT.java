package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.enchufe.StompBrowser;
import org.enchufe.StompBrowser.Tab;
import org.enchufe.classroom.live.InMemoryRoster;
import org.enchufe.classroom.live.SignedInForTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Over a student's shoulder in a real browser: from the dashboard the instructor opens a student's
 * work and sees, as the student works (over STOMP, as their lesson page would), the line their
 * program prints appear in a console and the file they saved in the editor — with nothing to run,
 * stop or type into. Waits are on the page's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(SignedInForTests.class)
class ShoulderBrowserIT {

    static final String LESSON = "bind-y-puertos";

    @LocalServerPort
    int port;

    @Autowired
    InMemoryRoster roster;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "shoulder-es");
            List<String> violations = HeadlessChromium.contentSecurityViolations(browser);
            browser.quit();
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void theInstructorSeesTheStudentsConsoleOutputAppearLive() throws Exception {
        roster.klass(1, "ana", LESSON);
        try (StompBrowser student = new StompBrowser(port)) {
            student.get("/lessons/" + LESSON);
            String cookie = student.cookie("enchufe-workspace").orElseThrow();
            roster.join(1, "Luis", cookie.substring(0, cookie.indexOf('.')));
            Tab lesson = student.connect(student.cookies(), null);
            lesson.subscribe("/user/queue/sandbox");
            lesson.subscribe("/user/queue/lesson");
            lesson.send("/app/lesson/hello", Map.of("lesson", LESSON));
            lesson.await("the goals", m -> "goals".equals(m.get("type")));

            browser = HeadlessChromium.start("es");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get("http://localhost:" + port + "/sandbox");
            browser.get("http://localhost:" + port + "/test-login?user=ana&roles=INSTRUCTOR");
            browser.get("http://localhost:" + port + "/classes/1");
            wait.until(b -> b.findElement(By.cssSelector("[data-testid=dashboard-shoulder]"))).click();

            wait.until(b -> b.getCurrentUrl().matches(".*/classes/1/students/[0-9]+$"));
            assertThat(browser.findElement(By.cssSelector("[data-testid=shoulder-note]")).getText()).contains("Luis");
            wait.until(b -> "connected".equals(b.findElement(By.cssSelector("[data-testid=connection]")).getDomAttribute("data-state")));
            // The lesson's file, as the student has it; nothing here runs, resets or types.
            wait.until(b -> !b.findElements(By.cssSelector("[data-testid=file-tab]")).isEmpty()
                    && b.findElement(By.cssSelector("[data-testid=file-tab]")).getText().equals("puertos.py"));
            assertThat(browser.findElement(By.cssSelector("[data-testid=run]")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("[data-testid=reset]")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("#editor .cm-content")).getDomAttribute("contenteditable")).isEqualTo("false");

            assertThat(browser.findElement(By.cssSelector("[data-testid=consoles-empty]")).getText()).startsWith("No tiene ningún programa");

            // The program prints, then waits for a line: its console is live, and here has no input line.
            lesson.send("/app/lesson/run", Map.of("lesson", LESSON, "file", "puertos.py",
                    "source", "print('hola desde Luis')\nnombre = input()\n"));
            wait.until(b -> b.findElement(By.cssSelector("[data-testid=consoles]")).getText().contains("hola desde Luis"));
            assertThat(browser.findElements(By.cssSelector("[data-testid=console-input]"))).noneMatch(e -> e.isDisplayed());
            assertThat(browser.findElements(By.cssSelector("[data-testid=console-kill]"))).noneMatch(e -> e.isDisplayed());

            lesson.send("/app/lesson/save", Map.of("lesson", LESSON, "file", "puertos.py", "source", "# Luis escribe aquí\n"));
            wait.until(b -> b.findElement(By.cssSelector("#editor .cm-content")).getText().contains("# Luis escribe aquí"));
        }
    }
}
