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

/**
 * What a class meets in its first hour at the free sandbox (issue 18), one journey per problem it
 * had, in a real browser against the real server: each pins the behaviour that replaced it.
 */
class FirstHourBrowserIT extends WorkbenchJourney {

    /** Clicks a file's tab; the tabs are redrawn when the file list changes, so a stale one is looked up again. */
    private void openTab(String name) {
        // A tab scrolled out of the one-row tab bar has no visible text: its textContent names it.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).ignoring(java.util.NoSuchElementException.class)
                .until(d -> {
            d.findElements(By.cssSelector("[data-testid=file-tab]")).stream()
                    .filter(tab -> name.equals(tab.getDomProperty("textContent"))).findFirst().orElseThrow().click();
            return selectedTab().equals(name);
        });
    }

    private String selectedTab() {
        return (String) browser.executeScript(
                "return document.querySelector('[data-testid=file-tab][aria-selected=true]')?.textContent ?? ''");
    }

    @SuppressWarnings("unchecked")
    private List<String> tabNames() {
        return (List<String>) browser.executeScript(
                "return [...document.querySelectorAll('[data-testid=file-tab]')].map(t => t.textContent)");
    }

    private List<WebElement> consoles(String program) {
        return browser.findElements(By.xpath(
                "//section[@data-testid='console'][.//h3[starts-with(normalize-space(.), '" + program + " ')]]"));
    }

    private WebElement console(String program) {
        wait.until(d -> !consoles(program).isEmpty());
        return consoles(program).getFirst();
    }

    private void waitForOutput(WebElement console, String text) {
        wait.until(d -> console.findElement(By.cssSelector("[data-testid=console-output]")).getText().contains(text));
    }

    private void waitForStatus(WebElement console, String text) {
        wait.until(d -> console.findElement(By.cssSelector("[data-testid=console-status]")).getText().contains(text));
    }

    private WebElement editorContent() {
        return browser.findElement(By.cssSelector("[data-testid=editor] .cm-content"));
    }

    private void showView(String view) {
        browser.findElement(By.cssSelector("[data-testid=tab-" + view + "]")).click();
    }

    // ---------------------------------------------------------------------------------------- 1

    /**
     * Runs are counted against a marker: commands are handled in the order sent and their consoles
     * appear in that order, so once the marker's console is there every earlier run's is too.
     */
    @Test
    void ctrlEnterInTheEditorRunsTheFileOnceAndCtrlShiftEnterStepsItOnce() throws Exception {
        open("es");
        file("marca.py", "print('marca')\n");
        file("uno.py", "print('una vez')\n");
        openTab("uno.py");
        editorContent().click();
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waitForOutput(console("uno.py"), "una vez");
        assertThat(editorContent().getText()).isEqualTo("print('una vez')");

        openTab("marca.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        wait.until(d -> consoles("marca.py").size() == 1);
        assertThat(consoles("uno.py")).hasSize(1);

        openTab("uno.py");
        editorContent().click();
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.SHIFT, Keys.ENTER));
        wait.until(d -> consoles("uno.py").size() == 2);
        waitForStatus(consoles("uno.py").get(1), "detenido en la línea 1");

        openTab("marca.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        wait.until(d -> consoles("marca.py").size() == 2);
        assertThat(consoles("uno.py")).hasSize(2);
    }

    // ---------------------------------------------------------------------------------------- 3

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"es | Ejecutar", "en | Run"})
    void aTraceRowOfAnotherFileMovesTheTabBarAndRunToThatFile(String language, String run) throws Exception {
        open(language);
        file("srv.py", "import socket\ns = socket.socket()\ns.bind(('127.0.0.1', 5100))\ns.listen(1)\n"
                + "c, a = s.accept()\nprint('conectado')\n");
        file("cli.py", "import socket\ns = socket.socket()\ns.connect(('127.0.0.1', 5100))\nprint('hecho')\n");
        openTab("srv.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console("srv.py");
        openTab("cli.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        waitForOutput(console("cli.py"), "hecho");
        waitForOutput(server, "conectado");

        showView("trace");
        By listenRow = By.xpath("//li[@data-testid='trace-row'][contains(., 'listen(3')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(listenRow));
        browser.findElement(listenRow).findElement(By.cssSelector("[data-testid=trace-line]")).click();

        wait.until(d -> selectedTab().equals("srv.py"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=run]")).getText()).isEqualTo(run + " srv.py");
        assertThat(browser.findElement(By.cssSelector("[data-testid=editor] .cm-activeLine")).getText()).isEqualTo("s.listen(1)");

        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        wait.until(d -> consoles("srv.py").size() == 2);
        assertThat(consoles("cli.py")).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------- 14

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | servidor.py | cliente.py | Esperando conexiones en el puerto 5000... | 1 proceso vivo | 0 procesos vivos",
            "en | server.py   | client.py  | Waiting for connections on port 5000...   | 1 live process | 0 live processes"})
    void aNewWorkspaceStartsInTheInterfacesLanguageAndCountsOneProcessInTheSingular(
            String language, String serverFile, String clientFile, String waiting, String one, String none) throws Exception {
        open(language);
        assertThat(tabNames()).containsExactly(serverFile, clientFile);
        assertThat(browser.findElement(By.cssSelector("[data-testid=totals]")).getText()).startsWith(none + " · ");
        assertThat(browser.findElement(By.cssSelector("[data-testid=consoles-empty]")).getText()).contains(serverFile, clientFile);

        openTab(serverFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console(serverFile);
        waitForOutput(server, waiting);
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=totals]")).getText().startsWith(one + " · "));
        server.findElement(By.cssSelector("[data-testid=console-kill]")).click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=totals]")).getText().startsWith(none + " · "));
    }

    // ---------------------------------------------------------------------------------------- 13

    /**
     * The page, its script and its style arrive compressed: what crossed the network (the browser's
     * Resource Timing transferSize) is well under what it decoded. Prints the figures for
     * docs/performance.md.
     */
    @Test
    void thePageItsScriptAndItsStyleArriveCompressed() throws Exception {
        open("es");
        @SuppressWarnings("unchecked")
        List<List<Object>> entries = (List<List<Object>>) browser.executeScript("""
                return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
                    .map(e => [e.name, e.transferSize, e.decodedBodySize, e.initiatorType]);""");
        long transferred = 0;
        long decoded = 0;
        for (List<Object> entry : entries) {
            String name = (String) entry.get(0);
            long transfer = ((Number) entry.get(1)).longValue();
            long body = ((Number) entry.get(2)).longValue();
            transferred += transfer;
            decoded += body;
            System.out.printf("measured: %s transferred %d B, decoded %d B%n", name, transfer, body);
            boolean text = name.endsWith("/sandbox") || name.endsWith(".js") || name.endsWith(".css");
            if (text && body > 4096) {
                assertThat(transfer).as(name).isLessThan(body / 2);
            }
        }
        System.out.printf("measured: /sandbox on an empty cache: %d B transferred, %d B decoded%n", transferred, decoded);
        System.out.printf("measured: editor editable %.0f ms after navigation start%n",
                ((Number) browser.executeScript("return performance.getEntriesByName('enchufe:editor-ready')[0].startTime"))
                        .doubleValue());
        assertThat(entries).anyMatch(e -> ((String) e.get(0)).contains("/app/chunks/mount-"));
    }

    // ---------------------------------------------------------------------------------------- 5

    /** Typed as a student copies the slide: the indentation typed takes the place of the editor's own. */
    @Test
    void typedIndentationIsNotDoubledAndATracebackMarksAndLinksItsLine() throws Exception {
        open("es");
        file("sangria.py", "");
        openTab("sangria.py");
        editorContent().click();
        editorContent().sendKeys("if True:", Keys.ENTER, "    x = 1", Keys.ENTER, "    print(x)", Keys.ENTER,
                Keys.BACK_SPACE, "print(y)");
        wait.until(d -> editorContent().getText().equals("if True:\n    x = 1\n    print(x)\nprint(y)"));

        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement run = console("sangria.py");
        waitForOutput(run, "NameError: name 'y' is not defined");
        assertThat(run.findElement(By.cssSelector("[data-testid=console-output]")).getText()).startsWith("1\n");
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=editor] [data-testid=error-line]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-testid=editor] [data-testid=error-line]")).getText())
                .isEqualTo("print(y)");

        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.HOME));
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=editor] .cm-activeLine")).getText().equals("if True:"));
        WebElement frame = run.findElement(By.cssSelector("[data-testid=traceback-line]"));
        assertThat(frame.getText()).isEqualTo("File \"sangria.py\", line 4");
        frame.click();
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=editor] .cm-activeLine")).getText().equals("print(y)"));

        // Run again without the error: the mark goes.
        editorContent().sendKeys(Keys.END, Keys.BACK_SPACE, Keys.BACK_SPACE, "x)");
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        wait.until(d -> consoles("sangria.py").size() == 2);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=editor] [data-testid=error-line]")).isEmpty());
    }

    // ---------------------------------------------------------------------------------------- 2

    private void saved(String language) {
        String word = language.equals("es") ? "Guardado" : "Saved";
        wait.until(d -> d.findElement(By.cssSelector("[data-testid=save-state]")).getText().equals(word));
    }

    /**
     * Two tabs of one workspace: what one saves shows in the other as it is typed; a save made on
     * an older version than the saved one (here: a save the server took while this tab's notice of
     * it was still on its way, made directly so it is certain) is refused and shown, with the
     * student's text kept, until they choose.
     */
    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | se guardó en otra pestaña mientras lo editabas aquí | Quedarme con el mío | Tomar el de la otra pestaña",
            "en | was saved in another tab while you were editing it here | Keep mine | Take the other tab's"})
    void twoTabsSeeEachOthersEditsAndAConflictIsShownNeverLost(String language, String conflictText, String mine,
            String theirs) throws Exception {
        open(language);
        file("compartido.py", "x = 1\n");
        openTab("compartido.py");
        String first = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.get("http://localhost:" + port + "/sandbox");
        connected();
        openTab("compartido.py");
        String second = browser.getWindowHandle();

        browser.switchTo().window(first);
        editorContent().click();
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "# desde A");
        saved(language);
        browser.switchTo().window(second);
        wait.until(d -> editorContent().getText().equals("x = 1\n# desde A"));

        // Saved elsewhere while this tab did not know yet: this tab's next save is made on an old version.
        drafts.save(workspace(), "compartido.py", "x = 1\n# desde A\n# desde C\n");
        editorContent().click();
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, Keys.END), " y B");
        WebElement conflict = browser.findElement(By.cssSelector("[data-testid=conflict]"));
        wait.until(d -> conflict.isDisplayed());
        assertThat(conflict.getText()).contains("compartido.py " + conflictText, mine, theirs);
        assertThat(editorContent().getText()).isEqualTo("x = 1\n# desde A y B");
        // Run does not overwrite the other text either while the conflict stands.
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        assertThat(drafts.files(workspace()).stream().filter(d -> d.filename().equals("compartido.py")).findFirst()
                .orElseThrow().source()).isEqualTo("x = 1\n# desde A\n# desde C\n");

        conflict.findElement(By.cssSelector("[data-testid=conflict-mine]")).click();
        wait.until(d -> !conflict.isDisplayed());
        saved(language);
        browser.switchTo().window(first);
        wait.until(d -> editorContent().getText().equals("x = 1\n# desde A y B"));
        browser.switchTo().window(second);

        drafts.save(workspace(), "compartido.py", "x = 2\n");
        editorContent().sendKeys("!");
        wait.until(d -> conflict.isDisplayed());
        conflict.findElement(By.cssSelector("[data-testid=conflict-theirs]")).click();
        wait.until(d -> editorContent().getText().equals("x = 2"));
        // The student's own text is one undo away.
        editorContent().sendKeys(Keys.chord(Keys.CONTROL, "z"));
        wait.until(d -> editorContent().getText().equals("x = 1\n# desde A y B!"));
    }

    // ---------------------------------------------------------------------------------------- 12

    /** The page as a 390 × 844 phone shows it (Chromium's device emulation, touch and all). */
    private void asPhone() {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 3, "mobile", true));
        browser.executeCdpCommand("Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true));
        browser.navigate().refresh();
        connected();
    }

    private long pageWidth() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth");
    }

    private double rightEdge(String testId) {
        return ((Number) browser.executeScript("return document.querySelector('[data-testid=" + testId
                + "]').getBoundingClientRect().right")).doubleValue();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"es | servidor.py | English", "en | server.py | Español"})
    void onAPhoneThePageIsNoWiderThanTheScreenAndOffersNoKeyboardHints(String language, String serverFile,
            String otherLanguage) throws Exception {
        open(language);
        asPhone();
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.cssSelector("[data-testid=lang-switch]")).getText()).isEqualTo(otherLanguage);
        assertThat(rightEdge("lang-switch")).isLessThanOrEqualTo(390);
        assertThat(rightEdge("tab-bytes")).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.cssSelector("[data-testid=shortcuts]")).isDisplayed()).isFalse();

        // With a server sleeping and its connection drawn, the trace's long lines and the tables scroll in their panel.
        openTab(serverFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console(serverFile);
        waitForStatus(server, language.equals("es") ? "durmiendo en accept()" : "sleeping in accept()");
        for (String view : List.of("trace", "processes", "netstat", "bytes", "diagram")) {
            showView(view);
            assertThat(pageWidth()).as(view).isLessThanOrEqualTo(390);
        }
        HeadlessChromium.screenshot(browser, "sandbox-phone-" + language);
    }

    // ---------------------------------------------------------------------------------------- 6

    /** Where this browser's downloads land (a fresh folder under target/). */
    private java.nio.file.Path downloads() throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "downloads"));
        java.nio.file.Path mine = java.nio.file.Files.createTempDirectory(folder, "journey-").toAbsolutePath();
        browser.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow", "downloadPath", mine.toString()));
        return mine;
    }

    /** A file the browser finished downloading (Chromium writes .crdownload, then renames it). */
    private byte[] downloaded(java.nio.file.Path folder, String name) {
        java.nio.file.Path file = folder.resolve(name);
        wait.until(d -> java.nio.file.Files.exists(file));
        return wait.ignoring(java.io.UncheckedIOException.class).until(d -> {
            try {
                return java.nio.file.Files.readAllBytes(file);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private String problem() {
        WebElement box = browser.findElement(By.cssSelector("[data-testid=problem]"));
        wait.until(d -> box.isDisplayed());
        return box.getText();
    }

    private java.nio.file.Path onDisk(String name, String text) throws java.io.IOException {
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "uploads"));
        java.nio.file.Path file = java.nio.file.Files.createTempDirectory(folder, "journey-").resolve(name).toAbsolutePath();
        java.nio.file.Files.writeString(file, text);
        return file;
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | Ejecutar | no sirve como nombre | Ya tienes un fichero «eco2.py» | es demasiado grande",
            "en | Run      | cannot be a file name | You already have a file “eco2.py” | is too big"})
    void filesAreCreatedRenamedDownloadedAndUploadedWithoutTheBrowsersDialogs(String language, String run,
            String invalidName, String exists, String tooBig) throws Exception {
        open(language);
        java.nio.file.Path downloads = downloads();
        browser.findElement(By.cssSelector("[data-testid=new-file]")).click();
        WebElement name = browser.findElement(By.cssSelector("[data-testid=file-name-input]"));
        wait.until(d -> name.isDisplayed());
        name.sendKeys("mal nombre.py", Keys.ENTER);
        assertThat(problem()).contains(invalidName);
        name.clear();
        name.sendKeys("eco.py", Keys.ENTER);
        wait.until(d -> selectedTab().equals("eco.py"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=run]")).getText()).isEqualTo(run + " eco.py");
        assertThat(name.isDisplayed()).isFalse();
        editorContent().sendKeys("print('eco')");
        saved(language);

        browser.findElement(By.cssSelector("[data-testid=rename-file]")).click();
        wait.until(d -> name.isDisplayed());
        assertThat(name.getAttribute("value")).isEqualTo("eco.py");
        name.clear();
        name.sendKeys("eco2.py", Keys.ENTER);
        wait.until(d -> selectedTab().equals("eco2.py"));
        assertThat(tabNames()).doesNotContain("eco.py");
        assertThat(editorContent().getText()).isEqualTo("print('eco')");

        browser.findElement(By.cssSelector("[data-testid=download-file]")).click();
        assertThat(new String(downloaded(downloads, "eco2.py"), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("print('eco')");

        browser.findElement(By.cssSelector("[data-testid=new-file]")).click();
        name.clear();
        name.sendKeys("otro.py", Keys.ENTER);
        wait.until(d -> selectedTab().equals("otro.py"));
        browser.findElement(By.cssSelector("[data-testid=rename-file]")).click();
        name.clear();
        name.sendKeys("eco2.py", Keys.ENTER);
        assertThat(problem()).contains(exists);
        browser.findElement(By.cssSelector("[data-testid=file-name-cancel]")).click();

        WebElement upload = browser.findElement(By.cssSelector("[data-testid=upload-file]"));
        upload.sendKeys(onDisk("subido.py", "print('subido')\n").toString());
        wait.until(d -> selectedTab().equals("subido.py"));
        wait.until(d -> editorContent().getText().equals("print('subido')"));
        upload.sendKeys(onDisk("grande.py", "#".repeat(50_001)).toString());
        assertThat(problem()).contains("grande.py", tooBig);
        assertThat(tabNames()).doesNotContain("grande.py");
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | enchufe-ficheros.zip | servidor.py | no es un zip de Enchufe",
            "en | enchufe-files.zip    | server.py   | is not an Enchufe zip"})
    void aWorkspaceGoesHomeAsAZipAndComesBackOnAnotherComputer(String language, String zipName, String starter,
            String notAZip) throws Exception {
        open(language);
        file("casa.py", "print('casa')\n");
        java.nio.file.Path downloads = downloads();
        browser.findElement(By.cssSelector("[data-testid=export-files]")).click();
        byte[] zip = downloaded(downloads, zipName);
        java.util.List<String> entries = new java.util.ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.add(entry.getName());
            }
        }
        assertThat(entries).contains(starter, "casa.py");

        // Another computer: another browser, another workspace.
        browser.quit();
        browser = null;
        open(language);
        assertThat(tabNames()).doesNotContain("casa.py");
        WebElement importer = browser.findElement(By.cssSelector("[data-testid=import-files]"));
        importer.sendKeys(onDisk("no-es-zip.zip", "hola").toString());
        assertThat(problem()).contains(notAZip);
        java.nio.file.Path archive = onDisk(zipName, "");
        java.nio.file.Files.write(archive, zip);
        importer.sendKeys(archive.toString());
        openTab("casa.py");
        wait.until(d -> editorContent().getText().equals("print('casa')"));
    }

    // ---------------------------------------------------------------------------------------- 4

    private void screen(int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Whether the element is wholly inside the window, as the page is, without scrolling. */
    private boolean inSight(WebElement element) {
        return (Boolean) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return window.scrollY === 0 && r.height > 0 && r.top >= 0 && r.left >= 0
                    && r.bottom <= window.innerHeight + 1 && r.right <= window.innerWidth + 1;""", element);
    }

    private void allInSight(String what) {
        wait.until(d -> inSight(d.findElement(By.cssSelector("[data-testid=editor]"))));
        List<WebElement> cards = browser.findElements(By.cssSelector("[data-testid=console]"));
        assertThat(inSight(cards.getLast())).as(what + ": the newest console").isTrue();
        WebElement panel = browser.findElements(By.cssSelector(".wb-views .view-panel")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElseThrow();
        assertThat(inSight(panel)).as(what + ": the view").isTrue();
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"es | servidor.py | cliente.py | Quitar las terminadas",
            "en | server.py | client.py | Clear finished"})
    void onALaptopAndOnAProjectorTheEditorTheConsolesAndTheViewAreInSightTogether(String language, String serverFile,
            String clientFile, String clear) throws Exception {
        open(language);
        for (int i = 1; i <= 8; i++) {
            drafts.save(workspace(), "ejercicio_" + i + ".py", i == 2 ? "import time\ntime.sleep(60)\n" : "print(" + i + ")\n");
        }
        screen(1366, 768);
        browser.navigate().refresh();
        connected();

        // Ten files: one row of tabs that scrolls, the file shown always in sight.
        List<WebElement> tabs = browser.findElements(By.cssSelector("[data-testid=file-tab]"));
        assertThat(tabs).hasSize(10);
        WebElement bar = browser.findElement(By.cssSelector("[data-testid=file-tabs]"));
        assertThat(bar.getRect().getHeight()).isLessThan(2 * tabs.getFirst().getRect().getHeight());
        openTab("ejercicio_8.py");
        WebElement last = browser.findElements(By.cssSelector("[data-testid=file-tab]")).getLast();
        wait.until(d -> last.getRect().getX() + last.getRect().getWidth() <= bar.getRect().getX() + bar.getRect().getWidth() + 1);

        openTab(serverFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console(serverFile);
        openTab(clientFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement client = console(clientFile);
        waitForStatus(client, language.equals("es") ? "terminado con código 0" : "exited with code 0");
        allInSight("1366×768");
        showView("trace");
        allInSight("1366×768, trace");
        HeadlessChromium.screenshot(browser, "sandbox-laptop-" + language);

        // Finished consoles fold, and go at one click (the live ones stay).
        client.findElement(By.cssSelector("[data-testid=console-fold]")).click();
        wait.until(d -> !client.findElement(By.cssSelector("[data-testid=console-output]")).isDisplayed());
        WebElement clearButton = browser.findElement(By.cssSelector("[data-testid=clear-finished]"));
        assertThat(clearButton.getText()).isEqualTo(clear);
        waitForStatus(server, language.equals("es") ? "terminado con código 0" : "exited with code 0");
        openTab("ejercicio_1.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        waitForStatus(console("ejercicio_1.py"), language.equals("es") ? "terminado" : "exited");
        openTab("ejercicio_2.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        waitForStatus(console("ejercicio_2.py"), language.equals("es") ? "durmiendo en sleep()" : "sleeping in sleep()");
        clearButton.click();
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=console]")).size() == 1);
        assertThat(consoles("ejercicio_2.py")).hasSize(1);

        // A projector: everything larger, and still a screenful of code beside the consoles and the view.
        browser.findElement(By.cssSelector("[data-testid=projector]")).click();
        wait.until(d -> d.findElement(By.tagName("html")).getAttribute("class").contains("projector"));
        allInSight("projector");
        double lines = ((Number) browser.executeScript("""
                const editor = document.querySelector('[data-testid=editor] .cm-scroller').getBoundingClientRect();
                const line = document.querySelector('[data-testid=editor] .cm-line').getBoundingClientRect();
                return editor.height / line.height;""")).doubleValue();
        assertThat(lines).isGreaterThanOrEqualTo(10);
        HeadlessChromium.screenshot(browser, "sandbox-projector-" + language);
    }

    // ---------------------------------------------------------------------------------------- 15

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | servidor.py | cliente.py | terminado con código 0 | Pulsa una fila para ver sus bytes en hexadecimal",
            "en | server.py   | client.py  | exited with code 0     | Click a row to see its bytes in hex"})
    void theByteInspectorSaysItOpensOnAClickFinishedConsolesOfferNoInputAndTheHomeCodeFits(String language,
            String serverFile, String clientFile, String exited, String hint) throws Exception {
        open(language);
        openTab(serverFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console(serverFile);
        assertThat(server.findElement(By.cssSelector("[data-testid=console-input]")).isDisplayed()).isTrue();
        openTab(clientFile);
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement client = console(clientFile);
        waitForStatus(client, exited);
        waitForStatus(server, exited);
        wait.until(d -> !client.findElement(By.cssSelector("[data-testid=console-input]")).isDisplayed());
        assertThat(server.findElement(By.cssSelector("[data-testid=console-input]")).isDisplayed()).isFalse();

        showView("bytes");
        assertThat(browser.findElement(By.cssSelector("[data-testid=bytes-hint]")).getText()).startsWith(hint);
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=bytes-addr-mark]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-testid=bytes-addr-mark]")).getText()).isEqualTo("@");
        WebElement sent = browser.findElements(By.cssSelector("[data-testid=bytes-entry]")).stream()
                .filter(e -> e.findElements(By.cssSelector("[data-testid=bytes-hex]")).size() == 1).findFirst().orElseThrow();
        assertThat(sent.findElement(By.cssSelector("[data-testid=bytes-hex]")).isDisplayed()).isFalse();
        sent.findElement(By.tagName("summary")).click();
        wait.until(d -> sent.findElement(By.cssSelector("[data-testid=bytes-hex]")).isDisplayed());

        screen(1400, 900);
        browser.get("http://localhost:" + port + "/");
        WebElement code = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=first-source]")));
        assertThat((Boolean) browser.executeScript("return arguments[0].scrollWidth <= arguments[0].clientWidth", code)).isTrue();
    }

    // ---------------------------------------------------------------------------------------- 11

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"es | hijo del pid | 1 datagrama | terminado", "en | child of pid | 1 datagram | ended"})
    void theDiagramJoinsAForkedChildToItsParentAndKeepsAUdpExchangeAfterTheClientEnded(String language, String childOf,
            String oneDatagram, String ended) throws Exception {
        open(language);
        file("familia.py", "import os, time\npid = os.fork()\ntime.sleep(30)\n");
        file("udp_srv.py", "import socket\ns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "s.bind(('127.0.0.1', 6000))\ndatos, direccion = s.recvfrom(100)\nprint('recibido', datos)\ns.recvfrom(100)\n");
        file("udp_cli.py", "import socket\nc = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "c.sendto(b'hola', ('127.0.0.1', 6000))\n");
        openTab("familia.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        wait.until(d -> consoles("familia.py").size() == 2);
        String parent = consoles("familia.py").getFirst().getAttribute("data-pid");
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=link-fork]")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("[data-testid=diagram-parent]")).getText())
                .startsWith(childOf + " " + parent);

        openTab("udp_srv.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        WebElement server = console("udp_srv.py");
        wait.until(d -> !d.findElements(By.cssSelector("[data-testid=view-diagram] [data-testid=plug][data-state=UNCONNECTED]")).isEmpty()
                || server.findElement(By.cssSelector("[data-testid=console-status]")).getText().contains("recvfrom"));
        openTab("udp_cli.py");
        browser.findElement(By.cssSelector("[data-testid=run]")).click();
        waitForOutput(server, "recibido b'hola'");
        waitForStatus(console("udp_cli.py"), language.equals("es") ? "terminado con código 0" : "exited with code 0");
        By endedClient = By.cssSelector("[data-testid=view-diagram] [data-testid=diagram-process][data-ended=true]");
        wait.until(d -> !d.findElements(endedClient).isEmpty());
        assertThat(browser.findElement(endedClient).getText()).contains("udp_cli.py", ended);
        wait.until(d -> d.findElements(By.cssSelector("[data-testid=datagrams-exchanged]")).stream()
                .anyMatch(label -> label.getText().equals(oneDatagram)));
        HeadlessChromium.screenshot(browser, "sandbox-udp-after-" + language);
    }
}
