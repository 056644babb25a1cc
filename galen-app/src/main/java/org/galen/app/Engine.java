package org.galen.app;

import java.io.Closeable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.galen.app.library.StarterLibrary;
import org.galen.compose.Composer;
import org.galen.compose.ComposerConfig;
import org.galen.compose.ExtractiveComposer;
import org.galen.compose.context.PatientContextExtractor;
import org.galen.compose.llm.ChatClient;
import org.galen.compose.llm.LlmComposer;
import org.galen.compose.llm.LlmConfig;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.galen.index.EmbeddingConfig;
import org.galen.index.EmbeddingRecord;
import org.galen.index.LibraryIndex;
import org.galen.index.SearchBackend;
import org.galen.index.SourceChangeListener;
import org.galen.ingest.IngestReport;
import org.galen.opensearch.OpenSearchConfig;
import org.galen.opensearch.OpenSearchLibrary;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;
import org.galen.retrieve.SourceMatch;
import org.galen.understand.Understanding;
import org.galen.understand.triage.EmergencyCatalogue;

/**
 * The whole pipeline wired with {@code new}: the library (an embedded index in the data directory,
 * or an OpenSearch cluster when {@code GALEN_SEARCH=opensearch}; the bundled starter library loaded
 * on first use), the retriever and the composer.
 */
public final class Engine implements Closeable {
  private final SearchBackend index;
  private final Understanding understanding;
  private final Retriever retriever;
  private final Composer composer;
  private final ExtractiveComposer extractive;
  private final IngestReport startupIngest;
  private final List<String> startupUpdated = new ArrayList<>();
  private final List<String> startupRemoved = new ArrayList<>();

  private Engine(
      SearchBackend index,
      Understanding understanding,
      Retriever retriever,
      Composer composer,
      ExtractiveComposer extractive,
      IngestReport startupIngest) {
    this.extractive = extractive;
    this.index = index;
    this.understanding = understanding;
    this.retriever = retriever;
    this.composer = composer;
    this.startupIngest = startupIngest;
  }

  /**
   * The engine with the composer named by {@code GALEN_COMPOSER} (extractive unless set to llm) and
   * embeddings configured from the environment ({@code GALEN_EMBEDDINGS}).
   */
  public static Engine open(GalenHome home) {
    return open(home, System.getenv().getOrDefault("GALEN_COMPOSER", "extractive"));
  }

  /**
   * The engine with embeddings configured from the environment. When {@code GALEN_EMBEDDING_MODEL}
   * is not set, a library embedded with another model than the default is searched with its own
   * model, so an upgrade that changes the default keeps older libraries working.
   */
  public static Engine open(GalenHome home, String composerName) {
    EmbeddingConfig embeddings = EmbeddingConfig.fromEnvironment(System.getenv());
    try {
      return open(home, composerName, embeddings);
    } catch (EmbeddingRecord.Mismatch m) {
      String set = System.getenv("GALEN_EMBEDDING_MODEL");
      if (set != null && !set.isBlank()) {
        throw m;
      }
      System.err.println(
          "galen: the library was embedded with "
              + m.recorded()
              + ", so it is searched with it (the default is "
              + EmbeddingConfig.DEFAULT_MODEL
              + "; `bin/galen reindex` embeds it again with the default)");
      return open(home, composerName, embeddings.withModel(m.recorded()));
    }
  }

  public static Engine open(GalenHome home, EmbeddingConfig embeddings) {
    return open(home, System.getenv().getOrDefault("GALEN_COMPOSER", "extractive"), embeddings);
  }

  /**
   * @param composerName {@code extractive}, or {@code llm} for the LLM composer configured by the
   *     {@code GALEN_LLM_*} environment variables (see {@link LlmConfig#fromEnvironment})
   */
  public static Engine open(GalenHome home, String composerName, EmbeddingConfig embeddings) {
    return open(home, composerName, embeddings, Search.fromEnvironment(System.getenv()));
  }

  /** Which search backend holds the library: read once, from {@code GALEN_SEARCH}. */
  public sealed interface Search {
    /** The embedded Lucene index in the data directory (the default). */
    record Embedded() implements Search {}

    /** An OpenSearch cluster. */
    record Cluster(OpenSearchConfig config) implements Search {}

    /**
     * {@code GALEN_SEARCH}: {@code lucene} (default) or {@code opensearch}, which reads {@code
     * GALEN_OPENSEARCH_*} ({@link OpenSearchConfig#fromEnvironment}).
     */
    static Search fromEnvironment(java.util.Map<String, String> env) {
      String kind = env.getOrDefault("GALEN_SEARCH", "lucene").trim();
      return switch (kind) {
        case "", "lucene" -> new Embedded();
        case "opensearch" -> new Cluster(OpenSearchConfig.fromEnvironment(env));
        default ->
            throw new GalenException(
                "GALEN_SEARCH must be lucene or opensearch, was '" + kind + "'");
      };
    }

    /** Opens the library this names; it owns the embedder from then on. */
    default SearchBackend open(GalenHome home, EmbeddingConfig embeddings) {
      return switch (this) {
        case Embedded e -> LibraryIndex.open(home.index(), home.sources(), embeddings.open());
        case Cluster c -> OpenSearchLibrary.open(c.config(), embeddings.open());
      };
    }
  }

  public static Engine open(
      GalenHome home, String composerName, EmbeddingConfig embeddings, Search search) {
    LlmConfig llm =
        switch (composerName) {
          case "extractive" -> null;
          case "llm" -> LlmConfig.fromEnvironment(System.getenv());
          default ->
              throw new GalenException(
                  "composer must be extractive or llm, was '" + composerName + "'");
        };
    SearchBackend index = search.open(home, embeddings);
    Understanding understanding = null;
    try {
      List<String> updated = new ArrayList<>();
      List<String> removed = new ArrayList<>();
      IngestReport loaded =
          StarterLibrary.ensureLoaded(
              index,
              (u, r) -> {
                updated.addAll(u);
                removed.addAll(r);
              });
      if (index instanceof LibraryIndex embedded) {
        // a library written before the source journal existed gets one now, once
        embedded.ensureJournal();
      }
      understanding =
          Understanding.open(
              index.embedder().orElse(null),
              System.getenv().getOrDefault("GALEN_LOCALE", EmergencyCatalogue.DEFAULT_LOCALE));
      Retriever retriever =
          new Retriever(
              index, QueryUnderstanding.bundled(index.analyzer()), RetrieverConfig.DEFAULTS);
      ExtractiveComposer extractive =
          new ExtractiveComposer(
              index,
              retriever,
              understanding.triage(),
              understanding.framer(),
              understanding.terminology(),
              PatientContextExtractor.bundled(),
              ComposerConfig.DEFAULTS,
              Clock.systemUTC());
      Composer composer =
          llm == null
              ? extractive
              : new LlmComposer(
                  extractive,
                  new ChatClient(llm),
                  retriever.understanding()::terms,
                  Clock.systemUTC());
      Engine engine = new Engine(index, understanding, retriever, composer, extractive, loaded);
      engine.startupUpdated.addAll(updated);
      engine.startupRemoved.addAll(removed);
      return engine;
    } catch (RuntimeException e) {
      if (understanding != null) {
        understanding.close();
      }
      index.close();
      throw e;
    }
  }

  public Answer answer(Question question) {
    return composer.answer(question);
  }

  /**
   * The extractive answer without triage and scope (and without the question frame unless {@code
   * framed}), for {@code galen bench --compare-triage}.
   */
  public Answer answerUntriaged(Question question, boolean framed) {
    return extractive.answerUntriaged(question, framed);
  }

  /** How each candidate source matched the question, best first: for {@code ask --explain}. */
  public List<SourceMatch> explain(Question question) {
    return retriever.retrieve(extractive.searched(question)).sources();
  }

  /** What loading the starter library did when this engine opened (all zero when current). */
  public IngestReport startupIngest() {
    return startupIngest;
  }

  /**
   * Tells {@code listener} which sources the starter library refresh at {@link #open} changed: the
   * listener (living answers) usually needs this engine, so it cannot be given to {@code open}.
   */
  public void replayStartupChanges(SourceChangeListener listener) {
    if (!startupUpdated.isEmpty() || !startupRemoved.isEmpty()) {
      listener.sourcesChanged(List.copyOf(startupUpdated), List.copyOf(startupRemoved));
    }
  }

  public SearchBackend index() {
    return index;
  }

  /** What Galen understands of questions: triage, scope, terminology. */
  public Understanding understanding() {
    return understanding;
  }

  @Override
  public void close() {
    understanding.close();
    index.close();
  }
}
