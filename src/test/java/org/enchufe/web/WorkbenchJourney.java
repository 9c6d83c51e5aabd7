package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.enchufe.workbench.Drafts;
import org.enchufe.workbench.WorkspaceCookie;
import org.enchufe.workbench.WorkspaceIds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every journey through the free sandbox starts from: the real server, a headless Chromium
 * on /sandbox in one language, the student's workspace, and at the end a screenshot and the
 * check that the pages' Content-Security-Policy blocked nothing of ours.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class WorkbenchJourney {

    @LocalServerPort
    int port;

    @Autowired
    Drafts drafts;

    @Autowired
    WorkspaceIds ids;

    ChromeDriver browser;
    WebDriverWait wait;

    @AfterEach
    void closeBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            HeadlessChromium.screenshot(browser, "last-" + test.getTestMethod().orElseThrow().getName());
            List<String> violations = HeadlessChromium.contentSecurityViolations(browser);
            browser.quit();
            // Every journey ran under the pages' Content-Security-Policy: nothing of ours was blocked.
            assertThat(violations).isEmpty();
        }
    }

    /** Opens the free sandbox in {@code language} and waits until it is connected. */
    void open(String language) throws Exception {
        browser = HeadlessChromium.start(language);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get("http://localhost:" + port + "/sandbox");
        connected();
    }

    void connected() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=run]")));
    }

    String workspace() {
        return ids.verify(browser.manage().getCookieNamed(WorkspaceCookie.NAME).getValue()).orElseThrow();
    }

    /** Puts a file in the browser's workspace as if the student had typed it, and shows it. */
    void file(String name, String source) {
        drafts.save(workspace(), name, source);
        browser.navigate().refresh();
        connected();
    }
}
