package org.galen.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.galen.store.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editorial workflow on H2, the embedded default. */
class H2EditorialTest extends EditorialContract {
  @TempDir Path dir;

  @Override
  StoreConfig freshDatabase() {
    return StoreConfig.h2File(dir.resolve(UUID.randomUUID().toString()));
  }

  @Test
  void aBackupRestoresArticlesAndAccounts() {
    Article a = store.articles().create(editor, draft("kept", null));
    Path backup = dir.resolve("backup.sql");
    store.dump(backup);
    store
        .articles()
        .create(
            editor,
            new org.galen.store.article.Draft(
                "Lost after restore?",
                org.galen.core.Audience.CLINICIAN,
                "{}",
                java.util.List.of(),
                null));

    store.restore(backup);

    assertThat(store.articles().list()).extracting(Article::slug).containsExactly(a.slug());
    assertThat(store.accounts().find("erin")).isPresent();
  }
}
