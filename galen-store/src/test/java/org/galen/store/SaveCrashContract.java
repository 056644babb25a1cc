package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.galen.core.Audience;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.CitedSource;
import org.galen.store.article.Draft;
import org.galen.store.article.Review;
import org.galen.store.article.ReviewStatus;
import org.galen.store.audit.AuditEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kills (SIGKILL) a real process that saves articles, versions and reviews through the store in a
 * tight loop, at a random moment while saves are in flight, then proves the database is consistent
 * on restart: migrations intact, every saved version whole with its sources and audit entries (or
 * absent entirely), version numbers 1..n without gaps, lock versions matching, every save the
 * killed process saw acknowledged still there, and new saves succeed. Each subclass names the
 * database.
 */
abstract class SaveCrashContract {
  private static final int ROUNDS = 3;

  abstract StoreConfig database();

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aSaveKilledMidwayLeavesTheDatabaseConsistentAndAcknowledgedSavesKept() throws Exception {
    StoreConfig config = database();
    Random random = new Random();
    List<String> acknowledged = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      long t0 = System.nanoTime();
      acknowledged.addAll(killMidway(config, round, 5 + random.nextInt(60)));
      long t1 = System.nanoTime();
      assertConsistent(config, acknowledged);
      System.out.printf(
          "TIMING kill %d ms, check %d ms%n",
          (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    }
    try (Store store = Store.open(config)) {
      Actor editor = store.accounts().find("erin").orElseThrow().actor();
      Actor reviewer = store.accounts().find("rhea").orElseThrow().actor();
      Article a =
          store
              .articles()
              .create(
                  editor,
                  new Draft(
                      "After the crash, does saving work?",
                      Audience.CLINICIAN,
                      "{\"after\":true}",
                      List.of(new CitedSource("summary:gout", "h")),
                      null));
      store
          .articles()
          .edit(
              editor,
              a.slug(),
              a.lockVersion(),
              new Draft(a.question(), Audience.CLINICIAN, "{\"after\":2}", List.of(), "again"));
      store.articles().review(reviewer, a.slug(), 2, ReviewStatus.UNDER_REVIEW, null);
      assertThat(store.articles().get(a.slug()).latestVersion()).isEqualTo(2);
    }
    assertConsistent(config, acknowledged);
  }

  /** Runs {@link SaveLoop} until it acknowledged {@code saves} saves, then SIGKILLs it. */
  private List<String> killMidway(StoreConfig config, int round, int saves) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(SaveLoop.class.getName());
    command.add(config.url());
    command.add(config.user());
    command.add(config.password());
    command.add(Integer.toString(round));
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> lines = Collections.synchronizedList(new ArrayList<>());
    Thread reader =
        Thread.ofVirtual()
            .start(
                () -> {
                  try (BufferedReader r =
                      new BufferedReader(
                          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                      lines.add(line);
                    }
                  } catch (IOException e) {
                    // killed: that is the point
                  }
                });
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (child.isAlive() && System.nanoTime() < deadline && acks(lines).size() < saves) {
      Thread.sleep(1);
    }
    assertThat(child.isAlive()).as("the save loop must run until it is killed: %s", lines).isTrue();
    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no closing of the database
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    reader.join(5_000);
    List<String> acked = acks(lines);
    assertThat(acked).hasSizeGreaterThanOrEqualTo(saves);
    return acked;
  }

  private static List<String> acks(List<String> lines) {
    synchronized (lines) {
      return lines.stream().filter(l -> !l.equals("ready")).toList();
    }
  }

  private static void assertConsistent(StoreConfig config, List<String> acknowledged) {
    // migrations: all applied, none failed, checksums as shipped
    Flyway flyway =
        Flyway.configure()
            .dataSource(config.url(), config.user(), config.password())
            .locations("classpath:org/galen/store/migration")
            .load();
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    for (MigrationInfo m : flyway.info().all()) {
      assertThat(m.getState().isApplied()).as(m.getScript()).isTrue();
      assertThat(m.getState().isFailed()).as(m.getScript()).isFalse();
    }
    try (Store store = Store.open(config)) {
      Actor admin = store.accounts().find("admin").orElseThrow().actor();
      Map<String, Article> articles = new HashMap<>();
      for (Article a : store.articles().list()) {
        articles.put(a.slug(), a);
        if (!a.question().startsWith("Round ")) {
          continue; // saved by this test after the crashes
        }
        List<ArticleVersion> versions = store.articles().versions(a.slug());
        // numbers 1..n: none missing, none twice; the lock counts every save
        assertThat(versions)
            .extracting(ArticleVersion::number)
            .as(a.slug())
            .containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, versions.size()).boxed().toList());
        assertThat(a.latestVersion()).as(a.slug()).isEqualTo(versions.size());
        assertThat(a.lockVersion()).as(a.slug()).isEqualTo(versions.size());
        List<AuditEvent> audit = store.audit().about(admin, "article:" + a.slug());
        assertThat(audit.stream().filter(e -> e.action().equals("article.create")))
            .as(a.slug())
            .hasSize(1);
        List<Review> reviews = store.articles().reviews(a.slug());
        for (ArticleVersion v : versions) {
          // whole: the answer as written, every cited source
          assertThat(v.answerJson())
              .as(a.slug() + " v" + v.number())
              .startsWith("{\"version\":" + v.number() + ",")
              .endsWith("\"}")
              .hasSizeGreaterThan(4_000);
          assertThat(v.sources()).as(a.slug() + " v" + v.number()).hasSize(2);
          if (v.number() > 1) {
            assertThat(
                    audit.stream()
                        .filter(
                            e ->
                                e.action().equals("article.edit")
                                    && e.target()
                                        .equals("article:" + a.slug() + "/v" + v.number())))
                .as("audit of " + a.slug() + " v" + v.number())
                .hasSize(1);
          }
          List<Review> own = reviews.stream().filter(r -> r.version() == v.number()).toList();
          long audited =
              audit.stream()
                  .filter(
                      e ->
                          e.action().equals("article.review")
                              && e.target().equals("article:" + a.slug() + "/v" + v.number()))
                  .count();
          assertThat(audited)
              .as("review audit of " + a.slug() + " v" + v.number())
              .isEqualTo(own.size());
          ReviewStatus expected = own.isEmpty() ? ReviewStatus.SUBMITTED : own.getLast().to();
          assertThat(v.status()).as(a.slug() + " v" + v.number()).isEqualTo(expected);
        }
        // no audit entry for a version that is not there
        assertThat(audit.stream().filter(e -> e.action().equals("article.edit")))
            .as(a.slug())
            .hasSize(versions.size() - 1);
      }
      for (String ack : acknowledged) {
        String[] f = ack.split(" ");
        assertThat(articles).as("acknowledged: " + ack).containsKey(f[1]);
        Article a = java.util.Objects.requireNonNull(articles.get(f[1]));
        int number = Integer.parseInt(f[2]);
        assertThat(a.latestVersion()).as("acknowledged: " + ack).isGreaterThanOrEqualTo(number);
        if (f[0].equals("reviewed")) {
          ReviewStatus status = store.articles().version(f[1], number).status();
          assertThat(status.wire().equals(f[3]) || status == ReviewStatus.APPROVED)
              .as("acknowledged: " + ack + ", found " + status)
              .isTrue();
        }
      }
    }
  }
}
