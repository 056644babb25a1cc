package org.galen.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.galen.compose.context.PatientContextExtractor;
import org.galen.index.Ingestion;
import org.galen.index.LibraryIndex;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;
import org.galen.understand.Understanding;
import org.galen.understand.triage.EmergencyCatalogue;
import org.jspecify.annotations.Nullable;

/** The real bundled practice summaries in a real Lucene index in a temporary directory. */
public final class TestLibrary {
  static final Path SUMMARIES = Path.of("../library/summaries");

  /**
   * One understanding for every test of the JVM: loading the embedding model and the terminologies
   * takes a second or two, and it holds nothing a test changes.
   */
  private static @Nullable Understanding understanding;

  private TestLibrary() {}

  public static synchronized Understanding understanding() {
    Understanding u = understanding;
    if (u == null) {
      u = Understanding.open(null, EmergencyCatalogue.DEFAULT_LOCALE);
      understanding = u;
    }
    return u;
  }

  public static LibraryIndex load(Path dir) {
    LibraryIndex index = LibraryIndex.open(dir);
    new Ingestion(index).ingest(List.of(SUMMARIES), false, line -> {});
    return index;
  }

  public static ExtractiveComposer composer(LibraryIndex index) {
    return new ExtractiveComposer(
        index,
        new Retriever(
            index, QueryUnderstanding.bundled(index.analyzer()), RetrieverConfig.DEFAULTS),
        understanding().triage(),
        understanding().framer(),
        understanding().terminology(),
        PatientContextExtractor.bundled(),
        ComposerConfig.DEFAULTS,
        Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));
  }
}
