package org.enchufe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The classroom's first minutes in real browsers, each its own profile: the instructor signs in
 * (Spanish), creates a class and opens two lessons; a student (English) types the code, picks a
 * name and lands on the class's lessons; the instructor sees them on the roster; the student's
 * return link brings their class to a third browser; the instructor signs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"enchufe.admin.username=profe", "enchufe.admin.password=una clave bien larga"})
@ActiveProfiles("test")
class ClassroomBrowserIT {

    @LocalServerPort
    int port;

    private final List<ChromeDriver> browsers = new ArrayList<>();

    @AfterEach
    void closeBrowsers() throws Exception {
        List<String> violations = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            HeadlessChromium.screenshot(browsers.get(i), "classroom-" + i);
            violations.addAll(HeadlessChromium.contentSecurityViolations(browsers.get(i)));
            browsers.get(i).quit();
        }
        // Every page ran under the Content-Security-Policy: nothing of ours was blocked.
        assertThat(violations).isEmpty();
    }

    @Test
    void anInstructorOpensAClassAStudentJoinsByCodeAndIsOnTheRoster() throws Exception {
        ChromeDriver instructor = browser("es");
        instructor.get(url("/login"));
        instructor.findElement(By.cssSelector("[data-testid=login-username]")).sendKeys("profe");
        instructor.findElement(By.cssSelector("[data-testid=login-password]")).sendKeys("una clave bien larga");
        instructor.findElement(By.cssSelector("[data-testid=login-submit]")).click();
        waitFor(instructor).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=nav-classes]"))).click();

        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=classes-none]")));
        instructor.findElement(By.cssSelector("[data-testid=new-class-name]")).sendKeys("Redes, grupo de tarde");
        instructor.findElement(By.cssSelector("[data-testid=new-class-create]")).click();
        WebElement code = waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=join-code]")));
        String joinCode = code.getText();
        assertThat(joinCode).matches("[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(instructor.findElement(By.cssSelector("[data-testid=manage-name]")).getText()).isEqualTo("Redes, grupo de tarde");
        instructor.findElement(By.cssSelector("[data-testid=lesson-que-es-un-socket]")).click();
        instructor.findElement(By.cssSelector("[data-testid=lesson-bind-y-puertos]")).click();
        instructor.findElement(By.cssSelector("[data-testid=save-lessons]")).click();
        assertThat(waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=notice]"))).getText())
                .isEqualTo("Lecciones guardadas.");
        assertThat(instructor.findElement(By.cssSelector("[data-testid=lesson-bind-y-puertos]")).isSelected()).isTrue();
        String dashboard = instructor.findElement(By.cssSelector("[data-testid=manage-dashboard]")).getDomAttribute("href");
        assertThat(dashboard).matches("/classes/\\d+");

        ChromeDriver student = browser("en");
        student.get(url("/join"));
        student.findElement(By.cssSelector("[data-testid=join-code-input]")).sendKeys(joinCode.toLowerCase().replace("-", " "));
        student.findElement(By.cssSelector("[data-testid=join-code-submit]")).click();
        assertThat(waitFor(student).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=join-class]"))).getText())
                .isEqualTo("Join Redes, grupo de tarde");
        student.findElement(By.cssSelector("[data-testid=join-name]")).sendKeys("Ana Student");
        student.findElement(By.cssSelector("[data-testid=join-submit]")).click();

        waitFor(student).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=class-lessons]")));
        assertThat(student.findElement(By.cssSelector("[data-testid=my-class-name]")).getText()).isEqualTo("Redes, grupo de tarde");
        assertThat(student.findElement(By.cssSelector("[data-testid=my-class-student]")).getText()).isEqualTo("You are in as Ana Student.");
        assertThat(student.findElements(By.cssSelector("[data-testid=class-lesson]"))).extracting(e -> e.getDomAttribute("data-lesson"))
                .containsExactly("que-es-un-socket", "bind-y-puertos");
        String returnLink = student.findElement(By.cssSelector("[data-testid=return-link]")).getText();
        assertThat(returnLink).startsWith(url("/return/"));
        student.get(url("/"));
        assertThat(student.findElements(By.cssSelector("[data-testid=open-in-class]"))).hasSize(2);
        student.findElement(By.cssSelector("[data-testid=nav-my-class]")).click();
        waitFor(student).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=class-lessons]")));

        instructor.navigate().refresh();
        assertThat(waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=roster]")))
                .findElements(By.cssSelector("[data-testid=roster-student] .student-name")))
                .extracting(WebElement::getText).containsExactly("Ana Student");
        HeadlessChromium.screenshot(instructor, "classroom-manage-es");

        ChromeDriver otherComputer = browser("en");
        otherComputer.get(returnLink);
        assertThat(waitFor(otherComputer).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=my-class-student]")))
                .getText()).isEqualTo("You are in as Ana Student.");

        instructor.findElement(By.cssSelector("[data-testid=nav-sign-out]")).click();
        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-signed-out]")));
        instructor.get(url("/classes"));
        waitFor(instructor).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=login-form]")));
    }

    private ChromeDriver browser(String language) throws Exception {
        ChromeDriver browser = HeadlessChromium.start(language);
        browsers.add(browser);
        return browser;
    }

    private static WebDriverWait waitFor(ChromeDriver browser) {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
