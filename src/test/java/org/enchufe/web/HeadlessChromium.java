package org.enchufe.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium driven through Debian's chromedriver, headless, with nothing downloaded at
 * test time. The binaries come from the system properties the build sets (enchufe.chromium,
 * enchufe.chromedriver); when they are missing the test fails saying what to install.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    static ChromeDriver start(String language) throws IOException {
        Path chromium = Path.of(System.getProperty("enchufe.chromium", "/usr/bin/chromium"));
        Path driver = Path.of(System.getProperty("enchufe.chromedriver", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + chromium
                    + " and " + driver + ". On Debian/Ubuntu: sudo apt install chromium chromium-driver"
                    + " (or point -Dchromium.binary= and -Dchromedriver.binary= at your own).");
        }
        // A fresh profile per browser, under target/ so that the build's clean removes it.
        Path profiles = Files.createDirectories(Path.of("target", "chromium-profiles"));
        Path profile = Files.createTempDirectory(profiles, "profile-");
        ChromeOptions options = new ChromeOptions()
                .setBinary(chromium.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--window-size=1280,1400",
                        "--lang=" + language, "--user-data-dir=" + profile);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // The console is kept, so a journey can check nothing broke the Content-Security-Policy.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return browser;
    }

    /** What the page's console said about the Content-Security-Policy (Chromium reports every blocked script or style). */
    static java.util.List<String> contentSecurityViolations(ChromeDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")).toList();
    }

    /** Saves what the browser shows under target/screenshots, for the README and for failures. */
    static void screenshot(ChromeDriver browser, String name) throws IOException {
        Path directory = Path.of(System.getProperty("enchufe.screenshots", "target/screenshots"));
        Files.createDirectories(directory);
        Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
