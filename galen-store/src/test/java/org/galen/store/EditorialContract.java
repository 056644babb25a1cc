package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.galen.core.Audience;
import org.galen.store.account.NewUser;
import org.galen.store.account.User;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.CitedSource;
import org.galen.store.article.Draft;
import org.galen.store.article.ReviewStatus;
import org.galen.store.audit.AuditEvent;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editorial workflow, run against a real database: each subclass says which (H2 or PostgreSQL).
 * Every test starts from an empty, freshly migrated database.
 */
abstract class EditorialContract {
  static final String QUESTION = "How should an acute gout flare be treated?";

  Store store;
  Actor admin;
  Actor editor;
  Actor reviewer;
  Actor reviewer2;
  Actor reader;

  abstract StoreConfig freshDatabase();

  @BeforeEach
  void open() {
    store = Store.open(freshDatabase());
    assertThat(store.accounts().bootstrapAdmin("admin", "hash")).isTrue();
    admin = store.accounts().find("admin").orElseThrow().actor();
    editor = user("erin", "Erin Editor", null, Role.EDITOR);
    reviewer = user("rhea", "Dr Rhea Reviewer", "MD, FRCP", Role.REVIEWER);
    reviewer2 = user("ravi", "Dr Ravi Second", "MBBS", Role.REVIEWER);
    reader = user("rory", "Rory Reader", null, Role.READER);
  }

  @AfterEach
  void close() {
    store.close();
  }

  Actor user(String name, String display, @Nullable String credentials, Role... roles) {
    return store
        .accounts()
        .create(
            admin, new NewUser(name, "hash", Set.of(roles), display, credentials, "Rheumatology"))
        .actor();
  }

  static Draft draft(String answer, @Nullable String note) {
    return new Draft(
        QUESTION,
        Audience.CLINICIAN,
        "{\"answer\":\"" + answer + "\"}",
        List.of(new CitedSource("summary:gout", "h1")),
        note);
  }

  @Test
  void anArticleGoesFromSubmittedThroughChangesRequestedToApproved() {
    Article a = store.articles().create(editor, draft("colchicine", null));
    assertThat(a.slug()).isEqualTo("how-should-an-acute-gout-flare-be-treated");
    assertThat(a.latestStatus()).isEqualTo(ReviewStatus.SUBMITTED);

    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.UNDER_REVIEW, null);
    store
        .articles()
        .review(reviewer, a.slug(), 1, ReviewStatus.CHANGES_REQUESTED, "cite the CKD dosing");
    ArticleVersion v2 =
        store
            .articles()
            .edit(editor, a.slug(), a.lockVersion(), draft("colchicine, low dose", "CKD"));
    assertThat(v2.number()).isEqualTo(2);
    assertThat(store.articles().get(a.slug()).latestStatus()).isEqualTo(ReviewStatus.SUBMITTED);
    // nothing approved yet: the public page shows the latest version (with the pending banner)
    assertThat(store.articles().published(a.slug()).orElseThrow().number()).isEqualTo(2);

    store.articles().review(reviewer, a.slug(), 2, ReviewStatus.UNDER_REVIEW, null);
    store.articles().review(reviewer, a.slug(), 2, ReviewStatus.APPROVED, "checked against EULAR");

    assertThat(store.articles().get(a.slug()).latestStatus()).isEqualTo(ReviewStatus.APPROVED);
    ArticleVersion published = store.articles().published(a.slug()).orElseThrow();
    assertThat(published.number()).isEqualTo(2);
    assertThat(published.answerJson()).contains("low dose");
    assertThat(published.sources()).containsExactly(new CitedSource("summary:gout", "h1"));
    assertThat(store.articles().reviews(a.slug()))
        .extracting(r -> r.version() + ":" + r.to().wire() + ":" + r.reviewer())
        .containsExactly(
            "1:under_review:rhea",
            "1:changes_requested:rhea",
            "2:under_review:rhea",
            "2:approved:rhea");
    assertThat(store.articles().versions(a.slug())).hasSize(2);

    // a later edit keeps the approved version public until it is approved itself
    Article now = store.articles().get(a.slug());
    store.articles().edit(editor, a.slug(), now.lockVersion(), draft("colchicine v3", null));
    assertThat(store.articles().published(a.slug()).orElseThrow().number()).isEqualTo(2);
  }

  @Test
  void theAuditLogRecordsEveryTransition() {
    Article a = store.articles().create(editor, draft("colchicine", null));
    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.UNDER_REVIEW, null);
    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.APPROVED, "fine");

    List<AuditEvent> events = store.audit().about(admin, "article:" + a.slug());
    assertThat(events)
        .extracting(e -> e.actor() + " " + e.action() + " " + e.detail())
        .containsExactly(
            "erin article.create version 1: " + QUESTION,
            "rhea article.review submitted -> under_review",
            "rhea article.review under_review -> approved: fine");
    assertThat(store.audit().recent(admin, 100))
        .extracting(AuditEvent::action)
        .contains("account.bootstrap", "account.create");
    assertThatThrownBy(() -> store.audit().recent(editor, 10))
        .isInstanceOf(StoreException.Forbidden.class);
  }

  @Test
  void aReviewerCannotApproveTheirOwnEdit() {
    Actor both = user("bo", "Dr Bo Both", "MD", Role.EDITOR, Role.REVIEWER);
    Article a = store.articles().create(both, draft("colchicine", null));
    store.articles().review(both, a.slug(), 1, ReviewStatus.UNDER_REVIEW, null);

    assertThatThrownBy(
            () -> store.articles().review(both, a.slug(), 1, ReviewStatus.APPROVED, "mine"))
        .isInstanceOf(StoreException.Forbidden.class)
        .hasMessageContaining("bo cannot approve version 1")
        .hasMessageContaining("their own edit");
    assertThat(store.articles().get(a.slug()).latestStatus()).isEqualTo(ReviewStatus.UNDER_REVIEW);

    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.APPROVED, null);
    assertThat(store.articles().get(a.slug()).latestStatus()).isEqualTo(ReviewStatus.APPROVED);
  }

  @Test
  void theServiceLayerChecksRolesItself() {
    assertThatThrownBy(() -> store.articles().create(reader, draft("x", null)))
        .isInstanceOf(StoreException.Forbidden.class)
        .hasMessageContaining("rory may not save articles: that needs the editor role");
    Article a = store.articles().create(editor, draft("colchicine", null));
    assertThatThrownBy(
            () -> store.articles().review(editor, a.slug(), 1, ReviewStatus.UNDER_REVIEW, null))
        .isInstanceOf(StoreException.Forbidden.class);
    assertThatThrownBy(() -> store.articles().edit(reviewer, a.slug(), 1, draft("y", null)))
        .isInstanceOf(StoreException.Forbidden.class);
    assertThatThrownBy(
            () ->
                store
                    .accounts()
                    .create(editor, new NewUser("x1", "h", Set.of(Role.ADMIN), "X", null, null)))
        .isInstanceOf(StoreException.Forbidden.class);
    assertThatThrownBy(() -> store.pages().save(editor, "disclaimer", "D", "text", 0))
        .isInstanceOf(StoreException.Forbidden.class);
  }

  @Test
  void illegalTransitionsAreRefusedWithTheReason() {
    Article a = store.articles().create(editor, draft("colchicine", null));
    assertThatThrownBy(
            () -> store.articles().review(reviewer, a.slug(), 1, ReviewStatus.APPROVED, null))
        .hasMessageContaining(
            "version 1 of '" + a.slug() + "' is submitted; it cannot move to approved");
    assertThatThrownBy(
            () ->
                store.articles().review(reviewer, a.slug(), 1, ReviewStatus.CHANGES_REQUESTED, " "))
        .hasMessageContaining("needs a comment");
    assertThatThrownBy(
            () -> store.articles().review(reviewer, a.slug(), 9, ReviewStatus.UNDER_REVIEW, null))
        .isInstanceOf(StoreException.NotFound.class)
        .hasMessageContaining("has no version 9");
  }

  @Test
  void aStaleEditIsAConflictThatLosesNeitherEdit() {
    Actor editor2 = user("ed", "Ed Second", null, Role.EDITOR);
    Article a = store.articles().create(editor, draft("v1", null));
    int opened = a.lockVersion(); // both editors open the article at the same revision

    store.articles().edit(editor, a.slug(), opened, draft("erin's edit", null));
    assertThatThrownBy(
            () -> store.articles().edit(editor2, a.slug(), opened, draft("ed's edit", null)))
        .isInstanceOf(StoreException.Conflict.class)
        .hasMessageContaining("was changed while you edited it")
        .hasMessageContaining("erin saved version 2")
        .hasMessageContaining("Nothing was saved; reload the article");

    // Ed reloads and applies his edit on top: both edits are kept as versions
    int reloaded = store.articles().get(a.slug()).lockVersion();
    store.articles().edit(editor2, a.slug(), reloaded, draft("ed's edit", null));
    assertThat(store.articles().versions(a.slug()))
        .extracting(ArticleVersion::answerJson)
        .containsExactly(
            "{\"answer\":\"v1\"}", "{\"answer\":\"erin's edit\"}", "{\"answer\":\"ed's edit\"}");
  }

  @Test
  void simultaneousEditsFromTheSameRevisionSaveExactlyOne() throws Exception {
    Article a = store.articles().create(editor, draft("v1", null));
    int threads = 4;
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      for (int i = 0; i < threads; i++) {
        String answer = "edit " + i;
        results.add(
            pool.submit(
                () -> {
                  go.await();
                  try {
                    store.articles().edit(editor, a.slug(), a.lockVersion(), draft(answer, null));
                    return "saved";
                  } catch (StoreException.Conflict e) {
                    return "conflict";
                  }
                }));
      }
      go.countDown();
    }
    List<String> outcomes = new ArrayList<>();
    for (Future<String> f : results) {
      outcomes.add(f.get());
    }
    assertThat(outcomes).containsOnlyOnce("saved").hasSize(threads);
    assertThat(store.articles().versions(a.slug())).hasSize(2);
  }

  @Test
  void wrongPasswordsAreCountedButNeverLockTheAccount() {
    for (int i = 0; i < 12; i++) {
      store.accounts().loginFailed("erin");
    }
    User erin = store.accounts().find("erin").orElseThrow();
    assertThat(erin.locked()).isFalse();
    assertThat(erin.failedLogins()).isEqualTo(12);

    store.accounts().unlock(Actor.host(), "erin");
    assertThat(store.accounts().find("erin").orElseThrow().failedLogins()).isZero();
    assertThat(store.audit().recent(admin, 5))
        .extracting(e -> e.actor() + " " + e.action() + " " + e.target())
        .contains("host account.unlock user:erin");
  }

  @Test
  void aResetPasswordMustBeChangedAtTheNextLoginAndIsAudited() {
    store.accounts().resetPassword(Actor.host(), "erin", "new-hash");
    User erin = store.accounts().find("erin").orElseThrow();
    assertThat(erin.passwordHash()).isEqualTo("new-hash");
    assertThat(erin.mustChangePassword()).isTrue();
    assertThatThrownBy(() -> store.accounts().resetPassword(Actor.host(), "nobody", "h"))
        .isInstanceOf(StoreException.NotFound.class);
    assertThatThrownBy(() -> store.accounts().resetPassword(editor, "rhea", "h"))
        .isInstanceOf(StoreException.Forbidden.class);
  }

  @Test
  void aSuccessfulLoginResetsTheCountOfWrongPasswords() {
    for (int i = 0; i < 9; i++) {
      store.accounts().loginFailed("erin");
    }
    store.accounts().loginSucceeded("erin", true);
    store.accounts().loginFailed("erin");
    assertThat(store.accounts().find("erin").orElseThrow().failedLogins()).isEqualTo(1);
  }

  @Test
  void theFirstAdminIsCreatedOnlyOnce() {
    assertThat(store.accounts().bootstrapAdmin("admin2", "hash")).isFalse();
    assertThat(store.accounts().find("admin").orElseThrow().mustChangePassword()).isTrue();
  }

  @Test
  void theBoardListsReviewersWithTheirProfiles() {
    assertThat(store.accounts().reviewers())
        .extracting(u -> u.displayName() + " | " + u.credentials() + " | " + u.specialty())
        .containsExactly(
            "Dr Ravi Second | MBBS | Rheumatology", "Dr Rhea Reviewer | MD, FRCP | Rheumatology");
  }

  @Test
  void changedEvidenceFlagsTheArticleAndProposesAVersion() {
    Article a = store.articles().create(editor, draft("v1", null));
    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.UNDER_REVIEW, null);
    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.APPROVED, null);
    assertThat(store.articles().citing("summary:gout")).containsExactly(a.slug());
    assertThat(store.articles().citing("summary:asthma")).isEmpty();

    Actor galen = store.accounts().system().actor();
    ArticleVersion proposed =
        store
            .articles()
            .proposeForChangedEvidence(
                galen, a.slug(), draft("v2 from new evidence", null), "summary:gout was updated");

    Article flagged = store.articles().get(a.slug());
    assertThat(flagged.evidenceChanged()).isTrue();
    assertThat(flagged.evidenceNote()).isEqualTo("summary:gout was updated");
    assertThat(proposed.author()).isEqualTo("galen");
    assertThat(proposed.status()).isEqualTo(ReviewStatus.SUBMITTED);
    assertThat(store.articles().published(a.slug()).orElseThrow().number()).isEqualTo(1);

    store.articles().review(reviewer, a.slug(), 2, ReviewStatus.UNDER_REVIEW, null);
    store.articles().review(reviewer, a.slug(), 2, ReviewStatus.APPROVED, null);
    assertThat(store.articles().get(a.slug()).evidenceChanged()).isFalse();
  }

  @Test
  void adminsEditThePoliciesWithOptimisticLocking() {
    var policy = store.pages().find("editorial-policy").orElseThrow();
    assertThat(policy.body()).contains("Medical Advisory Board");
    store
        .pages()
        .save(admin, "editorial-policy", "Editorial policy", "New text.", policy.lockVersion());
    assertThat(store.pages().find("editorial-policy").orElseThrow().body()).isEqualTo("New text.");
    assertThatThrownBy(
            () ->
                store.pages().save(admin, "editorial-policy", "T", "Stale.", policy.lockVersion()))
        .isInstanceOf(StoreException.Conflict.class);
  }

  @Test
  void slugsStayUniqueAndReadable() {
    Article first = store.articles().create(editor, draft("a", null));
    Article second = store.articles().create(editor, draft("b", null));
    assertThat(second.slug()).isEqualTo(first.slug() + "-2");
  }

  @Test
  void tablesBackedUpAsDataLoadIntoAFreshDatabaseAndNewIdsFollowTheRestoredOnes(@TempDir Path dir) {
    Article a = store.articles().create(editor, draft("kept", null));
    store.articles().review(reviewer, a.slug(), 1, ReviewStatus.UNDER_REVIEW, "looking");
    // text that would be code in an SQL script is only ever data in a table file
    user(
        "mallory",
        "x'); DROP TABLE users; CALL CSVWRITE('/tmp/pwned', 'x'); --",
        null,
        Role.READER);
    List<TableData.Table> tables = store.exportTables(dir);
    assertThat(tables)
        .extracting(TableData.Table::name)
        .containsExactlyElementsOf(TableData.tables());

    StoreConfig fresh = freshDatabase();
    Store.load(fresh, store.schemaVersion(), tables, dir, 1 << 20);

    try (Store restored = Store.open(fresh)) {
      assertThat(restored.articles().list()).extracting(Article::slug).containsExactly(a.slug());
      assertThat(restored.articles().reviews(a.slug()))
          .extracting(r -> r.comment())
          .containsExactly("looking");
      assertThat(restored.accounts().find("mallory").orElseThrow().displayName())
          .startsWith("x'); DROP TABLE users;");
      assertThat(restored.audit().recent(admin, 100))
          .hasSameSizeAs(store.audit().recent(admin, 100));
      assertThat(restored.pages().find("disclaimer")).isPresent();
      // identities continue after the restored rows instead of colliding with them
      Actor erin = restored.accounts().find("erin").orElseThrow().actor();
      restored
          .articles()
          .create(erin, new Draft("A second question?", Audience.CLINICIAN, "{}", List.of(), null));
      assertThat(restored.articles().list()).hasSize(2);
    }
  }

  @Test
  void aTableFileThatDoesNotFitTheSchemaLoadsNothing(@TempDir Path dir) throws Exception {
    List<TableData.Table> tables = store.exportTables(dir);
    Path users = dir.resolve("users.jsonl");
    Files.writeString(
        users,
        Files.readString(users)
            .replace("\"username\":\"rory\"", "\"username\":\"rory\",\"is_admin\":true"));
    StoreConfig fresh = freshDatabase();

    assertThatThrownBy(() -> Store.load(fresh, store.schemaVersion(), tables, dir, 1 << 20))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("users.jsonl line")
        .hasMessageContaining("a column 'is_admin' that the table does not have");
    List<TableData.Table> wrongCount =
        tables.stream().map(t -> new TableData.Table(t.name(), t.rows() + 1)).toList();
    Files.writeString(users, Files.readString(users).replace(",\"is_admin\":true", ""));
    assertThatThrownBy(
            () -> Store.load(freshDatabase(), store.schemaVersion(), wrongCount, dir, 1 << 20))
        .hasMessageContaining("but the backup's manifest says");
  }
}
