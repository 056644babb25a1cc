package org.galen.app;

import java.io.Closeable;
import java.time.Clock;
import org.galen.app.library.StarterLibrary;
import org.galen.compose.Composer;
import org.galen.compose.ComposerConfig;
import org.galen.compose.ExtractiveComposer;
import org.galen.compose.safety.EmergencyDetector;
import org.galen.compose.safety.ScopeClassifier;
import org.galen.core.Question;
import org.galen.core.answer.Answer;
import org.galen.index.EmbeddingConfig;
import org.galen.index.LibraryIndex;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;

/**
 * The whole pipeline wired with {@code new}: the library index in a data directory (with the
 * bundled starter library loaded on first use), the retriever and the composer.
 */
public final class Engine implements Closeable {
  private final LibraryIndex index;
  private final Composer composer;

  private Engine(LibraryIndex index, Composer composer) {
    this.index = index;
    this.composer = composer;
  }

  /**
   * Opens the engine with embeddings configured from the environment ({@code GALEN_EMBEDDINGS}).
   */
  public static Engine open(GalenHome home) {
    return open(home, EmbeddingConfig.fromEnvironment(System.getenv()));
  }

  public static Engine open(GalenHome home, EmbeddingConfig embeddings) {
    LibraryIndex index = LibraryIndex.open(home.index(), embeddings.open());
    try {
      StarterLibrary.ensureLoaded(index);
      Retriever retriever =
          new Retriever(
              index, QueryUnderstanding.bundled(index.analyzer()), RetrieverConfig.DEFAULTS);
      Composer composer =
          new ExtractiveComposer(
              index,
              retriever,
              EmergencyDetector.bundled(),
              ScopeClassifier.bundled(),
              ComposerConfig.DEFAULTS,
              Clock.systemUTC());
      return new Engine(index, composer);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  public Answer answer(Question question) {
    return composer.answer(question);
  }

  public LibraryIndex index() {
    return index;
  }

  @Override
  public void close() {
    index.close();
  }
}
