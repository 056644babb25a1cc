package org.galen.app.web.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.galen.store.Actor;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.account.NewUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The review workflow in headless Chromium: an editor saves an answer, a reviewer approves it, and
 * an anonymous visitor then sees the article without the pending-review banner. Needs Debian's
 * {@code chromium} and {@code chromium-driver}; skipped without them unless {@code
 * GALEN_REQUIRE_BROWSER} is set.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorialBrowserTest {
  static final String CHROMIUM = "/usr/bin/chromium";
  static final String DRIVER = "/usr/bin/chromedriver";
  static final String PASSWORD = "correct horse battery";
  private static @Nullable WebDriver driver;

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws Exception {
    Path dir = Files.createTempDirectory("galen-browser");
    System.setProperty("galen.home", dir.resolve("home").toString());
    registry.add("GALEN_DB_URL", () -> "jdbc:h2:file:" + dir.resolve("db/galen"));
  }

  @BeforeAll
  static void browser() {
    if (!new File(CHROMIUM).canExecute() || !new File(DRIVER).canExecute()) {
      String why = "headless Chromium is not installed (" + CHROMIUM + ", " + DRIVER + ")";
      if (System.getenv("GALEN_REQUIRE_BROWSER") != null) {
        throw new IllegalStateException(why + " but GALEN_REQUIRE_BROWSER is set");
      }
      Assumptions.abort(why + ": apt-get install chromium chromium-driver");
    }
    ChromeOptions opts = new ChromeOptions();
    opts.setBinary(CHROMIUM);
    opts.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage");
    driver =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).build(),
            opts);
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
  }

  @AfterAll
  static void quit() {
    if (driver != null) {
      driver.quit();
    }
    System.clearProperty("galen.home");
  }

  private WebDriver web() {
    return Objects.requireNonNull(driver);
  }

  private void waitFor(ExpectedCondition<?> condition) {
    new WebDriverWait(web(), Duration.ofSeconds(15)).until(condition);
  }

  private void open(String path) {
    web().get("http://localhost:" + port + path);
  }

  private void logIn(String user) {
    web().manage().deleteAllCookies();
    open("/login");
    web().findElement(By.id("username")).sendKeys(user);
    web().findElement(By.id("password")).sendKeys(PASSWORD);
    web().findElement(By.id("login")).click();
    waitFor(ExpectedConditions.urlMatches("/editorial$"));
  }

  @Test
  void anEditorSavesAReviewerApprovesAndVisitorsSeeItWithoutThePendingBanner() {
    Actor admin = store.accounts().find("admin").orElseThrow().actor();
    for (String[] u :
        new String[][] {
          {"erin", "Erin Editor", "editor"}, {"rhea", "Dr Rhea Reviewer", "reviewer"}
        }) {
      store
          .accounts()
          .create(
              admin,
              new NewUser(
                  u[0],
                  Objects.requireNonNull(encoder.encode(PASSWORD)),
                  Set.of(Role.parse(u[2])),
                  u[1],
                  "MD",
                  "Rheumatology"));
    }

    logIn("erin");
    web().findElement(By.id("question")).sendKeys("How should an acute gout flare be treated?");
    web().findElement(By.id("save-article")).click();
    waitFor(ExpectedConditions.urlContains("/editorial/articles/"));
    String workspace = Objects.requireNonNull(web().getCurrentUrl());
    assertThat(workspace).contains("/editorial/articles/how-should-an-acute-gout-flare-be-treated");
    assertThat(web().findElement(By.id("version-status")).getText()).isEqualTo("Submitted");
    String slug = workspace.substring(workspace.lastIndexOf('/') + 1);

    web().manage().deleteAllCookies();
    open("/articles/" + slug);
    assertThat(web().findElements(By.id("pending-banner"))).hasSize(1);

    logIn("rhea");
    open("/editorial/articles/" + slug);
    web().findElement(By.id("to-under_review")).click();
    waitFor(ExpectedConditions.textToBe(By.id("version-status"), "Under review"));
    web().findElement(By.id("to-approved")).click();
    waitFor(ExpectedConditions.textToBe(By.id("version-status"), "Approved"));

    web().manage().deleteAllCookies();
    open("/articles/" + slug);
    web().manage().timeouts().implicitlyWait(Duration.ZERO);
    assertThat(web().findElements(By.id("pending-banner"))).isEmpty();
    assertThat(web().findElement(By.cssSelector("#review-status li.current")).getText())
        .isEqualTo("Approved");
    assertThat(web().findElement(By.tagName("body")).getText())
        .contains("Reviewed by Dr Rhea Reviewer, MD")
        .contains("Last updated:")
        .contains("Bottom line");
  }
}
