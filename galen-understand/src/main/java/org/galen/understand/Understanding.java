package org.galen.understand;

import org.galen.index.Embedder;
import org.galen.index.EmbeddingConfig;
import org.galen.index.OnnxEmbedder;
import org.galen.understand.context.ConText;
import org.galen.understand.frame.AskClassifier;
import org.galen.understand.frame.Framer;
import org.galen.understand.terminology.Terminology;
import org.galen.understand.triage.EmergencyCatalogue;
import org.galen.understand.triage.ExemplarBank;
import org.galen.understand.triage.Triage;
import org.galen.understand.triage.TriageConfig;
import org.jspecify.annotations.Nullable;

/**
 * Everything Galen understands about a question before it searches, wired once: the bundled
 * terminologies, ConText, the emergency catalogue and its exemplars, and the sentence-embedding
 * model they are matched with.
 */
public final class Understanding implements AutoCloseable {
  private final Triage triage;
  private final Framer framer;
  private final Terminology terminology;
  private final @Nullable Embedder owned;

  private Understanding(
      Triage triage, Framer framer, Terminology terminology, @Nullable Embedder owned) {
    this.triage = triage;
    this.framer = framer;
    this.terminology = terminology;
    this.owned = owned;
  }

  /**
   * @param library the library's embedder, used when it runs the exemplars' model ({@code
   *     bge-small-en-v1.5-q}); otherwise that model is loaded here, and closed with this
   * @param locale whose emergency number and words alerts use ({@code en-US}, {@code en-GB})
   */
  public static Understanding open(@Nullable Embedder library, String locale) {
    Embedder embedder = library;
    Embedder owned = null;
    if (embedder == null || !embedder.model().equals(ExemplarBank.MODEL)) {
      owned = new OnnxEmbedder(EmbeddingConfig.on(ExemplarBank.MODEL));
      embedder = owned;
    }
    try {
      EmergencyCatalogue catalogue = EmergencyCatalogue.bundled();
      Terminology terminology = Terminology.bundled();
      ConText context = ConText.bundled();
      Triage triage =
          new Triage(
              catalogue,
              terminology,
              context,
              ExemplarBank.bundled(catalogue, embedder),
              embedder,
              TriageConfig.DEFAULTS.withLocale(catalogue.locale(locale)));
      Framer framer = new Framer(terminology, context, AskClassifier.bundled());
      return new Understanding(triage, framer, terminology, owned);
    } catch (RuntimeException e) {
      if (owned != null) {
        owned.close();
      }
      throw e;
    }
  }

  public Triage triage() {
    return triage;
  }

  /** What a question names, who it is about and what it asks. */
  public Framer framer() {
    return framer;
  }

  public Terminology terminology() {
    return terminology;
  }

  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }
}
