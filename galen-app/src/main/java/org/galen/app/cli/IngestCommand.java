package org.galen.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.app.editorial.Editorial;
import org.galen.app.editorial.LivingAnswers;
import org.galen.index.Ingestion;
import org.galen.ingest.IngestReport;
import org.galen.ingest.Readers;
import org.galen.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galen ingest}: load files into the library. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description =
        "Load files or folders into the library: practice summaries (Markdown), PubMed/MEDLINE"
            + " XML (.xml, .xml.gz), PMC JATS articles (.nxml), MedQuAD XML, guideline Markdown,"
            + " HTML and PDF, PubMedQA JSON.")
final class IngestCommand implements Callable<Integer> {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Report what would change without changing anything.")
  boolean dryRun;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Progress progress = new Progress(err, System.console() != null, System::nanoTime);
    IngestReport report;
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    // the database first: a running server holds it, and then nothing should be ingested yet
    try (Store store = Databases.open(home, "ingest", "");
        Engine engine = Engine.open(home)) {
      // articles citing a source this ingest changes are flagged and get a proposed new version
      LivingAnswers living =
          new LivingAnswers(
              new Editorial(store, engine),
              line -> {
                err.println(line);
                err.flush();
              });
      engine.replayStartupChanges(living);
      report =
          new Ingestion(engine.index(), Readers.standard(), living).ingest(paths, dryRun, progress);
    } finally {
      progress.finish();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(json(report, dryRun, seconds));
    } else {
      out.println((dryRun ? "dry run, nothing changed: " : "ingested: ") + report);
      report.skippedReasons().forEach(r -> out.println("skipped: " + r));
    }
    out.flush();
    return report.skippedReasons().isEmpty() ? 0 : 1;
  }

  static String json(IngestReport report, boolean dryRun, double seconds) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("dryRun", dryRun);
    o.put("read", report.readCount());
    o.put("added", report.addedCount());
    o.put("updated", report.updatedCount());
    o.put("unchanged", report.unchangedCount());
    o.put("deleted", report.deletedCount());
    ArrayNode skipped = o.putArray("skipped");
    report.skippedReasons().forEach(skipped::add);
    o.put("seconds", Math.round(seconds * 1000) / 1000.0);
    return o.toString();
  }
}
