package org.galen.app.web.editorial;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.galen.app.Engine;
import org.galen.app.editorial.LivingAnswers;
import org.galen.app.library.StarterLibrary;
import org.galen.index.Ingestion;
import org.galen.ingest.Readers;
import org.galen.store.Actor;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.account.NewUser;
import org.galen.store.audit.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The editorial web app on a random port over real HTTP, against a real database that each subclass
 * chooses (H2 or PostgreSQL).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // a wait long enough that a slow machine cannot outlast it between two requests of a test
    properties = {
      "galen.login.first-wait-seconds=30",
      // as behind a trusted proxy: X-Forwarded-Proto says whether the browser came over https
      "server.forward-headers-strategy=native"
    })
abstract class EditorialWebContract {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String PASSWORD = "correct horse battery";
  static final String GOUT = "How should an acute gout flare be treated?";
  private static Path home;

  @LocalServerPort int port;
  @Autowired Store store;
  @Autowired PasswordEncoder encoder;
  @Autowired Engine engine;
  @Autowired LivingAnswers livingAnswers;
  Http http;

  @BeforeAll
  static void home() throws Exception {
    home = Files.createTempDirectory("galen-editorial-web");
    System.setProperty("galen.home", home.toString());
  }

  @AfterAll
  static void clear() {
    System.clearProperty("galen.home");
  }

  @BeforeEach
  void users() {
    http = new Http(port);
    if (store.accounts().find("erin").isPresent()) {
      return;
    }
    Actor admin = admin();
    create(admin, "erin", "Erin Editor", null, Role.EDITOR);
    create(admin, "ed", "Ed Second", null, Role.EDITOR);
    create(admin, "rhea", "Dr Rhea Reviewer", "MD, FRCP", Role.REVIEWER);
    create(admin, "rory", "Rory Reader", null, Role.READER);
    create(admin, "bo", "Dr Bo Both", "MD", Role.EDITOR, Role.REVIEWER);
    create(admin, "lou", "Lou Locked", null, Role.EDITOR);
    create(admin, "ada", "Ada Admin", null, Role.ADMIN);
    create(admin, "pat", "Pat Newcomer", null, Role.READER);
  }

  Actor admin() {
    return store.accounts().find("admin").orElseThrow().actor();
  }

  void create(
      Actor admin, String name, String display, @Nullable String credentials, Role... roles) {
    store
        .accounts()
        .create(
            admin,
            new NewUser(
                name,
                Objects.requireNonNull(encoder.encode(PASSWORD)),
                Set.of(roles),
                display,
                credentials,
                "Rheumatology"));
  }

  JsonNode createArticle(String user, String question) throws Exception {
    HttpResponse<String> r =
        http.postJsonAs(
            user,
            PASSWORD,
            "/api/v1/articles",
            JSON.writeValueAsString(Map.of("question", question, "audience", "clinician")));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return JSON.readTree(r.body());
  }

  HttpResponse<String> review(String user, String slug, int version, String to) throws Exception {
    return http.postJsonAs(
        user,
        PASSWORD,
        "/api/v1/articles/" + slug + "/versions/" + version + "/review",
        JSON.writeValueAsString(Map.of("to", to, "comment", "checked")));
  }

  @Test
  void theApiTurnsAwayAnonymousCallersWith401() throws Exception {
    HttpResponse<String> r = http.get("/api/v1/articles");
    assertThat(r.statusCode()).isEqualTo(401);
    assertThat(r.body()).contains("log in first");
    assertThat(http.postJson("/api/v1/articles", "{\"question\":\"x\"}").statusCode())
        .isEqualTo(401);
  }

  @Test
  void aReaderCallingAnEditorEndpointGets403() throws Exception {
    assertThat(http.getAs("rory", PASSWORD, "/api/v1/articles").statusCode()).isEqualTo(200);
    HttpResponse<String> r =
        http.postJsonAs("rory", PASSWORD, "/api/v1/articles", "{\"question\":\"" + GOUT + "\"}");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("roles do not allow POST /api/v1/articles");
  }

  @Test
  void pagesSendAnonymousVisitorsToTheLoginPage() throws Exception {
    for (String page : List.of("/editorial", "/admin/audit", "/admin/users", "/account/password")) {
      HttpResponse<String> r = http.get(page);
      assertThat(r.statusCode()).as(page).isEqualTo(302);
      assertThat(r.headers().firstValue("Location").orElseThrow()).as(page).endsWith("/login");
    }
    assertThat(http.get("/login").body()).contains("Log in");
  }

  @Test
  void thePublicAnswerPagesStayPublic() throws Exception {
    assertThat(http.get("/").statusCode()).isEqualTo(200);
    assertThat(http.get("/board").statusCode()).isEqualTo(200);
    assertThat(http.get("/policy").body()).contains("Editorial policy");
    assertThat(http.get("/disclaimer").statusCode()).isEqualTo(200);
    HttpResponse<String> answer =
        http.postJson("/api/v1/answers", "{\"question\": \"" + GOUT + "\"}");
    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void aPostWithoutItsCsrfTokenIsRejected() throws Exception {
    assertThat(http.login("erin", PASSWORD).headers().firstValue("Location").orElseThrow())
        .endsWith("/editorial");

    HttpResponse<String> forged =
        http.postForm("/editorial/articles", Map.of("question", GOUT, "audience", "clinician"));
    assertThat(forged.statusCode()).isEqualTo(403);

    HttpResponse<String> real =
        http.postForm(
            "/editorial/articles",
            Map.of("question", GOUT, "audience", "clinician", "_csrf", http.csrf("/editorial")));
    assertThat(real.statusCode()).isEqualTo(302);
    assertThat(real.headers().firstValue("Location").orElseThrow())
        .contains("/editorial/articles/");
  }

  @Test
  void loginChangesTheSessionIdAndSetsSecureHeaders() throws Exception {
    http.get("/login");
    HttpResponse<String> r = http.login("erin", PASSWORD);
    assertThat(r.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    HttpResponse<String> page = http.get("/editorial");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'none'");
  }

  @Test
  void wrongPasswordsSlowTheAccountDownWith429AndTheSameAnswerAsForAnUnknownAccount()
      throws Exception {
    for (String user : List.of("lou", "no-such-user")) {
      for (int i = 0; i < 5; i++) {
        HttpResponse<String> r = http.login(user, "wrong password " + i);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
      }
    }
    assertThat(http.get("/login?error").body()).contains("Wrong user name or password.");
    HttpResponse<String> right = http.login("lou", PASSWORD);
    HttpResponse<String> unknown = http.login("no-such-user", PASSWORD);
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After").map(Integer::parseInt).orElseThrow())
        .isBetween(1, 30);
    assertThat(right.body().replaceAll("\\d+", "N"))
        .isEqualTo(unknown.body().replaceAll("\\d+", "N"))
        .contains("too many failed logins");
    HttpResponse<String> api = http.getAs("lou", PASSWORD, "/api/v1/articles");
    assertThat(api.statusCode()).isEqualTo(429);
    assertThat(api.headers().firstValue("Retry-After")).isPresent();
    String unknownApi = http.getAs("no-such-user", "x", "/api/v1/articles").body();
    assertThat(api.body().replaceAll("\\d+", "N")).isEqualTo(unknownApi.replaceAll("\\d+", "N"));
    // nobody else behind the same address is slowed down, and nothing is locked for good
    assertThat(http.getAs("erin", PASSWORD, "/api/v1/articles").statusCode()).isEqualTo(200);
    assertThat(store.accounts().find("lou").orElseThrow().locked()).isFalse();

    Http admin = new Http(port);
    admin.login("ada", PASSWORD);
    HttpResponse<String> unlocked =
        admin.postForm("/admin/users/lou/unlock", Map.of("_csrf", admin.csrf("/admin/users")));
    assertThat(unlocked.statusCode()).isEqualTo(302);
    assertThat(http.login("lou", PASSWORD).headers().firstValue("Location").orElseThrow())
        .endsWith("/editorial");
  }

  @Test
  void changingAOneTimePasswordNeedsItAndRefusesItAgainAndCommonOnes() throws Exception {
    String oneTime = org.galen.app.web.security.Passwords.oneTime();
    store
        .accounts()
        .resetPassword(Actor.host(), "pat", Objects.requireNonNull(encoder.encode(oneTime)));
    http.login("pat", oneTime);
    assertThat(http.get("/editorial").headers().firstValue("Location").orElseThrow())
        .endsWith("/account/password");

    Map<String, String> expected =
        Map.of(
            "wrong current password|a fine new passphrase",
            "Your current password is not right.",
            oneTime + "|" + oneTime,
            "this is the one you have now",
            oneTime + "|P@ssw0rd2026!",
            "among the ones people choose most",
            oneTime + "|short",
            "Use at least 12 characters.");
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String[] pw = e.getKey().split("\\|");
      HttpResponse<String> r =
          http.postForm(
              "/account/password",
              Map.of(
                  "current", pw[0],
                  "password", pw[1],
                  "repeat", pw[1],
                  "_csrf", http.csrf("/account/password")));
      assertThat(r.statusCode()).as(e.getKey()).isEqualTo(200);
      assertThat(r.body()).as(e.getKey()).contains(e.getValue());
    }
    HttpResponse<String> changed =
        http.postForm(
            "/account/password",
            Map.of(
                "current",
                oneTime,
                "password",
                "amber lantern quietly folds",
                "repeat",
                "amber lantern quietly folds",
                "_csrf",
                http.csrf("/account/password")));
    assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?changed");
    assertThat(
            new Http(port)
                .login("pat", "amber lantern quietly folds")
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .endsWith("/editorial");
  }

  @Test
  void aParameterOfTheWrongTypeIsA400InTheCallersTermsOnTheApiAndThePages() throws Exception {
    HttpResponse<String> api =
        http.postJsonAs(
            "rhea",
            PASSWORD,
            "/api/v1/articles/any/versions/first/review",
            "{\"to\":\"approved\"}");
    assertThat(api.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(api.body()).get("error").asText())
        .isEqualTo("'n' must be a whole number, was 'first'");
    assertThat(JSON.readTree(api.body()).size()).isEqualTo(1);
    HttpResponse<String> unknownField =
        http.postJsonAs(
            "erin", PASSWORD, "/api/v1/articles", "{\"question\":\"x\",\"slug\":\"y\"}");
    assertThat(unknownField.statusCode()).isEqualTo(400);
    assertThat(unknownField.body()).contains("unknown field 'slug'");

    http.login("rhea", PASSWORD);
    HttpResponse<String> page = http.get("/editorial/articles/any?v=latest");
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("&#39;v&#39; must be a whole number, was &#39;latest&#39;");
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndSecureWhenTheBrowserCameOverHttps() throws Exception {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    for (String proto : List.of("http", "https")) {
      HttpResponse<String> r =
          client.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://localhost:" + port + "/login"))
                  .header("X-Forwarded-Proto", proto)
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      String cookie =
          r.headers().allValues("Set-Cookie").stream()
              .filter(c -> c.startsWith("JSESSIONID="))
              .findFirst()
              .orElseThrow();
      assertThat(cookie).as(proto).contains("SameSite=Lax").contains("HttpOnly");
      if (proto.equals("https")) {
        assertThat(cookie).contains("Secure");
      } else {
        assertThat(cookie).doesNotContain("Secure");
      }
    }
  }

  @Test
  void anEditedVersionWithAQuoteThatIsNotInItsSourceIsRefusedNamingTheStatement() throws Exception {
    JsonNode a = createArticle("erin", GOUT + " (made-up quote)");
    String slug = a.get("slug").asText();
    JsonNode article =
        JSON.readTree(http.getAs("erin", PASSWORD, "/api/v1/articles/" + slug).body());
    com.fasterxml.jackson.databind.node.ObjectNode answer =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            article.get("versions").get(0).get("answer").deepCopy();
    com.fasterxml.jackson.databind.node.ObjectNode evidence =
        (com.fasterxml.jackson.databind.node.ObjectNode) answer.at("/bottomLine/evidence/0");
    evidence.put("quote", "Colchicine cures gout permanently in every patient.");
    String statement = answer.at("/bottomLine/text").asText();

    HttpResponse<String> r =
        http.postJsonAs(
            "erin",
            PASSWORD,
            "/api/v1/articles/" + slug + "/versions",
            JSON.writeValueAsString(
                Map.of("basedOn", a.get("lockVersion").asInt(), "answer", answer)));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(JSON.readTree(r.body()).get("error").asText())
        .startsWith("the statement \"" + statement.substring(0, Math.min(40, statement.length())))
        .contains("with words that are not in summary:gout")
        .contains("every quote must stand verbatim in its source");
    assertThat(store.articles().versions(slug)).hasSize(1);
  }

  @Test
  void aOneTimePasswordOverTheApiIsA403SayingToChangeItFirst() throws Exception {
    if (store.accounts().find("otto").isEmpty()) {
      create(admin(), "otto", "Otto Onetime", null, Role.READER);
    }
    String oneTime = org.galen.app.web.security.Passwords.oneTime();
    store
        .accounts()
        .resetPassword(Actor.host(), "otto", Objects.requireNonNull(encoder.encode(oneTime)));

    HttpResponse<String> r = http.getAs("otto", oneTime, "/api/v1/articles");

    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(r.body()).get("error").asText())
        .contains("one-time password")
        .contains("/login");
  }

  @Test
  void aWrongPasswordOverTheApiGetsTheSameAnswerAsAnUnknownAccount() throws Exception {
    HttpResponse<String> wrong = http.getAs("rory", "not the password", "/api/v1/articles");
    HttpResponse<String> unknown =
        http.getAs("nobody-here", "not the password", "/api/v1/articles");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).isEqualTo(unknown.body()).contains("wrong user name or password");
  }

  @Test
  void anArticleIsReviewedAndApprovedAndTheAuditLogHasEveryStep() throws Exception {
    JsonNode a = createArticle("erin", GOUT);
    String slug = a.get("slug").asText();
    assertThat(a.get("status").asText()).isEqualTo("submitted");
    String pending = http.get("/articles/" + slug).body();
    assertThat(pending)
        .contains("Exercise caution as content is pending human review")
        .contains("View editorial policy")
        .contains("Last updated:");

    assertThat(review("rhea", slug, 1, "under_review").statusCode()).isEqualTo(200);
    assertThat(review("rhea", slug, 1, "approved").statusCode()).isEqualTo(200);

    String approved = http.get("/articles/" + slug).body();
    assertThat(approved)
        .doesNotContain("pending human review")
        .contains("Reviewed by")
        .contains("Dr Rhea Reviewer, MD, FRCP")
        .contains("Bottom line");
    List<AuditEvent> events = store.audit().about(admin(), "article:" + slug);
    assertThat(events)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
        .containsExactly(
            "erin article.create version 1: " + GOUT,
            "rhea article.review submitted -> under_review: checked",
            "rhea article.review under_review -> approved: checked");
  }

  @Test
  void theLibraryFindsArticlesByWordsAndReviewStatusAndSourcePagesLinkThem() throws Exception {
    JsonNode a = createArticle("erin", GOUT);
    String slug = a.get("slug").asText();
    assertThat(review("rhea", slug, 1, "under_review").statusCode()).isEqualTo(200);
    assertThat(review("rhea", slug, 1, "approved").statusCode()).isEqualTo(200);

    String library = http.get("/articles?q=gout+flare&status=approved").body();
    assertThat(library).contains("/articles/" + slug).contains("Approved");
    assertThat(http.get("/articles?q=gout&status=submitted").body())
        .doesNotContain("/articles/" + slug);
    assertThat(http.get("/articles?q=asthma").body()).doesNotContain("/articles/" + slug);
    assertThat(http.get("/articles?status=nonsense").body()).contains("unknown review status");
    assertThat(http.get("/sources/summary:gout").body()).contains("/articles/" + slug);
  }

  @Test
  void aReviewerCannotApproveTheirOwnEditOverTheApi() throws Exception {
    String slug = createArticle("bo", GOUT + " (bo)").get("slug").asText();
    assertThat(review("bo", slug, 1, "under_review").statusCode()).isEqualTo(200);
    HttpResponse<String> own = review("bo", slug, 1, "approved");
    assertThat(own.statusCode()).isEqualTo(403);
    assertThat(own.body()).contains("bo cannot approve version 1").contains("their own edit");
  }

  @Test
  void concurrentEditsConflictInsteadOfOverwriting() throws Exception {
    JsonNode a = createArticle("erin", GOUT + " (edits)");
    String slug = a.get("slug").asText();
    int lock = a.get("lockVersion").asInt();
    JsonNode article =
        JSON.readTree(http.getAs("erin", PASSWORD, "/api/v1/articles/" + slug).body());
    JsonNode answer = article.get("versions").get(0).get("answer");

    HttpResponse<String> first =
        http.postJsonAs(
            "erin",
            PASSWORD,
            "/api/v1/articles/" + slug + "/versions",
            JSON.writeValueAsString(Map.of("basedOn", lock, "answer", answer, "note", "erin")));
    HttpResponse<String> second =
        http.postJsonAs(
            "ed",
            PASSWORD,
            "/api/v1/articles/" + slug + "/versions",
            JSON.writeValueAsString(Map.of("basedOn", lock, "answer", answer, "note", "ed")));

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body())
        .contains("was changed while you edited it")
        .contains("erin saved version 2");
    JsonNode after = JSON.readTree(http.getAs("ed", PASSWORD, "/api/v1/articles/" + slug).body());
    HttpResponse<String> retry =
        http.postJsonAs(
            "ed",
            PASSWORD,
            "/api/v1/articles/" + slug + "/versions",
            JSON.writeValueAsString(
                Map.of(
                    "basedOn", after.get("lockVersion").asInt(), "answer", answer, "note", "ed")));
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(
            JSON.readTree(http.getAs("ed", PASSWORD, "/api/v1/articles/" + slug).body())
                .get("versions"))
        .extracting(v -> v.get("author").asText())
        .containsExactly("erin", "erin", "ed");
  }

  @Test
  void anEditThatBreaksTheAnswerContractIsRefused() throws Exception {
    JsonNode a = createArticle("erin", GOUT + " (broken)");
    HttpResponse<String> r =
        http.postJsonAs(
            "erin",
            PASSWORD,
            "/api/v1/articles/" + a.get("slug").asText() + "/versions",
            "{\"basedOn\": 1, \"answer\": {\"question\": \"q\", \"bottomLine\": {\"text\": \"t\", \"citations\": [1], \"evidence\": []}}}");
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("citation [1] has no quote");
  }

  @Test
  void ingestingAChangedCitedSourceFlagsTheArticleAndProposesAVersion(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String slug = createArticle("erin", GOUT + " (living)").get("slug").asText();
    String gout = Objects.requireNonNull(StarterLibrary.read().get("library/summaries/gout.md"));
    String removed =
        "- For a gout flare, colchicine, an NSAID or a corticosteroid (oral, intra-articular or"
            + " intramuscular) are equally acceptable first-line options (ACR 2020; NICE 2022)\n";
    assertThat(gout).contains(removed);
    Files.writeString(dir.resolve("gout.md"), gout.replace(removed, ""));

    new Ingestion(engine.index(), Readers.standard(), livingAnswers)
        .ingest(List.of(dir), false, line -> {});

    String page = http.get("/articles/" + slug).body();
    assertThat(page).contains("Evidence changed — re-review.").contains("summary:gout was updated");
    JsonNode article =
        JSON.readTree(http.getAs("rhea", PASSWORD, "/api/v1/articles/" + slug).body());
    assertThat(article.get("evidenceChanged").asBoolean()).isTrue();
    JsonNode proposed = article.get("versions").get(1);
    assertThat(proposed.get("author").asText()).isEqualTo("galen");
    assertThat(proposed.get("status").asText()).isEqualTo("submitted");

    http.login("rhea", PASSWORD);
    String workspace = http.get("/editorial/articles/" + slug + "?v=2").body();
    assertThat(workspace).contains("Changes in version").contains("class=\"removed\"");
  }

  @Test
  void theFirstAdminHasAOneTimeArgon2PasswordAndNoDefaultCredentials() throws Exception {
    var first = store.accounts().find("admin").orElseThrow();
    assertThat(first.mustChangePassword()).isTrue();
    assertThat(first.passwordHash()).startsWith("$argon2id$");
    for (String guess : List.of("admin", "password", "galen")) {
      assertThat(http.getAs("admin", guess, "/api/v1/articles").statusCode()).isEqualTo(401);
    }
    store.accounts().unlock(admin(), "admin"); // the guesses above count towards its lockout
  }

  @Test
  void adminsEditTheDisclaimerAndReadTheAuditLogWhileEditorsCannot() throws Exception {
    http.login("erin", PASSWORD);
    assertThat(http.get("/admin/audit").statusCode()).isEqualTo(403);
    assertThat(http.get("/admin/pages/disclaimer").statusCode()).isEqualTo(403);

    Http admin = new Http(port);
    admin.login("ada", PASSWORD);
    String form = admin.get("/admin/pages/disclaimer").body();
    assertThat(form).contains("name=\"basedOn\"");
    int basedOn = store.pages().find("disclaimer").orElseThrow().lockVersion();
    HttpResponse<String> saved =
        admin.postForm(
            "/admin/pages/disclaimer",
            Map.of(
                "title",
                "Disclaimer",
                "body",
                "Galen informs; it does not diagnose.\n\nCall your emergency number.",
                "basedOn",
                Integer.toString(basedOn),
                "_csrf",
                admin.csrf("/admin/pages/disclaimer")));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(http.get("/disclaimer").body()).contains("Galen informs; it does not diagnose.");
    assertThat(admin.get("/admin/audit").body()).contains("page.edit").contains("page:disclaimer");
    HttpResponse<String> users = admin.get("/admin/users");
    assertThat(users.body()).contains("Dr Rhea Reviewer");
    assertThat(http.get("/board").body()).contains("Dr Rhea Reviewer").contains("MD, FRCP");
  }
}
