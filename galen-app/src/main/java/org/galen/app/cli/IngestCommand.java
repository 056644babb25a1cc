package org.galen.app.cli;

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
    description = "Load files or folders into the library (Markdown practice summaries).")
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Report what would change without changing anything.")
  boolean dryRun;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    try (Engine engine = Engine.open(home);
        Store store = Store.open(home.store(System.getenv()))) {
      // articles citing a source this ingest changes are flagged and get a proposed new version
      LivingAnswers living =
          new LivingAnswers(
              new Editorial(store, engine),
              line -> {
                err.println(line);
                err.flush();
              });
      engine.replayStartupChanges(living);
      IngestReport report =
          new Ingestion(engine.index(), Readers.standard(), living)
              .ingest(
                  paths,
                  dryRun,
                  line -> {
                    err.println(line);
                    err.flush();
                  });
      PrintWriter out = spec.commandLine().getOut();
      out.println((dryRun ? "dry run, nothing changed: " : "ingested: ") + report);
      report.skippedReasons().forEach(r -> out.println("skipped: " + r));
      out.flush();
      return report.skippedReasons().isEmpty() ? 0 : 1;
    }
  }
}
