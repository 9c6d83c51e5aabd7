package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The first hour's items 7–10 (issue 18), each pinned by a journey in a real browser against the
 * real server, in Spanish and English, at 1400×900 and on a 390×844 phone: explanations from what
 * the sandbox knows, the host kept per file and the lab drawn, click-to-call that keeps the file
 * running, step mode's variables.
 */
class FirstHourExplainsBrowserIT extends WorkbenchJourney {

    private void screen(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    private void openTab(String name) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(java.util.NoSuchElementException.class).until(d -> {
            d.findElements(By.cssSelector("[data-testid=file-tab]")).stream()
                    .filter(tab -> name.equals(tab.getDomProperty("textContent"))).findFirst().orElseThrow().click();
            return name.equals(d.findElement(By.cssSelector("[data-testid=file-tab][aria-selected=true]")).getDomProperty("textContent"));
        });
    }

    private List<WebElement> consoles(String program) {
        return browser.findElements(By.xpath(
                "//section[@data-testid='console'][.//h3[starts-with(normalize-space(.), '" + program + " ')]]"));
    }

    private WebElement console(String program) {
        wait.until(d -> !consoles(program).isEmpty());
        return consoles(program).getFirst();
    }

    private void run() {
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
    }

    private void waitForText(WebElement element, String css, String text) {
        wait.ignoring(StaleElementReferenceException.class).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> element.findElement(By.cssSelector(css)).getText().contains(text));
    }

    private void showView(String view) {
        WebElement tab = browser.findElement(By.cssSelector("[data-testid=tab-" + view + "]"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", tab);
        tab.click();
    }

    private void switchNetwork(String network) {
        new Select(browser.findElement(By.cssSelector("[data-testid=network]"))).selectByValue(network);
        browser.switchTo().alert().accept();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=run-host]")).isDisplayed());
    }

    private String runHost() {
        return browser.findElement(By.cssSelector("[data-testid=run-host]")).getDomProperty("value");
    }

    /** Whether the element is wholly inside the window as the page is now. */
    private boolean inSight(WebElement element) {
        return (Boolean) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;""", element);
    }

    // ---------------------------------------------------------------------------------------- 7

    @ParameterizedTest(name = "in {0} at {1}×{2}")
    @CsvSource(delimiter = '|', value = {
            "es | 1400 | 900 | servidor.py | El puerto 5000 ya lo tiene el proceso | lo decidió el sistema operativo | lo decidió el entorno aislado",
            "en | 390  | 844 | server.py   | Port 5000 is already held by process   | decided by the operating system | decided by the sandbox"})
    void eaddrinuseNamesTheProcessHoldingThePortAndEveryRowSaysWhoDecidedAsTheHomePageDoes(String language, int width, int height,
            String serverFile, String heldBy, String byOs, String bySandbox) throws Exception {
        open(language);
        screen(width, height);
        openTab(serverFile);
        run();
        WebElement first = console(serverFile);
        waitForText(first, "[data-testid=console-status]", "accept()");
        String holder = first.getAttribute("data-pid");
        run();
        wait.until(d -> consoles(serverFile).size() == 2);
        WebElement second = consoles(serverFile).get(1);
        String cause = heldBy + " " + holder + " (" + serverFile + ")";
        waitForText(second, "[data-testid=console-cause]", cause);

        showView("trace");
        By failedBind = By.xpath("//li[@data-testid='trace-row'][contains(., 'EADDRINUSE')]");
        wait.until(d -> !d.findElements(failedBind).isEmpty());
        WebElement row = browser.findElement(failedBind);
        assertThat(row.findElement(By.cssSelector("[data-testid=trace-cause]")).getText()).contains(cause);
        assertThat(row.findElement(By.cssSelector("[data-testid=decided-by]")).getText()).startsWith(bySandbox);
        WebElement listen = browser.findElement(By.xpath("//li[@data-testid='trace-row'][contains(., 'listen(3, 5) = 0')]"));
        assertThat(listen.findElement(By.cssSelector("[data-testid=decided-by]")).getText()).isEqualTo(byOs);
        assertThat(browser.findElements(By.cssSelector("[data-testid=trace-row].trace-call"))).allMatch(r ->
                r.findElements(By.cssSelector("[data-testid=decided-by]")).size() == 1);

        // The explainer opened from that row says it of this failure too.
        row.findElement(By.cssSelector("[data-testid=explain-errno]")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=errno-cause]")).isDisplayed());
        assertThat(browser.findElement(By.cssSelector("[data-testid=errno-cause]")).getText()).contains(cause);
        HeadlessChromium.screenshot(browser, "explain-eaddrinuse-" + language + "-" + width);

        // The home page's first socket: its calls in the same words.
        browser.get("http://localhost:" + port + "/");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=open-socket]")).isEnabled());
        browser.findElement(By.cssSelector("[data-testid=open-socket]")).click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=events] .event-syscall")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("[data-testid=events] .event-syscall .event-meta")))
                .extracting(meta -> meta.getDomProperty("textContent")).allSatisfy(meta -> assertThat(meta).endsWith(byOs));
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | 127.0.0.1 es siempre la propia máquina de quien llama, aquí cliente; el servidor escucha en el puerto 5000 de servidor"
                    + " | Lo rechazó el cortafuegos de servidor | Nadie escucha en el puerto 24 de 172.25.4.4",
            "en | 127.0.0.1 is always the caller's own machine, here cliente; the server listens on port 5000 of servidor"
                    + " | Refused by servidor's firewall | Nobody listens on port 24 of 172.25.4.4"})
    void onTheLabNetworkEconnrefusedSaysWhoseLoopbackAndAFirewallIsToldApartFromNobodyListening(String language,
            String ownLoopback, String firewall, String nobody) throws Exception {
        open(language);
        String serverFile = language.equals("es") ? "servidor.py" : "server.py";
        file("cliente_lab.py", """
                import socket
                for destino in (('127.0.0.1', 5000), ('172.25.4.4', 23), ('172.25.4.4', 24)):
                    try:
                        socket.socket().connect(destino)
                    except OSError as e:
                        print(destino[1], e)
                """);
        switchNetwork("laboratorio");
        openTab(serverFile);
        assertThat(runHost()).isEqualTo("servidor");
        run();
        waitForText(console(serverFile), "[data-testid=console-status]", "accept()");
        openTab("cliente_lab.py");
        assertThat(runHost()).isEqualTo("cliente");
        run();
        WebElement client = console("cliente_lab.py");
        waitForText(client, "[data-testid=console-output]", "24 ");

        showView("trace");
        By refused = By.xpath("//li[@data-testid='trace-row'][contains(., 'ECONNREFUSED')]");
        wait.until(d -> d.findElements(refused).size() == 3);
        List<String> causes = browser.findElements(refused).stream()
                .map(r -> r.findElement(By.cssSelector("[data-testid=trace-cause]")).getText()).toList();
        assertThat(causes.get(0)).contains(ownLoopback);
        assertThat(causes.get(1)).startsWith(firewall);
        assertThat(causes.get(2)).startsWith(nobody);
        // The console says the latest one; its chip opens the explainer with it.
        assertThat(client.findElement(By.cssSelector("[data-testid=console-cause]")).getText()).startsWith(nobody);
        HeadlessChromium.screenshot(browser, "explain-lab-" + language);
    }

    // ---------------------------------------------------------------------------------------- 8

    @ParameterizedTest(name = "in {0} at {1}×{2}")
    @CsvSource(delimiter = '|', value = {"es | 1400 | 900 | servidor.py | cliente.py | Respuesta: b'HOLA, SERVIDOR'",
            "en | 390 | 844 | server.py | client.py | Reply: b'HELLO, SERVER'"})
    void eachFileKeepsItsHostTheDiagramDrawsTheLabAndTheStarterServerIsReachedFromAnotherHost(String language, int width,
            int height, String serverFile, String clientFile, String reply) throws Exception {
        open(language);
        screen(width, height);
        switchNetwork("laboratorio");
        openTab(serverFile);
        assertThat(runHost()).isEqualTo("servidor");
        openTab(clientFile);
        assertThat(runHost()).isEqualTo("cliente");
        new Select(browser.findElement(By.cssSelector("[data-testid=run-host]"))).selectByValue("base-de-datos");
        openTab(serverFile);
        assertThat(runHost()).isEqualTo("servidor");
        openTab(clientFile);
        assertThat(runHost()).isEqualTo("base-de-datos");
        browser.navigate().refresh();
        connected();
        openTab(clientFile);
        wait.until(d -> runHost().equals("base-de-datos"));
        new Select(browser.findElement(By.cssSelector("[data-testid=run-host]"))).selectByValue("cliente");

        // The starter server binds '': the client, on another host, reaches it by its name.
        openTab(serverFile);
        run();
        WebElement server = console(serverFile);
        waitForText(server, "[data-testid=console-status]", "accept()");
        openTab(clientFile);
        String source = drafts.files(workspace()).stream().filter(d -> d.filename().equals(clientFile)).findFirst()
                .orElseThrow().source();
        drafts.save(workspace(), clientFile, source.replace("s.connect(('127.0.0.1', 5000))", "s.connect(('servidor', 5000))"));
        browser.navigate().refresh();
        connected();
        openTab(clientFile);
        assertThat(runHost()).isEqualTo("cliente");
        run();
        waitForText(console(clientFile), "[data-testid=console-output]", reply);

        showView("diagram");
        WebElement diagram = browser.findElement(By.cssSelector("[data-testid=view-diagram]"));
        wait.until(d -> diagram.findElements(By.cssSelector("[data-testid=diagram-network]")).size() == 2);
        assertThat(diagram.findElements(By.cssSelector("[data-testid=diagram-network]"))).extracting(WebElement::getText)
                .containsExactly("lan · 172.25.4.0/24", language.equals("es")
                        ? "interna · 10.0.9.0/24 (sin router: solo la alcanzan sus equipos)"
                        : "interna · 10.0.9.0/24 (not routed: only its own hosts reach it)");
        wait.until(d -> diagram.findElements(By.cssSelector("[data-testid=link-attached]")).size() == 4);
        assertThat(diagram.findElement(By.cssSelector("[data-host=servidor] [data-testid=diagram-firewall]")).getText())
                .contains("22/tcp drop", "23/tcp reject");
        HeadlessChromium.screenshot(browser, "lab-diagram-" + language + "-" + width);
    }

    // ---------------------------------------------------------------------------------------- 9

    private void clickCall(String call, String... fieldsAndValues) {
        browser.findElement(By.cssSelector("[data-testid=pick-" + call + "]")).click();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement input = browser.findElement(By.cssSelector("[data-testid=palette-" + fieldsAndValues[i] + "]"));
            input.clear();
            input.sendKeys(fieldsAndValues[i + 1]);
        }
        browser.findElement(By.cssSelector("[data-testid=palette-call]")).click();
    }

    private String editorText() {
        return browser.findElement(By.cssSelector("[data-testid=editor] .cm-content")).getText();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"es | no se ha añadido a clic.py | esperando tu próxima llamada",
            "en | was not added to clic.py | waiting for your next call"})
    void clickToCallAddsOnlyCallsThatReturnedAndRecvTalksOnTheAcceptedSocket(String language, String notAdded,
            String waiting) throws Exception {
        open(language);
        file("clic.py", "");
        file("otro.py", "import socket\nc = socket.create_connection(('127.0.0.1', 5300))\nc.sendall(b'hola')\n");
        openTab("clic.py");
        browser.findElement(By.cssSelector("[data-testid=palette-panel] summary")).click();
        clickCall("socket");
        WebElement session = console("clic.py");
        waitForText(session, "[data-testid=console-status]", waiting);
        wait.until(d -> editorText().equals("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"));

        clickCall("connect", "port", "5999");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=problem]")).getText().contains(notAdded));
        waitForText(session, "[data-testid=console-output]", "ConnectionRefusedError");
        assertThat(editorText()).isEqualTo("import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)");

        // Each call joins the file once it returned: the next is made after that.
        clickCall("socket");
        wait.until(d -> editorText().endsWith("socket.SOCK_STREAM)\ns = socket.socket(socket.AF_INET, socket.SOCK_STREAM)"));
        clickCall("bind", "port", "5300");
        wait.until(d -> editorText().endsWith("s.bind(('127.0.0.1', 5300))"));
        clickCall("listen");
        wait.until(d -> editorText().endsWith("s.listen(5)"));
        clickCall("accept");
        waitForText(session, "[data-testid=console-status]", "accept()");
        openTab("otro.py");
        run();
        openTab("clic.py");
        wait.until(d -> editorText().endsWith("ns, direccion = s.accept()"));
        browser.findElement(By.cssSelector("[data-testid=pick-recv]")).click();
        assertThat(browser.findElement(By.cssSelector("[data-testid=palette-var]")).getDomProperty("value")).isEqualTo("ns");
        assertThat(browser.findElement(By.cssSelector("[data-testid=palette-preview]")).getText()).isEqualTo("datos = ns.recv(1024)");
        browser.findElement(By.cssSelector("[data-testid=palette-call]")).click();
        wait.until(d -> editorText().endsWith("datos = ns.recv(1024)"));
        clickCall("print", "value", "datos");
        waitForText(session, "[data-testid=console-output]", "b'hola'");
        wait.until(d -> editorText().endsWith("datos = ns.recv(1024)\nprint(datos)"));
        assertThat(editorText()).doesNotContain("5999");
    }

    // ---------------------------------------------------------------------------------------- 10

    private List<String> variables(WebElement console, String list) {
        return console.findElements(By.cssSelector("[data-testid=" + list + "] dt")).stream()
                .map(dt -> dt.getText() + " = " + dt.findElement(By.xpath("following-sibling::dd[1]")).getText()).toList();
    }

    @ParameterizedTest(name = "in {0} at {1}×{2}")
    @CsvSource(delimiter = '|', value = {"es | 1400 | 900 | detenido en la línea | durmiendo en input()",
            "en | 390 | 844 | stopped at line | sleeping in input()"})
    void stepModeShowsTheFramesVariablesAndTypedInputMovesItToTheNextLine(String language, int width, int height,
            String stoppedAt, String sleepingInInput) throws Exception {
        open(language);
        screen(width, height);
        file("pasos.py", """
                import socket
                s = socket.socket()
                s.bind(('127.0.0.1', 5400))
                def saluda(nombre):
                    datos = nombre.encode() * 40
                    return datos
                nombre = input()
                datos = saluda(nombre)
                print(len(datos))
                """);
        openTab("pasos.py");
        browser.findElement(By.cssSelector("[data-testid=step-run]")).click();
        WebElement stepper = console("pasos.py");
        waitForText(stepper, "[data-testid=console-status]", stoppedAt + " 1");
        WebElement step = stepper.findElement(By.cssSelector("[data-testid=console-step]"));
        for (int line : new int[] {2, 3, 4, 7}) {
            step.click();
            waitForText(stepper, "[data-testid=console-status]", stoppedAt + " " + line);
        }
        wait.until(d -> variables(stepper, "variables-locals").contains(
                "s = socket · fd 3 · 127.0.0.1:5400 · BOUND"));
        assertThat(variables(stepper, "variables-locals")).contains("socket = <module 'socket'>", "saluda = <function saluda>");
        if (width > 1000) {
            // Stepping, the code, the variables and the diagram are in sight together.
            assertThat(inSight(stepper.findElement(By.cssSelector("[data-testid=variables]")))).isTrue();
            assertThat(inSight(browser.findElement(By.cssSelector("#view-diagram-panel")))).isTrue();
            assertThat(inSight(browser.findElement(By.cssSelector(".cm-process-line")))).isTrue();
        }

        // input(): the step sleeps in it; what is typed ends it and the step goes on to the next line.
        step.click();
        waitForText(stepper, "[data-testid=console-status]", sleepingInInput);
        stepper.findElement(By.cssSelector("[data-testid=console-input]")).sendKeys("Ana", Keys.ENTER);
        waitForText(stepper, "[data-testid=console-status]", stoppedAt + " 8");
        wait.until(d -> variables(stepper, "variables-locals").contains("nombre = 'Ana'"));

        // Into saluda(): its own names first, the module's folded apart.
        step.click();
        waitForText(stepper, "[data-testid=console-status]", stoppedAt + " 5");
        step.click();
        waitForText(stepper, "[data-testid=console-status]", stoppedAt + " 6");
        wait.until(d -> variables(stepper, "variables-locals").size() == 2);
        List<String> locals = variables(stepper, "variables-locals");
        assertThat(locals.getFirst()).isEqualTo("nombre = 'Ana'");
        assertThat(locals.get(1)).startsWith("datos = b'AnaAnaAna").endsWith("…").hasSizeLessThan(140);
        WebElement globals = stepper.findElement(By.cssSelector("[data-testid=variables-globals]"));
        assertThat(globals.getDomProperty("open")).isEqualTo("false");
        globals.findElement(By.tagName("summary")).click();
        wait.until(d -> variables(stepper, "variables-globals-list").contains("s = socket · fd 3 · 127.0.0.1:5400 · BOUND"));
        HeadlessChromium.screenshot(browser, "step-variables-" + language + "-" + width);

        stepper.findElement(By.cssSelector("[data-testid=console-continue]")).click();
        waitForText(stepper, "[data-testid=console-output]", "120");
        wait.until(d -> !stepper.findElement(By.cssSelector("[data-testid=variables]")).isDisplayed());
    }
}
