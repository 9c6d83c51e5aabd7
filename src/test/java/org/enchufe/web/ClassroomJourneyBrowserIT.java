package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 20's journey, every person in a browser of their own (own profile, own cookies), nothing
 * mocked: the instructor (Spanish) signs in, creates a class and opens lesson 9; three students —
 * Ana and Carla in Spanish, Ben in English — join by its code with their names and open the lesson.
 * Each runs a first program: the dashboard's cell for step 1 turns done by itself, and how long
 * after the student's page ticked is measured. Ben's wrong program fails Check three times (the
 * repeated-failure badge), Carla raises her hand (the hand's badge, her row on top). A message to
 * the class reaches all three pages. The report's funnel and the CSV downloads say what happened:
 * each student's goals, attempts, failures and scores. No page broke the Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"enchufe.admin.username=profesora", "enchufe.admin.password=una clave bien larga"})
@ActiveProfiles("test")
class ClassroomJourneyBrowserIT {

    static final String LESSON = "bind-y-puertos";
    static final String STEP_ONE = LESSON + "/0";
    static final List<String> STEP_ONE_GOALS = List.of("puerto-cero", "muestra-puerto");
    static final List<String> LATER_GOALS = List.of("eacces", "eaddrinuse", "einval");

    /** Step 1 of the lesson and no more: port 0, and the ephemeral port printed. */
    static final String STEP_ONE_PROGRAM = """
            import socket
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(('127.0.0.1', 0))
            print('puerto', s.getsockname()[1])""";

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

    static final String NOTE = "Mirad el errno en la traza: ¿quién tiene ya el puerto?";

    @LocalServerPort
    int port;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() throws Exception {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            HeadlessChromium.screenshot(browsers.get(i), "classroom-journey-" + i);
            violations.addAll(HeadlessChromium.contentSecurityViolations(browsers.get(i)));
            browsers.get(i).quit();
        }
        // Every page of the four browsers ran under the Content-Security-Policy: nothing of ours was blocked.
        assertThat(violations).isEmpty();
    }

    @Test
    void anInstructorTeachesThreeStudentsLiveAndTakesTheMarksHome() throws Exception {
        // The instructor opens a class with lesson 9, and its dashboard.
        ChromeDriver instructor = browser("es");
        instructor.get(url("/login"));
        instructor.findElement(By.cssSelector("[data-testid=login-username]")).sendKeys("profesora");
        instructor.findElement(By.cssSelector("[data-testid=login-password]")).sendKeys("una clave bien larga");
        instructor.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        waitFor(instructor).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=nav-classes]"))).click();
        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=new-class-name]")))
                .sendKeys("Redes, grupo de mañana");
        instructor.findElement(By.cssSelector("[data-testid=new-class-create]")).click();
        String joinCode = waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=join-code]"))).getText();
        instructor.findElement(By.cssSelector("[data-testid=lesson-" + LESSON + "]")).click();
        instructor.findElement(By.cssSelector("[data-testid=save-lessons]")).click();
        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]")));
        String dashboard = instructor.findElement(By.cssSelector("[data-testid=manage-dashboard]")).getDomAttribute("href");
        instructor.get(url(dashboard));
        waitFor(instructor).until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=connection]"), "data-state", "connected"));

        // Three students join by the code, each in a browser of their own, and open the lesson.
        Student ana = join("es", joinCode, "Ana Martín");
        Student ben = join("en", joinCode, "Ben Carter");
        Student carla = join("es", joinCode, "Carla Núñez");
        List<Student> students = List.of(ana, ben, carla);
        waitFor(instructor).until(b -> rowNames(b).size() == 3);
        assertThat(rowNames(instructor)).containsExactlyInAnyOrder("Ana Martín", "Ben Carter", "Carla Núñez");
        // Each has the lesson open at step 1: working on it, not done.
        for (Student s : students) {
            waitFor(instructor).until(b -> "working".equals(cellState(b, s.name(), STEP_ONE)));
        }

        // Each runs a program that meets step 1's goals; the dashboard, never reloaded, shows it.
        // The two moments are taken in the two browsers themselves (one machine, one clock) by
        // observers of their pages, so the figure is not WebDriver's polling (runs here: 10–284 ms).
        // Not asserted against the second: four Chromiums and the server on a loaded
        // two-core CI machine would fail it for reasons not the product's; nor is their order,
        // which is not guaranteed (the dashboard's 300 ms tick may fall between the verdict stored
        // and the student's page told it: -18 ms was seen). Asserted: the cell changes by itself,
        // after the student's Run; the latency is printed. The claim at scale is measured by the
        // benchmark in docs/performance.md.
        Map<String, Long> latency = new HashMap<>();
        for (Student s : students) {
            s.type(STEP_ONE_PROGRAM);
            watchCell(instructor, s.name(), STEP_ONE);
            s.watchGoals(STEP_ONE_GOALS);
            long ran = s.run();
            STEP_ONE_GOALS.forEach(s::goalMet);
            long ticked = s.goalsTickedAt();
            long shown = waitFor(instructor).until(b -> cellChangedAt(b, s.name()));
            assertThat(ticked).isGreaterThanOrEqualTo(ran);
            assertThat(shown).isGreaterThanOrEqualTo(ran);
            assertThat(cellState(instructor, s.name(), STEP_ONE)).isEqualTo("done");
            latency.put(s.name(), shown - ticked);
        }
        System.out.println("[classroom journey] goal ticked on the student's page → dashboard cell done, ms: " + latency);

        // Ana goes on to the lesson's solution: every goal met, every step of her row done.
        ana.type(SOLUTION);
        ana.run();
        LATER_GOALS.forEach(ana::goalMet);
        waitFor(instructor).until(b -> rowOf(b, ana.name()).cells().values().stream().allMatch("done"::equals));

        // Ben checks his step-1 program three times: the later goals fail three times in a row, a stuck badge.
        for (int check = 1; check <= 3; check++) {
            ben.check(check);
            LATER_GOALS.forEach(g -> assertThat(ben.status(g)).isEqualTo("FAILED"));
        }
        waitFor(instructor).until(b -> rowOf(b, ben.name()).badges().contains("repeated-failure"));

        // Carla raises her hand: its badge, and her row above everyone's.
        carla.browser().findElement(By.cssSelector("[data-testid=hand]")).click();
        waitFor(carla.browser()).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=hand-status]")));
        waitFor(instructor).until(b -> rowOf(b, carla.name()).badges().contains("raised-hand"));
        waitFor(instructor).until(b -> rowNames(b).equals(List.of("Carla Núñez", "Ben Carter", "Ana Martín")));
        HeadlessChromium.screenshot(instructor, "classroom-journey-dashboard-es");

        // A message to the whole class reaches every student's lesson page.
        instructor.findElement(By.cssSelector("[data-testid=note-class]")).click();
        instructor.findElement(By.cssSelector("[data-testid=note-text]")).sendKeys(NOTE);
        instructor.findElement(By.cssSelector("[data-testid=note-send]")).click();
        assertThat(waitFor(instructor).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=note-sent]"), "3"))).isTrue();
        for (Student s : students) {
            WebElement note = waitFor(s.browser()).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=instructor-note]")));
            assertThat(note.getText()).endsWith(NOTE)
                    .startsWith(s.language().equals("en") ? "From your instructor:" : "Mensaje de tu profesor:");
        }

        // After class: the report's funnel — who passed each goal — and its steps finished.
        instructor.get(url(dashboard + "/report"));
        Map<String, String> passedBy = new HashMap<>();
        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=report-lesson]")))
                .findElements(By.cssSelector("[data-testid=report-goal]"))
                .forEach(g -> passedBy.put(g.getDomAttribute("data-goal"), g.getDomAttribute("data-passed")));
        assertThat(passedBy).containsExactlyInAnyOrderEntriesOf(Map.of(
                "puerto-cero", "3", "muestra-puerto", "3", "eacces", "1", "eaddrinuse", "1", "einval", "1"));
        assertThat(instructor.findElements(By.cssSelector("[data-testid=report-step] td:first-of-type")))
                .extracting(WebElement::getText).containsExactly("3 / 3", "1 / 3", "1 / 3", "1 / 3");

        // The downloads it links to (fetched with the instructor's sign-in) say what happened.
        String progressCsv = instructor.findElement(By.cssSelector("[data-testid=download-progress]")).getDomAttribute("href");
        String scoresCsv = instructor.findElement(By.cssSelector("[data-testid=download-scores]")).getDomAttribute("href");
        String moodleCsv = instructor.findElement(By.cssSelector("[data-testid=download-moodle]")).getDomAttribute("href");
        Map<String, List<String>> progress = new HashMap<>();
        List<List<String>> progressRows = csv(download(instructor, progressCsv));
        assertThat(progressRows.getFirst()).containsExactly("Estudiante", "Nº lección", "Lección", "Paso", "Objetivo", "Estado",
                "Intentos", "Fallos", "Visto por primera vez (UTC)", "Cumplido (UTC)");
        for (List<String> row : progressRows.subList(1, progressRows.size())) {
            assertThat(row.subList(1, 3)).containsExactly("9", "bind() y los puertos");
            // Status, attempts, failures; and a time of passing exactly when passed.
            progress.put(row.get(0) + " " + row.get(4), List.of(row.get(5), row.get(6), row.get(7)));
            assertThat(row.get(9).isEmpty()).isEqualTo(!row.get(5).equals("cumplido"));
        }
        assertThat(progressRows).hasSize(1 + 3 * 5);
        // Ana: every goal passed in her runs, each verdict stored once.
        for (String goal : concat(STEP_ONE_GOALS, LATER_GOALS)) {
            assertThat(progress.get("Ana Martín " + goal)).containsExactly("cumplido", "1", "0");
        }
        // Ben: step 1 passed by his run and by each of three Checks; the others failed by each Check.
        for (String goal : STEP_ONE_GOALS) {
            assertThat(progress.get("Ben Carter " + goal)).containsExactly("cumplido", "4", "0");
        }
        for (String goal : LATER_GOALS) {
            assertThat(progress.get("Ben Carter " + goal)).containsExactly("fallando", "3", "3");
        }
        // Carla: step 1 passed by her run; she has not reached the later steps.
        for (String goal : STEP_ONE_GOALS) {
            assertThat(progress.get("Carla Núñez " + goal)).containsExactly("cumplido", "1", "0");
        }
        for (String goal : LATER_GOALS) {
            assertThat(progress.get("Carla Núñez " + goal)).containsExactly("sin empezar", "0", "0");
        }

        // Scores: step 1's two goals weigh 1 each, the later three 2 each.
        assertThat(csv(download(instructor, scoresCsv))).containsExactly(
                List.of("Estudiante", "9. bind() y los puertos", "Total"),
                List.of("Ana Martín", "100", "100"),
                List.of("Ben Carter", "25", "25"),
                List.of("Carla Núñez", "25", "25"));
        assertThat(csv(download(instructor, moodleCsv))).containsExactly(
                List.of("Username", "Enchufe 9: bind() y los puertos", "Enchufe: total"),
                List.of("Ana Martín", "100", "100"),
                List.of("Ben Carter", "25", "25"),
                List.of("Carla Núñez", "25", "25"));
    }

    // ------------------------------------------------------------------ the students

    /** A student's browser on the lesson page. */
    record Student(String name, String language, ChromeDriver browser) {

        void connected() {
            waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=check]")));
            waitFor(browser).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=run]")));
        }

        /** Types {@code program} a line at a time, typing over the editor's own indentation after Enter. */
        void type(String program) {
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
            waitFor(browser).until(d -> editor.getText().equals(program));
        }

        /** Clicks Run; answers the moment of the click by the page's clock. */
        long run() {
            long at = (Long) browser.executeScript("return Date.now()");
            browser.findElement(By.cssSelector("[data-testid=run]")).click();
            return at;
        }

        /** Clicks Check and waits until the page has seen the {@code nth} Check end. */
        void check(int nth) {
            browser.findElement(By.cssSelector("[data-testid=check]")).click();
            waitFor(browser).until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=check]"),
                    "data-checks-done", String.valueOf(nth)));
        }

        String status(String goal) {
            return browser.findElement(By.cssSelector("[data-goal=" + goal + "]")).getDomAttribute("data-status");
        }

        void goalMet(String goal) {
            waitFor(browser).until(ExpectedConditions.attributeToBe(By.cssSelector("[data-goal=" + goal + "]"), "data-status", "PASSED"));
        }

        /** From now on, the page notes the moment all of {@code goals} show passed. */
        void watchGoals(List<String> goals) {
            browser.executeScript("""
                    const goals = arguments[0];
                    window.enchufeTicked = null;
                    const met = () => goals.every(g => document.querySelector(`[data-goal="${g}"][data-status=PASSED]`));
                    const observer = new MutationObserver(() => {
                      if (met()) { window.enchufeTicked = Date.now(); observer.disconnect(); }
                    });
                    observer.observe(document.body, { subtree: true, childList: true, attributes: true });
                    """, goals);
        }

        long goalsTickedAt() {
            return waitFor(browser).until(b -> (Long) browser.executeScript("return window.enchufeTicked"));
        }
    }

    private Student join(String language, String code, String name) throws Exception {
        ChromeDriver browser = browser(language);
        browser.get(url("/join/" + code));
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=join-name]"))).sendKeys(name);
        browser.findElement(By.cssSelector("[data-testid=join-submit]")).click();
        waitFor(browser).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=class-lesson][data-lesson=" + LESSON + "] a"))).click();
        Student student = new Student(name, language, browser);
        student.connected();
        return student;
    }

    // ------------------------------------------------------------------ the dashboard

    /** A row of the dashboard as the page shows it: the student's name, each cell's state by column, the badges' kinds. */
    record GridRow(String name, Map<String, String> cells, List<String> badges) {
    }

    /**
     * The dashboard's rows top to bottom, read in one script: an update redraws rows at any moment,
     * so elements found one at a time could be gone before they are read.
     */
    @SuppressWarnings("unchecked")
    private static List<GridRow> grid(WebDriver instructor) {
        List<Map<String, Object>> rows = (List<Map<String, Object>>) ((JavascriptExecutor) instructor).executeScript("""
                return [...document.querySelectorAll("[data-testid=dashboard-row]")].map(r => ({
                  name: r.querySelector("[data-testid=dashboard-student]").textContent,
                  cells: Object.fromEntries([...r.querySelectorAll("td.dashboard-cell")].map(c => [c.dataset.column, c.dataset.state])),
                  badges: [...r.querySelectorAll("[data-testid=stuck-badge]")].map(b => b.dataset.kind)
                }));
                """);
        return rows.stream().map(r -> new GridRow((String) r.get("name"), (Map<String, String>) r.get("cells"),
                (List<String>) r.get("badges"))).toList();
    }

    private static List<String> rowNames(WebDriver instructor) {
        return grid(instructor).stream().map(GridRow::name).toList();
    }

    private static GridRow rowOf(WebDriver instructor, String name) {
        return grid(instructor).stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static String cellState(WebDriver instructor, String name, String column) {
        return rowOf(instructor, name).cells().get(column);
    }

    /** From now on, the dashboard notes the moment {@code name}'s cell of {@code column} shows done. */
    private static void watchCell(ChromeDriver instructor, String name, String column) {
        instructor.executeScript("""
                const [name, column] = arguments;
                window.enchufeCells = window.enchufeCells || {};
                const done = () => [...document.querySelectorAll("[data-testid=dashboard-row]")].some(r =>
                    r.querySelector("[data-testid=dashboard-student]")?.textContent === name
                    && r.querySelector(`[data-column="${column}"][data-state=done]`));
                const observer = new MutationObserver(() => {
                  if (done()) { window.enchufeCells[name] = Date.now(); observer.disconnect(); }
                });
                observer.observe(document.querySelector("[data-testid=dashboard-grid]"),
                    { subtree: true, childList: true, attributes: true });
                """, name, column);
    }

    private static Long cellChangedAt(WebDriver instructor, String name) {
        return (Long) ((JavascriptExecutor) instructor).executeScript("return (window.enchufeCells || {})[arguments[0]] ?? null", name);
    }

    // ------------------------------------------------------------------ the downloads

    /**
     * The file at {@code path} as the instructor's browser downloads it: a request carrying that
     * browser's cookies (its sign-in), read as bytes — a script's fetch would hand back text with
     * the byte order mark dropped and WebDriver would turn the CRLF line ends into LF.
     */
    private String download(ChromeDriver instructor, String path) throws Exception {
        String cookies = instructor.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url(path))).header("Cookie", cookies).header("Accept-Language", "es").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment"));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** The rows of a CSV with no quoted fields, its byte order mark dropped. */
    private static List<List<String>> csv(String text) {
        assertThat(text).startsWith("\uFEFF").doesNotContain("\"");
        return Arrays.stream(text.substring(1).split("\r\n")).map(line -> List.of(line.split(",", -1))).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private ChromeDriver browser(String language) throws Exception {
        ChromeDriver browser = HeadlessChromium.start(language);
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
