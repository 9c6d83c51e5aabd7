package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A student solves lesson 18 (iterative and concurrent servers) through its page, in a real
 * browser against the real server: the three servers typed and run, each asleep in accept()
 * before the next starts, then the lesson's clientes.py run against all three — and the
 * timeline draws each server's three connections, the iterative one's one after another, the
 * fork() and threaded ones' overlapping, side by side on one scale. Check decides every goal.
 * At a phone's width the timeline fits the screen. Every wait is on the page's state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServersTimelineBrowserIT {

    static final String LESSON = "servidores-iterativos-y-concurrentes";
    static final List<String> GOALS = List.of("iterativo-en-serie", "espera-acumulada", "fork-hijo-por-cliente",
            "fork-en-paralelo", "padre-cierra", "hijo-termina", "hijos-recogidos", "hilo-por-cliente", "hilos-en-paralelo");

    static final String ITERATIVE = """
            import socket, time
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(('0.0.0.0', 5000))
            s.listen(5)
            while True:
                conn, direccion = s.accept()
                peticion = conn.recv(1024)
                time.sleep(1)
                conn.sendall(b'atendido: ' + peticion)
                conn.close()""";

    static final String FORK = """
            import os, signal, socket, time
            def recoge_hijos(signum, frame):
                while True:
                    try:
                        pid, estado = os.waitpid(-1, os.WNOHANG)
                    except ChildProcessError:
                        return
                    if pid == 0:
                        return
            signal.signal(signal.SIGCHLD, recoge_hijos)
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(('0.0.0.0', 5001))
            s.listen(5)
            while True:
                conn, direccion = s.accept()
                if os.fork() == 0:
                    s.close()
                    peticion = conn.recv(1024)
                    time.sleep(1)
                    conn.sendall(b'atendido: ' + peticion)
                    conn.close()
                    os._exit(0)
                conn.close()""";

    static final String THREADS = """
            import socket, threading, time
            def atiende(conn):
                peticion = conn.recv(1024)
                time.sleep(1)
                conn.sendall(b'atendido: ' + peticion)
                conn.close()
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(('0.0.0.0', 5002))
            s.listen(5)
            while True:
                conn, direccion = s.accept()
                threading.Thread(target=atiende, args=(conn,)).start()""";

    @LocalServerPort
    int port;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "lesson-18-last");
            List<String> violations = HeadlessChromium.contentSecurityViolations(browser);
            browser.quit();
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void aStudentRunsTheThreeServersAndSeesSerialAndParallelServiceSideBySide() throws Exception {
        browser = HeadlessChromium.start("es");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get("http://localhost:" + port + "/lessons/" + LESSON);
        connected();
        assertThat(browser.findElement(By.cssSelector("[data-testid=timeline-empty]")).isDisplayed()).isTrue();

        for (String[] server : new String[][] {
            {"servidor_iterativo.py", ITERATIVE}, {"servidor_fork.py", FORK}, {"servidor_hilos.py", THREADS}}) {
            openTab(server[0]);
            type(server[1]);
            run();
            // Each server sleeps in accept() before the clients come.
            wait.until(d -> d.findElements(By.cssSelector("[data-testid=console]")).stream()
                    .anyMatch(c -> c.getText().contains(server[0]) && c.getText().contains("durmiendo en accept()")));
        }
        openTab("clientes.py");
        run();

        // Three panels, three closed bars each: serial for the iterative server, three at once for the others.
        wait.until(d -> panels().size() == 3 && panels().stream().allMatch(p -> p.closed() == 3));
        List<Panel> panels = panels();
        assertThat(panels).extracting(Panel::program)
                .containsExactly("servidor_iterativo.py", "servidor_fork.py", "servidor_hilos.py");
        assertThat(panels).extracting(Panel::overlap).containsExactly("1", "3", "3");
        assertThat(panels.get(0).summary()).isEqualTo("3 conexiones en 3.0 s, una tras otra");
        assertThat(panels.get(1).label()).contains("atendida por hijo");
        // Each child ended and its parent's SIGCHLD handler collected it: its zombie time drawn, none left.
        assertThat(panels.get(1).label()).contains("cuando su padre lo recogió");
        assertThat(panels).extracting(Panel::zombies).containsExactly("0", "0", "0");
        assertThat(panels.get(2).label()).contains("Thread-");
        // One scale for all: a second is as wide in every panel, so the iterative server's three
        // serial seconds reach further than the concurrent servers' overlapping ones.
        assertThat(panels).extracting(Panel::second).containsOnly(panels.get(0).second());
        assertThat(panels.get(0).span()).isGreaterThan(panels.get(1).span()).isGreaterThan(panels.get(2).span());
        assertThat(browser.findElement(By.cssSelector("[data-testid=timeline-empty]")).isDisplayed()).isFalse();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()",
                browser.findElement(By.cssSelector("[data-testid=timeline]")));
        HeadlessChromium.screenshot(browser, "lesson-18-timeline-es");

        // Check runs the saved files from scratch and decides every goal.
        browser.findElement(By.cssSelector("[data-testid=check]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=check]"), "data-checks-done", "1"));
        for (String goal : GOALS) {
            assertThat(status(goal)).as(goal).isEqualTo("PASSED");
        }
        assertThat(browser.findElement(By.cssSelector("[data-testid=lesson-score]")).getText())
                .isEqualTo("9 de 9 objetivos cumplidos");

        // On a phone the timeline fits the screen: its panels stack, nothing wider than the window.
        browser.manage().window().setSize(new Dimension(390, 844));
        wait.until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 390);
        WebElement timeline = browser.findElement(By.cssSelector("[data-testid=timeline]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", timeline);
        Number overflow = (Number) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.right - document.documentElement.clientWidth", timeline);
        assertThat(overflow.doubleValue()).isLessThanOrEqualTo(0);
        HeadlessChromium.screenshot(browser, "lesson-18-timeline-phone");
    }

    /** What a timeline panel shows, read in one script so that a redraw in between cannot tear it. */
    record Panel(String program, String overlap, String zombies, String summary, String label, long closed, double span,
                 double second) {
    }

    @SuppressWarnings("unchecked")
    private List<Panel> panels() {
        List<Map<String, Object>> read = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript("""
                return [...document.querySelectorAll('[data-testid=timeline-panel]')].map(p => {
                  const bars = [...p.querySelectorAll('[data-testid=timeline-bar]')];
                  const rects = bars.map(b => b.querySelector('rect'));
                  const right = Math.max(...rects.map(r => Number(r.getAttribute('x')) + Number(r.getAttribute('width'))));
                  const left = Math.min(...rects.map(r => Number(r.getAttribute('x'))));
                  return {program: p.dataset.program, overlap: p.dataset.overlap, zombies: p.dataset.zombies,
                          summary: p.querySelector('[data-testid=timeline-summary]').textContent,
                          label: p.querySelector('svg').getAttribute('aria-label'),
                          closed: bars.filter(b => b.dataset.to !== '').length, span: right - left,
                          second: [...p.querySelectorAll('.timeline-tick')].map(t => Number(t.getAttribute('x1')))
                            .reduce((a, x, i, all) => i === 1 ? x - all[0] : a, 0)};
                });""");
        return read.stream().map(m -> new Panel((String) m.get("program"), (String) m.get("overlap"), (String) m.get("zombies"),
                (String) m.get("summary"),
                (String) m.get("label"), ((Number) m.get("closed")).longValue(), ((Number) m.get("span")).doubleValue(),
                ((Number) m.get("second")).doubleValue())).toList();
    }

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

    /** Types {@code program} as a student would, a line at a time, over the editor's own indentation after Enter. */
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
}
