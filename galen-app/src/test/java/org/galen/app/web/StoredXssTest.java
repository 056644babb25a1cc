package org.galen.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.index.Ingestion;
import org.galen.ingest.IngestReport;
import org.galen.ingest.Readers;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.account.NewUser;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Stored and reflected XSS: a library holding a hostile HTML page (markup in its title, publisher,
 * headings and text, a {@code javascript:} canonical link) and questions carrying markup. Every
 * page that shows them (the answer page, the source page, the article library and an article made
 * from the answer) must show the markup as text: over plain HTTP the raw HTML holds it only
 * escaped, and in headless Chromium no payload runs (each would set {@code window.__xss}). The
 * logged-in editorial pages (workspace, dashboard, accounts, audit log, board) are held to the same
 * with markup in what their users type: names, credentials, review comments, edit notes.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "galen.test.context=stored-xss")
class StoredXssTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery";

  /** Answered from the hostile MedQuAD record, so its answer page and article cite it. */
  static final String QUESTION = "How is xsstest syndrome treated?";

  /** A question carrying markup itself (reflected back on its page), too noisy to be answered. */
  static final String MARKUP_QUESTION =
      "<script>window.__xss=10</script>\"><img src=x onerror=\"window.__xss=11\">"
          + " How is xsstest syndrome treated?";

  private static final String PAGE_ID = "html:javascript:window.__xss=3";
  private static final String MEDQUAD_ID =
      "medquad:\"><img src=x onerror=\"window.__xss=12\">_0000001_Sec1";

  /** Raw markup that must never reach a page unescaped. */
  private static final List<String> LIVE_MARKUP =
      List.of(
          "<script>window.__xss",
          "<img src=x",
          "onerror=\"window.__xss",
          "<svg onload",
          "href=\"javascript:");

  private static @Nullable Path home;
  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;

  @BeforeAll
  static void libraryWithAHostileSource() throws IOException {
    home = Files.createTempDirectory("galen-xss");
    System.setProperty("galen.home", home.toString());
    // an HTML page (markup in title, publisher, text; a javascript: canonical link) and a MedQuAD
    // record (markup in focus, source, link, question, answer) that answers QUESTION
    List<Path> files = new ArrayList<>();
    for (String name : List.of("hostile-page.html", "0000001.xml")) {
      files.add(Files.copy(Path.of("src/test/resources/xss", name), home.resolve(name)));
    }
    // as `galen ingest` does, before the app opens the same library
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()))) {
      IngestReport report =
          new Ingestion(engine.index(), Readers.standard()).ingest(files, false, s -> {});
      assertThat(report.addedCount()).as("the hostile sources are ingested").isEqualTo(2);
    }
  }

  @AfterAll
  static void clear() {
    System.clearProperty("galen.home");
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static String ask(String q) {
    return "/?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&audience=clinician";
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(url(path))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** An article made by an editor from the hostile question's answer; its public page's path. */
  private String article() throws Exception {
    if (store.accounts().find("xena").isEmpty()) {
      var admin = store.accounts().find("admin").orElseThrow().actor();
      store
          .accounts()
          .create(
              admin,
              new NewUser(
                  "xena",
                  Objects.requireNonNull(encoder.encode(PASSWORD)),
                  Set.of(Role.EDITOR),
                  "Xena Editor",
                  null,
                  "Security"));
    }
    String auth =
        Base64.getEncoder().encodeToString(("xena:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/api/v1/articles")))
                .header("Authorization", "Basic " + auth)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            Map.of("question", QUESTION, "audience", "clinician"))))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode a = JSON.readTree(r.body());
    return "/articles/" + a.get("slug").asText();
  }

  private List<String> pages() throws Exception {
    return List.of(
        ask(QUESTION),
        ask(MARKUP_QUESTION),
        Links.source(PAGE_ID),
        Links.source(MEDQUAD_ID),
        article(),
        "/articles",
        "/articles?q=xsstest");
  }

  /** Markup in what editors, reviewers and admins type: names, credentials, notes, comments. */
  private static final String HOSTILE_NAME = "Dr <img src=x onerror=\"window.__xss=20\">";

  private static final String HOSTILE_CREDENTIALS = "<script>window.__xss=21</script>MD";
  private static final String HOSTILE_COMMENT = "<script>window.__xss=22</script> checked";
  private static final String HOSTILE_NOTE = "<img src=x onerror=\"window.__xss=23\"> edited";

  /**
   * The logged-in editorial pages, holding the hostile article with a review comment, an edit note,
   * a reviewer's name and credentials, and the audit log of it all, all with markup.
   */
  private List<String> editorialPages() throws Exception {
    var admin = store.accounts().find("admin").orElseThrow().actor();
    if (store.accounts().find("xadm").isEmpty()) {
      store
          .accounts()
          .create(
              admin,
              new NewUser(
                  "xadm",
                  Objects.requireNonNull(encoder.encode(PASSWORD)),
                  Set.of(Role.ADMIN),
                  "Xavier Admin",
                  null,
                  null));
      store
          .accounts()
          .create(
              admin,
              new NewUser(
                  "xrev",
                  Objects.requireNonNull(encoder.encode(PASSWORD)),
                  Set.of(Role.REVIEWER),
                  HOSTILE_NAME,
                  HOSTILE_CREDENTIALS,
                  "<svg onload=\"window.__xss=24\">"));
    }
    String slug = article().substring("/articles/".length());
    var reviewer = store.accounts().find("xrev").orElseThrow().actor();
    store
        .articles()
        .review(
            reviewer, slug, 1, org.galen.store.article.ReviewStatus.UNDER_REVIEW, HOSTILE_COMMENT);
    var first = store.articles().version(slug, 1);
    var a = store.articles().get(slug);
    store
        .articles()
        .edit(
            store.accounts().find("xena").orElseThrow().actor(),
            slug,
            a.lockVersion(),
            new org.galen.store.article.Draft(
                a.question(), a.audience(), first.answerJson(), first.sources(), HOSTILE_NOTE));
    return List.of(
        "/editorial",
        "/editorial/articles/" + slug,
        "/editorial/articles/" + slug + "?v=1",
        "/admin/users",
        "/admin/audit",
        "/board");
  }

  /** An HTTP client logged in as the admin {@code xadm}, as a browser would be. */
  private HttpClient loggedIn() throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new java.net.CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    String login =
        client
            .send(
                HttpRequest.newBuilder(URI.create(url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    java.util.regex.Matcher csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
    assertThat(csrf.find()).isTrue();
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(url("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=xadm&password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/editorial");
    return client;
  }

  @Test
  void theLoggedInEditorialPagesShowTheMarkupOnlyEscaped() throws Exception {
    List<String> pages = editorialPages();
    HttpClient client = loggedIn();
    for (String path : pages) {
      HttpResponse<String> r =
          client.send(
              HttpRequest.newBuilder(URI.create(url(path))).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      for (String live : LIVE_MARKUP) {
        assertThat(r.body()).as(path + " holds live markup").doesNotContain(live);
      }
    }
    String workspace =
        client
            .send(
                HttpRequest.newBuilder(URI.create(url(pages.get(1)))).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    assertThat(workspace)
        .contains("&lt;script&gt;window.__xss=22&lt;/script&gt; checked")
        .contains("&lt;img src=x onerror=&quot;window.__xss=23&quot;&gt; edited");
  }

  @Test
  void noPayloadRunsOnTheLoggedInEditorialPages() throws Exception {
    List<String> pages = editorialPages();
    ChromeDriver browser = chrome();
    try {
      browser.get(url("/login"));
      browser.findElement(By.id("username")).sendKeys("xadm");
      browser.findElement(By.id("password")).sendKeys(PASSWORD);
      browser.findElement(By.id("login")).click();
      for (String path : pages) {
        browser.get(url(path));
        assertThat(browser.getCurrentUrl()).as("still logged in").doesNotEndWith("/login");
        Object xss =
            browser.executeScript("return window.__xss === undefined ? null : window.__xss");
        assertThat(xss).as("a payload ran on " + path).isNull();
        assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload]")))
            .as("injected elements on " + path)
            .isEmpty();
      }
      browser.get(url("/board"));
      assertThat(browser.findElement(By.tagName("main")).getText()).contains(HOSTILE_NAME);
    } finally {
      browser.quit();
    }
  }

  @Test
  void theAnswerCitesTheHostileSource() throws Exception {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(url("/api/v1/answers")))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("question", QUESTION))))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    // the JSON keeps the text as it was written: escaping is the page's job
    JsonNode answer = JSON.readTree(r.body());
    assertThat(answer.get("references").findValuesAsText("id")).contains(MEDQUAD_ID);
    assertThat(answer.get("references").findValuesAsText("title"))
        .contains("Xsstest syndrome <script>window.__xss=14</script>");
  }

  @Test
  void everyPageShowsTheMarkupOnlyEscaped() throws Exception {
    for (String path : pages()) {
      HttpResponse<String> r = get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(200);
      for (String live : LIVE_MARKUP) {
        assertThat(r.body()).as(path + " holds live markup").doesNotContain(live);
      }
    }
    assertThat(get(Links.source(PAGE_ID)).body())
        .contains("&lt;script&gt;window.__xss=1&lt;/script&gt;Xsstest syndrome")
        .contains("&lt;img src=x onerror=")
        .contains("javascript:window.__xss=3"); // shown as text, not as a link
    assertThat(get(Links.source(MEDQUAD_ID)).body())
        .contains("Xsstest syndrome &lt;script&gt;window.__xss=14&lt;/script&gt;")
        .contains("javascript:window.__xss=13");
    assertThat(get(ask(MARKUP_QUESTION)).body())
        .contains("&lt;script&gt;window.__xss=10&lt;/script&gt;&quot;&gt;&lt;img src=x");
    assertThat(get(ask(QUESTION)).body())
        .contains("Xsstest syndrome &lt;script&gt;window.__xss=14&lt;/script&gt;")
        .contains("xsstest syndrome &lt;script&gt;window.__xss=16&lt;/script&gt;");
  }

  @Test
  void noPayloadRunsInTheBrowser() throws Exception {
    ChromeDriver browser = chrome();
    try {
      for (String path : pages()) {
        browser.get(url(path));
        Object xss =
            browser.executeScript("return window.__xss === undefined ? null : window.__xss");
        assertThat(xss).as("a payload ran on " + path).isNull();
        assertThat(browser.findElements(By.cssSelector("img[src='x'], svg[onload]")))
            .as("injected elements on " + path)
            .isEmpty();
      }
      browser.get(url(Links.source(PAGE_ID)));
      // the title shows the markup as text, so it is there literally, and nothing rewrote it
      assertThat(browser.getTitle())
          .isEqualTo(
              "<script>window.__xss=1</script>Xsstest syndrome \"><img src=x"
                  + " onerror=\"window.__xss=2\"> — Galen source");
      assertThat(browser.findElement(By.tagName("h1")).getText())
          .startsWith("<script>window.__xss=1</script>Xsstest syndrome");
      // the javascript: link is text, never an anchor: clicking around cannot run it
      assertThat(browser.findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
      browser.get(url(ask(QUESTION)));
      assertThat(browser.findElement(By.tagName("main")).getText())
          .contains("Xsstest syndrome <script>window.__xss=14</script>")
          .contains("<img src=x onerror=\"window.__xss=17\">");
      for (var link : browser.findElements(By.cssSelector("main a"))) {
        assertThat(String.valueOf(link.getAttribute("href"))).doesNotStartWith("javascript");
      }
      assertThat(browser.executeScript("return window.__xss === undefined ? null : window.__xss"))
          .isNull();
    } finally {
      browser.quit();
    }
  }

  private static ChromeDriver chrome() throws IOException {
    Path chromium = Path.of("/usr/bin/chromium");
    Path driver = Path.of("/usr/bin/chromedriver");
    boolean present = Files.isExecutable(chromium) && Files.isExecutable(driver);
    if (!present && System.getenv("GALEN_REQUIRE_BROWSER") != null) {
      throw new AssertionError("GALEN_REQUIRE_BROWSER is set but Chromium is not installed");
    }
    assumeTrue(present, "browser test skipped: apt-get install -y chromium chromium-driver");
    ChromeOptions opts = new ChromeOptions();
    opts.setBinary(chromium.toFile());
    opts.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-extensions",
        "--user-data-dir=" + Files.createTempDirectory("galen-xss-chromium"));
    ChromeDriver d =
        new ChromeDriver(
            new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build(), opts);
    d.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return d;
  }
}
