package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A newcomer's journeys through the free sandbox, in a real browser against the real server. */
class SandboxPageBrowserIT extends WorkbenchJourney {

    private void runFile(String name) {
        openTab(name);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
    }

    private WebElement console(String program) {
        By card = By.xpath("//section[@data-testid='console'][.//h3[starts-with(normalize-space(.), '" + program + " ')]]");
        wait.until(ExpectedConditions.presenceOfElementLocated(card));
        return browser.findElement(card);
    }

    private void waitForOutput(WebElement console, String text) {
        wait.until(d -> console.findElement(By.cssSelector("[data-testid=console-output]")).getText().contains(text));
    }

    private void waitForStatus(WebElement console, String text) {
        wait.until(d -> console.findElement(By.cssSelector("[data-testid=console-status]")).getText().contains(text));
    }

    private void showView(String view) {
        browser.findElement(By.cssSelector("[data-testid=tab-" + view + "]")).click();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | durmiendo en accept() sobre el fd 3 | terminado con código 0 | dirección local | servidor.py | cliente.py"
                    + " | Esperando conexiones en el puerto 5000... | Respuesta: | Recibido: | hola, servidor",
            "en | sleeping in accept() on fd 3        | exited with code 0     | local address   | server.py   | client.py"
                    + "  | Waiting for connections on port 5000...   | Reply:     | Received: | hello, server"})
    void aServerAndAClientTalkInTwoConsolesAndTheConnectionShowsInTheViews(
            String language, String sleeping, String exited, String localHeader, String serverFile, String clientFile,
            String waiting, String reply, String received, String greeting) throws Exception {
        open(language);
        // A new workspace starts with the slides' pair in the interface's language (issue 18, item 14).
        assertThat(browser.findElements(By.cssSelector("[data-testid=file-tab]"))).extracting(WebElement::getText)
                .containsExactly(serverFile, clientFile);

        runFile(serverFile);
        WebElement server = console(serverFile);
        waitForStatus(server, sleeping);
        waitForOutput(server, waiting);
        WebElement listener = browser.findElement(By.cssSelector("[data-testid=view-diagram] [data-testid=plug][data-state=LISTEN]"));
        // The starter server binds '' (every address of its host), so the lab network reaches it too.
        assertThat(listener.getText()).contains("fd 3", "0.0.0.0:5000");
        assertThat(listener.findElement(By.cssSelector("[data-testid=plug-queue]")).getText()).endsWith(": 0");
        showView("netstat");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=netstat-table]")).getText().contains("0.0.0.0:*"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=netstat-table]")).getText())
                .contains("tcp", "0.0.0.0:5000", "LISTEN");
        showView("processes");
        assertThat(browser.findElement(By.cssSelector("[data-testid=fd-table]")).getText())
                .contains(localHeader.toUpperCase(java.util.Locale.ROOT), "3 socket AF_INET SOCK_STREAM LISTEN 0.0.0.0:5000");

        runFile(clientFile);
        WebElement client = console(clientFile);
        String upper = greeting.toUpperCase(java.util.Locale.ROOT);
        waitForOutput(client, reply + " b'" + upper + "'");
        waitForOutput(server, received + " b'" + greeting + "'");
        waitForStatus(client, exited);

        showView("trace");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=trace]")).getText()
                .contains("connect(3, {sa_family=AF_INET, sin_port=htons(5000), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0"));
        HeadlessChromium.screenshot(browser, "sandbox-" + language);

        showView("bytes");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=view-bytes]")).getText().contains("b'" + greeting + "'"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=view-bytes]")).getText())
                .contains("b'" + upper + "'", "htons(5000) → 13 88", "inet_aton('127.0.0.1') → 7f 00 00 01");
    }

    @Test
    void onTheLabNetworkAServerAndAClientRunOnTwoHostsAndTheFirewallAnswersForTheServer() throws Exception {
        open("en");
        file("servidor.py", """
                import socket
                s = socket.socket()
                s.bind(('', 5000))
                s.listen()
                conn, addr = s.accept()
                print('from', addr[0])
                conn.recv(10)
                """);
        file("cliente.py", """
                import socket
                c = socket.create_connection(('servidor.lab', 5000))
                print('me', c.getsockname()[0])
                try:
                    socket.create_connection(('servidor', 23))
                except OSError as e:
                    print('telnet:', e)
                input()
                """);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=network]")))
                .selectByValue("laboratorio");
        browser.switchTo().alert().accept();
        WebElement hosts = browser.findElement(By.cssSelector("[data-testid=run-host]"));
        wait.until(d -> hosts.isDisplayed());
        var chooser = new org.openqa.selenium.support.ui.Select(hosts);
        assertThat(chooser.getOptions()).extracting(WebElement::getText)
                .containsExactly("cliente (172.25.4.2)", "servidor (172.25.4.4)", "base-de-datos (10.0.9.5)");

        openTab("servidor.py");
        chooser.selectByValue("servidor");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console("servidor.py");
        waitForStatus(server, "sleeping in accept()");
        openTab("cliente.py");
        chooser.selectByValue("cliente");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement client = console("cliente.py");
        waitForOutput(client, "telnet: [Errno 111] Connection refused");
        waitForOutput(server, "from 172.25.4.2");
        assertThat(client.findElement(By.tagName("h3")).getText()).contains("cliente");
        assertThat(client.findElement(By.cssSelector("[data-testid=console-output]")).getText()).contains("me 172.25.4.2");

        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=link-connection]")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=diagram-host]")))
                .extracting(h -> h.getAttribute("data-host")).containsExactly("cliente", "servidor", "base-de-datos");
        assertThat(browser.findElement(By.cssSelector("[data-host=servidor] h4")).getText()).contains("172.25.4.4, 10.0.9.4");
        assertThat(browser.findElement(By.cssSelector("[data-host=servidor]")).getText()).contains("172.25.4.4:5000");
        HeadlessChromium.screenshot(browser, "sandbox-lab-en");
        showView("netstat");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=netstat-table]")).getText().contains("servidor tcp 0.0.0.0:5000"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=netstat-table]")).getText())
                .contains("HOST", "cliente tcp 172.25.4.2:32768 172.25.4.4:5000 ESTABLISHED");
    }

    @Test
    void onTheUnreliableNetworkDatagramsShowOnTheirWayAndTheTraceSaysWhichWereLost() throws Exception {
        open("es");
        file("servidor.py", """
                import socket
                r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                r.bind(('', 7000))
                r.settimeout(3)
                n = 0
                try:
                    while True:
                        r.recv(100)
                        n += 1
                except TimeoutError:
                    print('recibidos', n)
                """);
        // Sent over three seconds, so some are always on their way whenever the page looks.
        file("cliente.py", """
                import socket, time
                s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                for i in range(300):
                    s.sendto(b'dato %d' % i, ('receptor', 7000))
                    time.sleep(0.01)
                time.sleep(1)
                """);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector("[data-testid=network]")))
                .selectByValue("red-inestable");
        browser.switchTo().alert().accept();
        WebElement hosts = browser.findElement(By.cssSelector("[data-testid=run-host]"));
        wait.until(d -> hosts.isDisplayed());
        var chooser = new org.openqa.selenium.support.ui.Select(hosts);

        openTab("servidor.py");
        chooser.selectByValue("receptor");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        waitForStatus(console("servidor.py"), "durmiendo en recv()");
        openTab("cliente.py");
        chooser.selectByValue("emisor");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();

        // The diagram is redrawn as datagrams come and go: read the label afresh each time.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d ->
                d.findElements(By.cssSelector("[data-testid=datagrams-in-flight]")).stream()
                        .anyMatch(label -> label.getText().contains("en camino")));
        HeadlessChromium.screenshot(browser, "sandbox-unreliable-es");
        showView("trace");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=trace]")).getText()
                .contains("la red radio perdió un datagrama de"));
        waitForOutput(console("servidor.py"), "recibidos");
    }

    @Test
    void aClientWithoutAServerGetsEconnrefusedAndItsExplanation() throws Exception {
        open("es");
        runFile("cliente.py");
        WebElement client = console("cliente.py");
        waitForOutput(client, "ConnectionRefusedError: [Errno 111] Connection refused");

        wait.until(ExpectedConditions.elementToBeClickable(client.findElement(By.cssSelector("[data-testid=console-errno]"))))
                .click();
        WebElement panel = browser.findElement(By.cssSelector("[data-testid=errno-panel]"));
        wait.until(d -> panel.isDisplayed());
        assertThat(panel.findElement(By.cssSelector("[data-testid=errno-name]")).getText()).isEqualTo("ECONNREFUSED");
        assertThat(panel.getText()).contains("no hay ningún socket escuchando", "servidor.py");
        HeadlessChromium.screenshot(browser, "sandbox-econnrefused");
        panel.findElement(By.cssSelector("[data-testid=errno-close]")).click();
        wait.until(d -> !panel.isDisplayed());

        showView("trace");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=explain-errno]"))).click();
        wait.until(d -> panel.isDisplayed());
        panel.findElement(By.cssSelector("[data-testid=errno-close]")).click();
        WebElement failed = browser.findElements(By.cssSelector("[data-testid=trace-row]")).stream()
                .filter(row -> row.getText().contains("ECONNREFUSED")).findFirst().orElseThrow();
        failed.findElement(By.cssSelector("[data-testid=trace-line]")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=editor] .cm-activeLine")).getText()
                .equals("s.connect(('127.0.0.1', 5000))"));
    }

    @Test
    void steppingAClientShowsItsLineUntilItSleepsInRecv() throws Exception {
        open("en");
        file("lento.py", "import socket, time\ns = socket.socket()\ns.bind(('127.0.0.1', 6000))\ns.listen(1)\n"
                + "c, a = s.accept()\ntime.sleep(30)\n");
        runFile("lento.py");
        waitForStatus(console("lento.py"), "sleeping in accept()");
        file("paso.py", "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 6000))\ndata = s.recv(10)\n");
        openTab("paso.py");

        browser.findElement(By.cssSelector("[data-testid=step-run]")).click();
        WebElement stepper = console("paso.py");
        waitForStatus(stepper, "stopped at line 1");
        assertThat(browser.findElement(By.cssSelector(".cm-process-line")).getText()).isEqualTo("import socket");
        for (int line = 2; line <= 4; line++) {
            stepper.findElement(By.cssSelector("[data-testid=console-step]")).click();
            waitForStatus(stepper, "stopped at line " + line);
        }
        stepper.findElement(By.cssSelector("[data-testid=console-step]")).click();
        waitForStatus(stepper, "sleeping in recv() on fd 3");
        assertThat(browser.findElement(By.cssSelector(".cm-process-line")).getText()).isEqualTo("data = s.recv(10)");
        showView("diagram");
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=link-connection]")).size() == 1);
        assertThat(browser.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=plug][data-state=ESTABLISHED]")))
                .hasSize(2);
        HeadlessChromium.screenshot(browser, "sandbox-diagram");
        showView("netstat");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=netstat-table]")).getText().contains("ESTABLISHED"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=netstat-table]")).getText())
                .containsPattern("tcp 127\\.0\\.0\\.1:6000 127\\.0\\.0\\.1:\\d+ ESTABLISHED 1000/lento\\.py")
                .containsPattern("tcp 127\\.0\\.0\\.1:\\d+ 127\\.0\\.0\\.1:6000 ESTABLISHED 1001/paso\\.py");
        HeadlessChromium.screenshot(browser, "sandbox-step");
    }

    @Test
    void aForkedChildGetsItsOwnConsoleAndStdinAndCtrlCReachTheirProcess() throws Exception {
        open("es");
        file("familia.py", "import os\npid = os.fork()\nif pid == 0:\n    print('soy el hijo', os.getpid())\n"
                + "    os._exit(3)\nos.wait()\nnombre = input('¿nombre? ')\nprint('hola,', nombre)\n"
                + "import time\nwhile True:\n    time.sleep(1)\n");
        runFile("familia.py");
        WebElement parent = console("familia.py");
        waitForOutput(parent, "¿nombre?");
        List<WebElement> consoles = browser.findElements(By.cssSelector("[data-testid=console]"));
        assertThat(consoles).hasSize(2);
        WebElement child = consoles.get(1);
        waitForOutput(child, "soy el hijo");

        WebElement input = parent.findElement(By.cssSelector("[data-testid=console-input]"));
        input.sendKeys("<b>Ana</b>", Keys.ENTER);
        waitForOutput(parent, "hola, <b>Ana</b>");
        assertThat(browser.findElements(By.cssSelector("[data-testid=console-output] b"))).isEmpty();

        waitForStatus(parent, "durmiendo en sleep()");
        input.sendKeys(Keys.chord(Keys.CONTROL, "c"));
        waitForOutput(parent, "KeyboardInterrupt");
        waitForStatus(parent, "terminado por la señal 2 (SIGINT)");
    }

    @Test
    void aReloadKeepsTheCodeTypedAndTheConsoles() throws Exception {
        open("es");
        runFile("servidor.py");
        waitForStatus(console("servidor.py"), "durmiendo en accept()");
        WebElement editor = browser.findElement(By.cssSelector("[data-testid=editor] .cm-content"));
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), Keys.ENTER, "# cambio de prueba");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=save-state]")).getText().equals("Guardado"));
        WebElement projector = browser.findElement(By.cssSelector("[data-testid=projector]"));
        projector.click();
        // The click's handler writes the choice to localStorage as it sets aria-pressed.
        wait.until(d -> "true".equals(projector.getAttribute("aria-pressed")));

        browser.navigate().refresh();
        connected();
        assertThat(browser.findElement(By.tagName("html")).getAttribute("class")).contains("projector");

        wait.until(d -> d.findElement(By.cssSelector("[data-testid=editor] .cm-content")).getText().contains("# cambio de prueba"));
        WebElement server = console("servidor.py");
        waitForOutput(server, "Esperando conexiones en el puerto 5000...");
        waitForStatus(server, "durmiendo en accept() sobre el fd 3");
    }

    @Test
    void aBurstOf100000CallsKeepsThePageResponsiveAndTheCountsRight() throws Exception {
        open("en");
        file("rafaga.py", "import socket\na, b = socket.socketpair()\nfor i in range(50000):\n    a.send(b'x')\n"
                + "    b.recv(1)\nprint('done')\n");
        file("sinfin.py", "import socket\na, b = socket.socketpair()\nwhile True:\n    a.send(b'x')\n    b.recv(1)\n");
        runFile("rafaga.py");
        WebElement burst = console("rafaga.py");
        showView("trace");
        waitForOutput(burst, "done");
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=totals]")).getText().contains("100001 calls"));
        assertThat(browser.findElements(By.cssSelector("[data-testid=trace-row]")).size()).isLessThanOrEqualTo(500);

        // The page keeps answering while events stream: with a burst that never ends, a click on another
        // view is handled and a script runs, and the calls go on arriving after that (no clock: the order says it).
        runFile("sinfin.py");
        WebElement endless = console("sinfin.py");
        long before = calls();
        wait.until(d -> calls() > before);
        showView("processes");
        assertThat(browser.executeScript("return 1 + 1")).isEqualTo(2L);
        wait.until(d -> "true".equals(d.findElement(By.cssSelector("[data-testid=tab-processes]")).getAttribute("aria-selected")));
        long afterClick = calls();
        wait.until(d -> calls() > afterClick);
        endless.findElement(By.cssSelector("[data-testid=console-input]")).sendKeys(Keys.chord(Keys.CONTROL, "c"));
        waitForOutput(endless, "KeyboardInterrupt");
    }

    /** The calls the totals line counts ("2 live processes · 1234 calls"). */
    private long calls() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) calls")
                .matcher(browser.findElement(By.cssSelector("[data-testid=totals]")).getText());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Clicks a file's tab; the tabs are redrawn when the file list changes, so a stale one is looked up again. */
    private void openTab(String name) {
        // A tab scrolled out of the one-row tab bar has no visible text: its textContent names it.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(java.util.NoSuchElementException.class)
                .until(d -> {
            d.findElements(By.cssSelector("[data-testid=file-tab]")).stream()
                    .filter(tab -> name.equals(tab.getDomProperty("textContent"))).findFirst().orElseThrow().click();
            return d.findElements(By.cssSelector("[data-testid=file-tab][aria-selected=true]")).stream()
                    .anyMatch(tab -> name.equals(tab.getDomProperty("textContent")));
        });
    }

    /** Picks a call in the palette, fills its form and presses Call. */
    private void clickCall(String call, String... fieldsAndValues) {
        browser.findElement(By.cssSelector("[data-testid=pick-" + call + "]")).click();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            WebElement input = browser.findElement(By.cssSelector("[data-testid=palette-" + fieldsAndValues[i] + "]"));
            input.clear();
            input.sendKeys(fieldsAndValues[i + 1]);
        }
        browser.findElement(By.cssSelector("[data-testid=palette-call]")).click();
    }

    @Test
    void clickToCallBuildsAWholeTcpExchangeOneRealCallAtATime() throws Exception {
        open("es");
        file("srv_clic.py", "");
        file("cli_clic.py", "");
        openTab("srv_clic.py");
        browser.findElement(By.cssSelector("[data-testid=palette-panel] summary")).click();

        clickCall("socket");
        WebElement server = console("srv_clic.py");
        waitForStatus(server, "esperando tu próxima llamada");
        clickCall("bind", "port", "7000");
        clickCall("listen");
        clickCall("accept");
        waitForStatus(server, "durmiendo en accept() sobre el fd 3");

        openTab("cli_clic.py");
        clickCall("socket");
        WebElement client = console("cli_clic.py");
        waitForStatus(client, "esperando tu próxima llamada");
        clickCall("connect", "port", "7000");
        clickCall("send", "data", "hola");
        waitForStatus(server, "esperando tu próxima llamada");

        openTab("srv_clic.py");
        clickCall("recv", "var", "ns");
        clickCall("print", "value", "datos");
        waitForOutput(server, "b'hola'");
        clickCall("send", "var", "ns", "data", "adiós");
        openTab("cli_clic.py");
        clickCall("recv", "var", "s");
        clickCall("print", "value", "datos");
        waitForOutput(client, "b'adi\\xc3\\xb3s'");
        clickCall("close", "var", "s");

        wait.until(d -> d.findElement(By.cssSelector("[data-testid=editor] .cm-content")).getText().contains("s.close()"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=editor] .cm-content")).getText()).isEqualTo("""
                import socket
                s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
                s.connect(('127.0.0.1', 7000))
                s.send(b'hola')
                datos = s.recv(1024)
                print(datos)
                s.close()""");
        showView("trace");
        assertThat(browser.findElement(By.cssSelector("[data-testid=trace]")).getText())
                .contains("accept4(3, {sa_family=AF_INET, sin_port=htons(", "sendto(3, \"hola\", 4, 0, NULL, 0) = 4");
        HeadlessChromium.screenshot(browser, "sandbox-click-to-call");

        browser.findElement(By.cssSelector("[data-testid=delete-file]")).click();
        browser.switchTo().alert().accept();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=file-tab]")).stream().map(WebElement::getText).toList()
                .equals(List.of("servidor.py", "cliente.py", "srv_clic.py")));
    }
}
