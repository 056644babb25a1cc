package org.galen.compose;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.galen.compose.context.PatientContextExtractor;
import org.galen.compose.safety.EmergencyDetector;
import org.galen.compose.safety.ScopeClassifier;
import org.galen.index.Ingestion;
import org.galen.index.LibraryIndex;
import org.galen.retrieve.QueryUnderstanding;
import org.galen.retrieve.Retriever;
import org.galen.retrieve.RetrieverConfig;

/** The real bundled practice summaries in a real Lucene index in a temporary directory. */
public final class TestLibrary {
  static final Path SUMMARIES = Path.of("../library/summaries");

  private TestLibrary() {}

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
        EmergencyDetector.bundled(),
        ScopeClassifier.bundled(),
        PatientContextExtractor.bundled(),
        ComposerConfig.DEFAULTS,
        Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC));
  }
}
