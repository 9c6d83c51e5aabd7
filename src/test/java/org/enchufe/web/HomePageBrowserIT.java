package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A real browser opens the home page, presses the button and watches three real calls arrive. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HomePageBrowserIT {

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            java.util.List<String> violations = HeadlessChromium.contentSecurityViolations(browser);
            browser.quit();
            // The journey ran under the page's Content-Security-Policy: nothing of ours was blocked.
            org.assertj.core.api.Assertions.assertThat(violations).isEmpty();
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
            "es | Abrir un socket | Conectado | está enlazado a 127.0.0.1:",
            "en | Open a socket   | Connected | is bound to 127.0.0.1:"})
    void theButtonOpensARealSocketAndItsThreeCallsArriveOverTheWebSocket(
            String language, String buttonText, String connectedText, String boundText) throws Exception {
        browser = HeadlessChromium.start(language);
        browser.get("http://localhost:" + port + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
        WebElement button = browser.findElement(By.cssSelector("[data-testid=open-socket]"));
        assertThat(button.getText()).isEqualTo(buttonText);
        wait.until(ExpectedConditions.elementToBeClickable(button));
        assertThat(browser.findElement(By.cssSelector("[data-testid=connection]")).getText()).isEqualTo(connectedText);
        String countBefore = browser.findElement(By.cssSelector("[data-testid=sockets-opened]")).getText();

        button.click();

        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=events] .event-syscall")).size() == 3);
        // textContent, not getText(): a row still fading in has no "visible" text for Selenium yet.
        List<String> calls = browser.findElements(By.cssSelector("[data-testid=events] .event-syscall .strace"))
                .stream().map(e -> e.getDomProperty("textContent").strip()).toList();
        assertThat(calls).containsExactly(
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3",
                "bind(3, {sa_family=AF_INET, sin_port=htons(0), sin_addr=inet_addr(\"127.0.0.1\")}, 16) = 0",
                "close(3) = 0");
        wait.until(driver -> driver.findElements(By.cssSelector("[data-testid=events] .event-socket")).size() == 3);
        assertThat(browser.findElement(By.cssSelector("[data-testid=events]")).getText()).contains(boundText);
        assertThat(browser.findElement(By.cssSelector("[data-testid=events-empty]")).isDisplayed()).isFalse();
        wait.until(driver -> !driver.findElement(By.cssSelector("[data-testid=sockets-opened]")).getText().equals(countBefore));
        assertThat(Long.parseLong(browser.findElement(By.cssSelector("[data-testid=sockets-opened]")).getText()))
                .isEqualTo(Long.parseLong(countBefore) + 1);

        HeadlessChromium.screenshot(browser, "home-" + language);
    }

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({"es, en, Open a socket", "en, es, Abrir un socket"})
    void theLanguageSwitchChangesEveryText(String from, String to, String buttonText) throws Exception {
        browser = HeadlessChromium.start(from);
        browser.get("http://localhost:" + port + "/");

        browser.findElement(By.cssSelector("[data-testid=lang-switch]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                driver -> to.equals(driver.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(browser.findElement(By.cssSelector("[data-testid=open-socket]")).getText()).isEqualTo(buttonText);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("[data-testid=open-socket]")));
    }
}
