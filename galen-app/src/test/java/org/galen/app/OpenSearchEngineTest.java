package org.galen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.galen.core.Audience;
import org.galen.core.Question;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.index.EmbeddingConfig;
import org.galen.opensearch.LocalCluster;
import org.galen.opensearch.OpenSearchConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole engine on an OpenSearch cluster: the starter library loads into it on first open and a
 * question is answered with quotes found word for word in the cited sources, as on the embedded
 * index.
 */
class OpenSearchEngineTest {
  @TempDir Path home;

  @Test
  void answersAStarterLibraryQuestionWithVerifiedQuotesLikeTheEmbeddedIndex() {
    LocalCluster cluster = LocalCluster.shared(2);
    OpenSearchConfig config =
        new OpenSearchConfig(cluster.urls(), "engine", 2, 1, 500, Duration.ofSeconds(60));
    Question question =
        Question.of("How should knee osteoarthritis be managed?", Audience.CLINICIAN);
    Answer onCluster;
    try (Engine engine =
        Engine.open(
            new GalenHome(home.resolve("cluster-home")),
            "extractive",
            EmbeddingConfig.OFF,
            new Engine.Search.Cluster(config))) {
      assertThat(engine.startupIngest().addedCount()).isGreaterThanOrEqualTo(50);
      onCluster = engine.answer(question);
      assertThat(onCluster.status()).isEqualTo(AnswerStatus.ANSWERED);
      org.galen.core.answer.Statement bottomLine =
          java.util.Objects.requireNonNull(onCluster.bottomLine(), "bottom line");
      assertThat(bottomLine.evidence()).isNotEmpty();
      Map<Integer, String> refs =
          onCluster.references().stream()
              .collect(java.util.stream.Collectors.toMap(Reference::n, Reference::id));
      for (Evidence e : bottomLine.evidence()) {
        String id = java.util.Objects.requireNonNull(refs.get(e.ref()), "reference " + e.ref());
        Source cited = engine.index().source(id).orElseThrow();
        assertThat(cited.text()).contains(e.quote());
      }
    }
    // a second open finds the library current: nothing is loaded again
    try (Engine again =
        Engine.open(
            new GalenHome(home.resolve("cluster-home")),
            "extractive",
            EmbeddingConfig.OFF,
            new Engine.Search.Cluster(config))) {
      assertThat(again.startupIngest().addedCount()).isZero();
    }
    try (Engine embedded =
        Engine.open(
            new GalenHome(home.resolve("embedded-home")),
            "extractive",
            EmbeddingConfig.OFF,
            new Engine.Search.Embedded())) {
      Answer local = embedded.answer(question);
      assertThat(onCluster.bottomLine()).isEqualTo(local.bottomLine());
      assertThat(onCluster.references()).isEqualTo(local.references());
    }
  }
}
