package org.galen.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.galen.core.Audience;
import org.galen.store.account.NewUser;
import org.galen.store.article.Article;
import org.galen.store.article.CitedSource;
import org.galen.store.article.Draft;
import org.galen.store.article.ReviewStatus;

/**
 * A process that saves articles, versions and reviews through the store as fast as it can, until it
 * is killed; {@link SaveCrashContract} kills it. After each save returns (committed), it prints
 * {@code saved SLUG NUMBER} or {@code reviewed SLUG NUMBER STATUS}, so the test knows what the
 * database acknowledged.
 *
 * <p>Arguments: JDBC URL, user, password, round (a word that makes this run's questions unique).
 */
public final class SaveLoop {
  private SaveLoop() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (Store store =
        Store.open(new StoreConfig(args[0], args[1], args.length > 2 ? args[2] : ""))) {
      store.accounts().bootstrapAdmin("admin", "hash");
      Actor admin = store.accounts().find("admin").orElseThrow().actor();
      Actor editor = user(store, admin, "erin", Role.EDITOR);
      Actor reviewer = user(store, admin, "rhea", Role.REVIEWER);
      String round = args.length > 3 ? args[3] : "0";
      out.println("ready");
      out.flush();
      // answers of a realistic size: the contract JSON of a composed answer is a few kilobytes
      String filler = "x".repeat(4_000);
      for (int n = 0; ; n++) {
        Article a =
            store
                .articles()
                .create(
                    editor, draft("Round " + round + " question " + n + " about gout?", filler, 1));
        out.println("saved " + a.slug() + " 1");
        out.flush();
        int lock = a.lockVersion();
        for (int v = 2; v <= 4; v++) {
          var version =
              store
                  .articles()
                  .edit(
                      editor,
                      a.slug(),
                      lock,
                      draft("Round " + round + " question " + n + " about gout?", filler, v));
          lock++;
          out.println("saved " + a.slug() + " " + version.number());
          out.flush();
        }
        store.articles().review(reviewer, a.slug(), 4, ReviewStatus.UNDER_REVIEW, null);
        out.println("reviewed " + a.slug() + " 4 under_review");
        out.flush();
        store.articles().review(reviewer, a.slug(), 4, ReviewStatus.APPROVED, "checked");
        out.println("reviewed " + a.slug() + " 4 approved");
        out.flush();
      }
    }
  }

  private static Actor user(Store store, Actor admin, String name, Role role) {
    return store
        .accounts()
        .find(name)
        .orElseGet(
            () ->
                store
                    .accounts()
                    .create(admin, new NewUser(name, "hash", Set.of(role), name, null, null)))
        .actor();
  }

  private static Draft draft(String question, String filler, int version) {
    return new Draft(
        question,
        Audience.CLINICIAN,
        "{\"version\":" + version + ",\"text\":\"" + filler + "\"}",
        List.of(new CitedSource("summary:gout", "h" + version), new CitedSource("pmid:1", "p")),
        "edit " + version);
  }
}
