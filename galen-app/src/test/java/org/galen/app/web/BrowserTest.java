package org.galen.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web app on a random port, driven by Debian's headless Chromium through Selenium: what a
 * clinician or a patient does on the page, by mouse, by keyboard only, and with JavaScript off,
 * plus axe-core's accessibility check on every kind of page. Skipped only when Chromium is not
 * installed ({@code apt-get install -y chromium chromium-driver}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserTest {
  static final String SEED =
      "What is the best treatment for sciatica pain localized to the upper hamstring and glute?";
  static final String EMERGENCY =
      "Bad back pain and now I can't feel anything around my bottom and can't pee";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static @Nullable ChromeDriver browser;
  private static @Nullable Path profiles;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    if (System.getProperty("galen.home") == null) {
      System.setProperty("galen.home", Files.createTempDirectory("galen-browser").toString());
    }
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "browser tests skipped: Chromium is not installed"
            + " (apt-get install -y chromium chromium-driver)");
    profiles = Files.createTempDirectory("galen-chromium");
    browser = chrome(true);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @BeforeEach
  void freshSession() {
    driver().manage().deleteAllCookies();
  }

  static ChromeDriver chrome(boolean javascript) throws IOException {
    ChromeOptions opts = new ChromeOptions();
    opts.setBinary(CHROMIUM.toFile());
    opts.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=1100,1400",
        "--user-data-dir=" + Files.createTempDirectory(profiles, "profile"));
    if (!javascript) {
      opts.setExperimentalOption(
          "prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
    }
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    ChromeDriver d = new ChromeDriver(service, opts);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    d.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return d;
  }

  private ChromeDriver driver() {
    assumeTrue(browser != null, "browser tests skipped: Chromium is not installed");
    return browser;
  }

  private String url(String pathAndQuery) {
    return "http://localhost:" + port + pathAndQuery;
  }

  private String askUrl(String q, String audience) {
    return url("/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&audience=" + audience);
  }

  /** Clicks something that loads a new page, and waits until the new page is there. */
  private static void clickAndWait(ChromeDriver d, WebElement target) {
    WebElement page = d.findElement(By.tagName("html"));
    target.click();
    // ChromeDriver waits for a pending navigation before its next command; this waits for the
    // navigation to start. (No script here: one test runs with JavaScript off.)
    // Mid-navigation, Chromium may report the old page's node as "not in the document" rather
    // than stale: either way the old page is gone.
    new WebDriverWait(d, Duration.ofSeconds(20))
        .until(
            x -> {
              try {
                page.isEnabled();
                return false;
              } catch (WebDriverException gone) {
                return true;
              }
            });
  }

  private List<String> texts(String css) {
    return driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }

  @Test
  void aClinicianAsksTheSeedQuestionAndSeesTieredSections() throws IOException {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));

    assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo(SEED);
    assertThat(d.findElement(By.cssSelector(".bottom-line")).getText()).startsWith("Bottom line:");
    assertThat(texts(".answer .section h2"))
        .contains("First-line treatment", "Critical pitfalls to avoid");
    assertThat(texts(".answer .section h3")).contains("Non-drug");
    assertThat(d.findElements(By.cssSelector(".section li sup.cite a"))).isNotEmpty();
    assertThat(texts(".references .kind")).anyMatch(k -> k.equalsIgnoreCase("Practice summary"));
    assertThat(d.findElement(By.cssSelector(".banner")).getText())
        .contains("Educational purpose only")
        .contains("pending human review");
    assertThat(texts(".references .status")).anyMatch(s -> s.contains("Submitted"));
    screenshots(d, "answer-clinician");
    d.manage().window().setSize(new Dimension(390, 844));
    try {
      Number overflow =
          (Number)
              d.executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
      screenshots(d, "answer-mobile");
    } finally {
      d.manage().window().setSize(new Dimension(1100, 1400));
    }
  }

  @Test
  void aPatientChoosesTheirAudienceOnceAndGetsPlainSections() throws IOException {
    ChromeDriver d = driver();
    d.get(url("/"));
    d.findElement(By.id("q")).sendKeys(SEED);
    d.findElement(By.cssSelector("input[value=patient]")).click();
    clickAndWait(d, d.findElement(By.cssSelector("form.ask button[type=submit]")));

    assertThat(d.getCurrentUrl()).contains("audience=patient");
    assertThat(texts(".answer .section h2")).contains("What to try first");
    assertThat(d.findElement(By.cssSelector(".audience-note")).getText())
        .contains("patients and caregivers");
    screenshots(d, "answer-patient");

    d.get(url("/"));
    assertThat(d.findElement(By.cssSelector("input[value=patient]")).isSelected())
        .as("the audience choice is remembered")
        .isTrue();
  }

  @Test
  void hoveringOrFocusingACitationShowsTheSourceAndItsVerbatimQuote() {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));
    WebElement cite = d.findElement(By.cssSelector(".section li sup.cite"));
    WebElement tip = cite.findElement(By.cssSelector(".tip"));
    assertThat(tip.isDisplayed()).isFalse();

    new Actions(d).moveToElement(cite.findElement(By.tagName("a"))).perform();
    assertThat(tip.isDisplayed()).isTrue();
    viewportShot(d, "citation-tooltip");
    assertThat(tip.findElement(By.cssSelector(".tip-meta")).getText()).contains("Practice summary");
    assertThat(tip.findElement(By.cssSelector(".tip-title")).getText()).isNotBlank();
    String quote = tip.findElement(By.cssSelector(".tip-quote")).getText();
    assertThat(quote).startsWith("“").endsWith("”").hasSizeGreaterThan(20);

    new Actions(d).moveToElement(d.findElement(By.tagName("h1"))).perform();
    assertThat(tip.isDisplayed()).isFalse();

    // Keyboard: tab from the question box until a citation number has focus.
    d.findElement(By.id("q")).click();
    WebElement focused = null;
    for (int i = 0; i < 60; i++) {
      new Actions(d).sendKeys(Keys.TAB).perform();
      WebElement active = d.switchTo().activeElement();
      if ("Reference"
          .equals(String.valueOf(active.getAttribute("aria-label")).replaceAll(" \\d+$", ""))) {
        focused = active;
        break;
      }
    }
    if (focused == null) {
      throw new AssertionError("no citation number is reachable with Tab");
    }
    WebElement focusedTip =
        d.findElement(By.id(String.valueOf(focused.getAttribute("aria-describedby"))));
    assertThat(focusedTip.isDisplayed()).isTrue();
    assertThat(focusedTip.getText()).contains("“");

    new Actions(d).sendKeys(Keys.ESCAPE).perform();
    assertThat(focusedTip.isDisplayed()).as("Escape dismisses the tooltip").isFalse();
  }

  @Test
  void anEmergencyShowsTheAlertAboveEverythingElse() {
    ChromeDriver d = driver();
    d.get(askUrl(EMERGENCY, "patient"));

    WebElement alert = d.findElement(By.cssSelector("[role=alert]"));
    assertThat(alert.getText())
        .contains("Urgent")
        .containsIgnoringCase("cauda equina")
        .contains("emergency");
    WebElement firstInMain =
        (WebElement) d.executeScript("return document.querySelector('main').firstElementChild;");
    assertThat(firstInMain).isEqualTo(alert);
    int alertY = alert.getLocation().getY();
    assertThat(alertY).isLessThan(d.findElement(By.cssSelector("form.ask")).getLocation().getY());
    assertThat(alertY).isLessThan(d.findElement(By.tagName("h1")).getLocation().getY());
  }

  @Test
  void aFollowUpKeepsTheConversationInItsUrl() {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));
    d.findElement(By.id("fq")).sendKeys("What if NSAIDs are not tolerated?");
    clickAndWait(d, d.findElement(By.cssSelector("form.follow-up button")));

    assertThat(d.getCurrentUrl()).contains("previous=").contains("audience=clinician");
    assertThat(d.findElement(By.tagName("h1")).getText())
        .isEqualTo("What if NSAIDs are not tolerated?");
    assertThat(texts(".conversation li")).containsExactly(SEED);

    // The shared URL shows the same conversation in a fresh browser session.
    String shared = d.getCurrentUrl();
    d.manage().deleteAllCookies();
    d.get(shared);
    assertThat(texts(".conversation li")).containsExactly(SEED);

    // A suggested follow-up is one click and carries the whole conversation.
    List<WebElement> chips = d.findElements(By.cssSelector(".chips a"));
    if (!chips.isEmpty()) {
      String chip = chips.getFirst().getText();
      clickAndWait(d, chips.getFirst());
      assertThat(d.findElement(By.tagName("h1")).getText()).isEqualTo(chip);
      assertThat(texts(".conversation li"))
          .containsExactly(SEED, "What if NSAIDs are not tolerated?");
    }
  }

  @Test
  void keyboardOnlyReachesEveryControlWithAVisibleFocus() {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));
    long count =
        (Long)
            d.executeScript(
                "var els = Array.from(document.querySelectorAll("
                    + "'a[href], button, input, textarea, select, [tabindex]'))"
                    + ".filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden'"
                    + " && e.getClientRects().length > 0"
                    // a radio group is one Tab stop (arrow keys move inside it): its checked radio
                    + " && !(e.type === 'radio' && !e.checked"
                    + "      && document.querySelector('input[name=\"' + e.name + '\"]:checked')));"
                    + "els.forEach((e, i) => e.setAttribute('data-kb', i));"
                    + "return els.length;");
    assertThat(count).isGreaterThan(20);
    Set<String> reached = new HashSet<>();
    List<String> noOutline = new ArrayList<>();
    d.executeScript("document.activeElement && document.activeElement.blur(); window.focus();");
    for (int i = 0; i < count + 10 && reached.size() < count; i++) {
      new Actions(d).sendKeys(Keys.TAB).perform();
      WebElement active = d.switchTo().activeElement();
      String kb = active.getAttribute("data-kb");
      if (kb != null) {
        reached.add(kb);
        String outline =
            (String) d.executeScript("return getComputedStyle(arguments[0]).outlineStyle;", active);
        if ("none".equals(outline)) {
          noOutline.add(active.getTagName() + " " + active.getText());
        }
      }
    }
    assertThat(reached).as("controls reached by Tab").hasSize((int) count);
    assertThat(noOutline).as("focused controls without a visible outline").isEmpty();
  }

  @Test
  void theRisDownloadParses() throws Exception {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));
    String href = d.findElement(By.linkText("References as RIS")).getDomAttribute("href");
    assertThat(href).startsWith("/export/ris?");
    if (href == null) {
      return;
    }
    HttpResponse<String> r =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url(href))).build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse(""))
        .contains("attachment")
        .contains("galen-references.ris");
    List<Map<String, List<String>>> records = RisParser.parse(r.body());
    int refs = d.findElements(By.cssSelector(".references > ol > li")).size();
    assertThat(records).hasSize(refs);
    assertThat(records.getFirst().get("TI")).isNotEmpty();
    assertThat(records.getFirst().get("TY")).containsAnyOf("ELEC", "JOUR", "GOVDOC", "BOOK", "GEN");
  }

  @Test
  void withJavaScriptOffThePageStillAnswers() throws IOException {
    ChromeDriver noJs = chrome(false);
    try {
      noJs.get(url("/"));
      noJs.findElement(By.id("q")).sendKeys(SEED);
      clickAndWait(noJs, noJs.findElement(By.cssSelector("form.ask button[type=submit]")));

      assertThat(noJs.findElement(By.cssSelector(".bottom-line")).getText())
          .startsWith("Bottom line:");
      assertThat(noJs.findElements(By.cssSelector(".section h2"))).hasSizeGreaterThan(2);
      assertThat(noJs.findElement(By.cssSelector("button.copy")).isDisplayed())
          .as("the script did not run")
          .isFalse();
      assertThat(noJs.findElement(By.linkText("Plain text")).isDisplayed()).isTrue();
    } finally {
      noJs.quit();
    }
  }

  @Test
  void aSourcePageShowsMetadataPassagesAndCitingArticles() {
    ChromeDriver d = driver();
    d.get(askUrl(SEED, "clinician"));
    clickAndWait(d, d.findElement(By.cssSelector(".references li a.title")));

    assertThat(d.getCurrentUrl()).contains("/sources/summary:");
    assertThat(d.findElement(By.cssSelector(".source-page .kind")).getText())
        .isEqualToIgnoringCase("Practice summary");
    assertThat(texts("dl.meta dt")).contains("Published by", "Library id");
    assertThat(texts(".passage-group h3")).anyMatch(h -> h.startsWith("First-line treatment"));
    assertThat(d.findElement(By.tagName("main")).getText()).contains("Articles citing this source");

    d.get(url("/sources/summary:no-such-thing"));
    assertThat(d.findElement(By.tagName("h1")).getText()).startsWith("404");
    assertThat(d.findElement(By.tagName("main")).getText()).contains("no source with id");
  }

  @Test
  void axeFindsNoSeriousOrCriticalViolations() throws IOException {
    ChromeDriver d = driver();
    String axe = Files.readString(Axe.script());
    Map<String, String> pages =
        Map.of(
            "ask page", url("/"),
            "answer (clinician)", askUrl(SEED, "clinician"),
            "answer (patient)", askUrl(SEED, "patient"),
            "emergency answer", askUrl(EMERGENCY, "patient"),
            "source page", url("/sources/summary:sciatica"));
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      d.get(page.getValue());
      problems.addAll(
          Axe.seriousViolations(d, axe).stream().map(v -> page.getKey() + ": " + v).toList());
    }
    // And with a citation tooltip open, so its colours are checked too.
    d.get(askUrl(SEED, "clinician"));
    new Actions(d).moveToElement(d.findElement(By.cssSelector(".section sup.cite a"))).perform();
    problems.addAll(Axe.seriousViolations(d, axe).stream().map(v -> "open tooltip: " + v).toList());

    assertThat(problems).isEmpty();
  }

  private static void viewportShot(ChromeDriver d, String name) {
    try {
      Files.createDirectories(SHOTS);
      Files.write(
          SHOTS.resolve(name + ".png"), d.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Full-page screenshots under target/screenshots, for people to look at. */
  private static void screenshots(ChromeDriver d, String name) throws IOException {
    Files.createDirectories(SHOTS);
    Number height = (Number) d.executeScript("return document.documentElement.scrollHeight;");
    String png =
        (String)
            d.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                        "format",
                        "png",
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                            "x",
                            0,
                            "y",
                            0,
                            "width",
                            ((Number) d.executeScript("return window.innerWidth;")).intValue(),
                            "height",
                            height.intValue(),
                            "scale",
                            1)))
                .get("data");
    Files.write(SHOTS.resolve(name + ".png"), Base64.getDecoder().decode(png));
  }

  /** A minimal RIS reader: records from TY to ER, every line "XX - value". */
  static final class RisParser {
    static List<Map<String, List<String>>> parse(String ris) {
      List<Map<String, List<String>>> out = new ArrayList<>();
      Map<String, List<String>> current = null;
      int lineNo = 0;
      for (String line : ris.split("\r\n")) {
        lineNo++;
        if (line.isEmpty()) {
          continue;
        }
        if (!line.matches("[A-Z][A-Z0-9]  - ?.*")) {
          throw new AssertionError("line " + lineNo + " is not a RIS tag line: " + line);
        }
        String tag = line.substring(0, 2);
        String value = line.length() > 6 ? line.substring(6) : "";
        if (tag.equals("TY")) {
          if (current != null) {
            throw new AssertionError("line " + lineNo + ": TY before the previous ER");
          }
          current = new java.util.LinkedHashMap<>();
        } else if (current == null) {
          throw new AssertionError("line " + lineNo + ": " + tag + " outside a record");
        }
        if (tag.equals("ER")) {
          out.add(current);
          current = null;
          continue;
        }
        current.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
      }
      if (current != null) {
        throw new AssertionError("the last record has no ER");
      }
      return out;
    }
  }

  /** axe-core, installed from npm into src/test/browser, run inside the page. */
  static final class Axe {
    private static final Path DIR = Path.of("src", "test", "browser");

    static Path script() throws IOException {
      Path js = DIR.resolve("node_modules/axe-core/axe.min.js");
      if (!Files.exists(js)) {
        install();
      }
      assertThat(js)
          .as("axe-core is missing; run: npm ci --prefix galen-app/src/test/browser")
          .exists();
      return js;
    }

    private static void install() throws IOException {
      try {
        Process p =
            new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(DIR.toFile())
                .redirectErrorStream(true)
                .redirectOutput(new File("target/npm-ci.log"))
                .start();
        p.waitFor(120, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(ChromeDriver d, String axe) {
      ((JavascriptExecutor) d).executeScript(axe);
      Object result =
          d.executeAsyncScript(
              "const done = arguments[arguments.length - 1];"
                  + "axe.run(document, {resultTypes: ['violations']})"
                  + ".then(r => done(r.violations"
                  + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                  + ".map(v => v.impact + ' ' + v.id + ' (' + v.help + '): '"
                  + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')"
                  + " + (n.failureSummary ? ' — ' + n.failureSummary.replace(/\\s+/g, ' ') : ''))"
                  + ".join(' | '))))"
                  + ".catch(e => done(['axe failed: ' + e]));");
      return (List<String>) result;
    }
  }
}
