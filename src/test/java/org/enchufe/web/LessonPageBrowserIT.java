package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A new student's journeys through lessons 9 and 13. Lesson 9 (bind() and ports), in a real browser against the real
 * server, in both languages: from the course to the lesson, a first program that dies of
 * EADDRINUSE (its hint appears), a reload that finds the file and the goals met so far, the
 * solution typed and run (each goal ticks), Check, "I'm stuck", the language switch, and the
 * course showing the lesson done. Lesson 13 (echo over TCP and UDP): four files typed and run,
 * each server asleep before its client starts, the goals ticking, Check deciding the one only the
 * end of a run can, and a reload finding the files. Every wait is on the page's state, never on time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LessonPageBrowserIT {

    static final String LESSON = "bind-y-puertos";
    static final List<String> GOALS = List.of("puerto-cero", "muestra-puerto", "eacces", "eaddrinuse", "einval");

    /** Port 0 and its ephemeral port printed, then a second bind() to a port in use, not caught. */
    static final String FIRST_TRY = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            print('puerto', s.getsockname()[1])
            a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            a.bind(('127.0.0.1', 5000))
            b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            b.bind(('127.0.0.1', 5000))""";

    static final String SOLUTION = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            print('puerto', s.getsockname()[1])
            p = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                p.bind(('127.0.0.1', 80))
            except PermissionError as e:
                print('80:', e)
            a = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            a.bind(('127.0.0.1', 5000))
            b = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            try:
                b.bind(('127.0.0.1', 5000))
            except OSError as e:
                print('5000:', e)
            try:
                a.bind(('127.0.0.1', 5001))
            except OSError as e:
                print('dos veces:', e)""";

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser(org.junit.jupiter.api.TestInfo test) throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "lesson-" + test.getDisplayName().replaceAll("[^A-Za-z0-9]+", "-"));
            List<String> violations = HeadlessChromium.contentSecurityViolations(browser);
            browser.quit();
            assertThat(violations).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | bind() y los puertos | bind() and ports | sin empezar | 5 de 5 objetivos cumplidos | cumplido | completada | en
            en | bind() and ports | bind() y los puertos | not started | 5 of 5 goals met | met | done | es
            """)
    void aNewStudentSolvesLessonNineByTypingRunningAndChecking(String language, String title, String otherTitle,
                                                               String notStarted, String allMet, String met, String done,
                                                               String otherLanguage) throws Exception {
        browser = HeadlessChromium.start(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        // The course: lesson 9 under its topic, not started; one click opens it.
        browser.get("http://localhost:" + port + "/");
        WebElement row = browser.findElement(By.cssSelector("[data-testid=course-lesson][data-lesson=" + LESSON + "]"));
        assertThat(row.findElement(By.cssSelector("[data-testid=lesson-progress]")).getText()).isEqualTo(notStarted);
        assertThat(browser.findElement(By.cssSelector("[data-testid=home-sandbox]")).isDisplayed()).isTrue();
        row.findElement(By.cssSelector("[data-testid=lesson-link]")).click();
        wait.until(ExpectedConditions.urlContains("/lessons/" + LESSON));
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-title]")).getText()).isEqualTo(title);
        connected();
        assertThat(editorText()).contains("import socket");

        // A first try that dies of EADDRINUSE: the goals it met tick, the hint for EADDRINUSE appears.
        type(FIRST_TRY);
        run();
        goalMet("puerto-cero");
        goalMet("muestra-puerto");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hint][data-hint=pista-eaddrinuse]")));
        assertThat(status("eaddrinuse")).isNotEqualTo("PASSED");

        // Check fails the goal and says why: its trace rows link to their source line, which the
        // editor then shows marked (the goal's step is not shown yet: the link is clicked as a script would).
        browser.findElement(By.cssSelector("[data-testid=check]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=check]"), "data-checks-done", "1"));
        assertThat(status("eaddrinuse")).isEqualTo("FAILED");
        WebElement rowLink = browser.findElement(By.cssSelector("[data-goal=eaddrinuse] [data-testid=goal-row-line]"));
        assertThat(rowLink.getAttribute("textContent")).contains("puertos.py").contains("8");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].click()", rowLink);
        wait.until(d -> d.findElements(By.cssSelector(".cm-process-line")).stream()
                .anyMatch(l -> l.getText().contains("b.bind(('127.0.0.1', 5000))")));

        // A reload mid-lesson finds the file as typed, the goals met and the hint.
        browser.navigate().refresh();
        connected();
        assertThat(editorText()).isEqualTo(FIRST_TRY);
        assertThat(status("puerto-cero")).isEqualTo("PASSED");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hint][data-hint=pista-eaddrinuse]")));

        // The solution, typed and run: every goal ticks as the program makes it hold.
        type(SOLUTION);
        run();
        for (String goal : GOALS) {
            goalMet(goal);
        }
        // The goals of later steps are met too, though their steps are not shown yet.
        browser.findElement(By.cssSelector("[data-testid=next-step]")).click();
        WebElement eacces = browser.findElement(By.cssSelector("[data-goal=eacces]"));
        wait.until(ExpectedConditions.visibilityOf(eacces));
        assertThat(eacces.findElement(By.cssSelector("[data-testid=goal-state]")).getText()).isEqualTo(met);

        // Check (the first since the reload) runs the saved files from scratch: every goal still holds.
        browser.findElement(By.cssSelector("[data-testid=check]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=check]"), "data-checks-done", "1"));
        for (String goal : GOALS) {
            assertThat(status(goal)).isEqualTo("PASSED");
        }
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-score]")).getText()).isEqualTo(allMet);
        HeadlessChromium.screenshot(browser, "lesson-9-" + language);

        // "I'm stuck" asks for the lesson's hint for those who ask.
        browser.findElement(By.cssSelector("[data-testid=stuck]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hint][data-hint=pista-pedida]")));

        // The language switch: the same lesson, step and progress in the other language.
        browser.findElement(By.cssSelector("[data-testid=lang-switch]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", otherLanguage));
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-title]")).getText()).isEqualTo(otherTitle);
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-step][data-step='2']")).isDisplayed()).isTrue();
        assertThat(status("einval")).isEqualTo("PASSED");
        browser.findElement(By.cssSelector("[data-testid=lang-switch]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));

        // Back on the course, the lesson is done.
        browser.findElement(By.cssSelector("[data-testid=lesson-course]")).click();
        WebElement progress = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "[data-testid=course-lesson][data-lesson=" + LESSON + "] [data-testid=lesson-progress]")));
        assertThat(progress.getText()).isEqualTo(done);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            es | durmiendo en | 11 de 11 objetivos cumplidos | del comprobador
            en | sleeping in | 11 of 11 goals met | the checker's
            """)
    void aStudentSolvesLessonThirteenServersFirstThenTheirClients(String language, String sleeping, String allMet,
                                                                  String checkers)
            throws Exception {
        browser = HeadlessChromium.start(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/lessons/eco-tcp-y-udp");
        connected();
        String[][] order = {
            {"eco_servidor.py", "accept", ECHO_SERVER},
            {"eco_cliente.py", null, ECHO_CLIENT},
            {"eco_udp_servidor.py", "recvfrom", UDP_SERVER},
            {"eco_udp_cliente.py", null, UDP_CLIENT},
        };
        for (String[] file : order) {
            openTab(file[0]);
            type(file[2]);
            run();
            if (file[1] != null) {
                // The client starts only once its server sleeps in accept() or recvfrom(), as the lesson says.
                String waiting = sleeping + " " + file[1] + "()";
                wait.until(d -> d.findElements(By.cssSelector("[data-testid=console]")).stream()
                        .anyMatch(c -> c.getText().contains(file[0]) && c.getText().contains(waiting)));
            }
        }
        for (String goal : List.of("tcp-servidor", "tcp-ida", "tcp-vuelta", "tcp-fin", "tcp-salida")) {
            goalMet(goal);
        }
        // The never goal is decided only when a run ends: Check decides it.
        assertThat(status("tcp-conexion-aparte")).isEqualTo("PENDING");
        browser.findElement(By.cssSelector("[data-testid=check]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=check]"), "data-checks-done", "1"));
        assertThat(status("tcp-conexion-aparte")).isEqualTo("PASSED");
        // The checker's client ran in this sandbox against the running server: it shows, marked as the checker's.
        assertThat(status("tcp-sonda")).isEqualTo("PASSED");
        WebElement probe = wait.until(d -> d.findElements(By.cssSelector("[data-testid=console].checker")).stream()
                .filter(c -> c.getText().contains("probes/eco_sonda.py")).findFirst().orElse(null));
        assertThat(probe.getAttribute("data-checker")).isEqualTo(checkers);
        for (String goal : List.of("udp-servidor", "udp-ida", "udp-vuelta", "udp-salida")) {
            assertThat(status(goal)).isEqualTo("PASSED");
        }
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-score]")).getText()).isEqualTo(allMet);

        // A reload finds every file as typed.
        browser.navigate().refresh();
        connected();
        openTab("eco_udp_servidor.py");
        assertThat(editorText()).isEqualTo(UDP_SERVER);
    }

    static final String ECHO_SERVER = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 7007))
            s.listen(5)
            while True:
                conn, addr = s.accept()
                while True:
                    datos = conn.recv(1024)
                    if not datos:
                        break
                    conn.sendall(datos)
                conn.close()""";

    static final String ECHO_CLIENT = """
            import socket
            c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            c.connect(('127.0.0.1', 7007))
            c.sendall(b'hola, eco')
            print('Eco TCP:', c.recv(1024))
            c.close()""";

    static final String UDP_SERVER = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.bind(('127.0.0.1', 7008))
            while True:
                datos, origen = s.recvfrom(1024)
                s.sendto(datos, origen)""";

    static final String UDP_CLIENT = """
            import socket
            c = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            c.sendto(b'hola, datagrama', ('127.0.0.1', 7008))
            datos, origen = c.recvfrom(1024)
            print('Eco UDP:', datos)
            c.close()""";

    private void openTab(String name) {
        WebElement tab = browser.findElements(By.cssSelector("[data-testid=file-tab]")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow();
        tab.click();
        wait.until(d -> "true".equals(d.findElements(By.cssSelector("[data-testid=file-tab]")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow().getAttribute("aria-selected")));
    }

    private void connected() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=check]")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=run]")));
    }

    private String editorText() {
        return browser.findElement(By.cssSelector("[data-testid=editor] .cm-content")).getText();
    }

    /**
     * Types {@code program} into the editor as a student would, a line at a time: after Enter the
     * editor indents by itself, so that indentation is selected (Shift+Home) and typed over.
     */
    private void type(String program) {
        WebElement editor = browser.findElement(By.cssSelector("[data-testid=editor] .cm-content"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        String[] lines = program.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                editor.sendKeys(Keys.ENTER, Keys.chord(Keys.SHIFT, Keys.HOME));
            }
            editor.sendKeys(lines[i]);
        }
        wait.until(d -> editorText().equals(program));
    }

    private void run() {
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
    }

    private String status(String goal) {
        return browser.findElement(By.cssSelector("[data-goal=" + goal + "]")).getAttribute("data-status");
    }

    private void goalMet(String goal) {
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-goal=" + goal + "]"), "data-status", "PASSED"));
    }
}
