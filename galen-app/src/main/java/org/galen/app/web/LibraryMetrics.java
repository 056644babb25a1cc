package org.galen.app.web;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.galen.app.Engine;
import org.galen.ingest.IngestReport;
import org.springframework.stereotype.Component;

/**
 * Library gauges for Prometheus: documents in the index, and what loading the starter library did
 * at startup ({@code galen.ingest.sources} by outcome).
 */
@Component
class LibraryMetrics implements MeterBinder {
  private final Engine engine;

  LibraryMetrics(Engine engine) {
    this.engine = engine;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Gauge.builder("galen.library.documents", engine, e -> e.index().size())
        .description("Sources and passages in the library index")
        .register(registry);
    IngestReport r = engine.startupIngest();
    outcome(registry, "read", r.readCount());
    outcome(registry, "added", r.addedCount());
    outcome(registry, "updated", r.updatedCount());
    outcome(registry, "unchanged", r.unchangedCount());
    outcome(registry, "deleted", r.deletedCount());
    outcome(registry, "skipped", r.skippedReasons().size());
  }

  private static void outcome(MeterRegistry registry, String outcome, int count) {
    Gauge.builder("galen.ingest.sources", () -> count)
        .description("Sources by outcome of the ingest at startup")
        .tag("outcome", outcome)
        .register(registry);
  }
}
