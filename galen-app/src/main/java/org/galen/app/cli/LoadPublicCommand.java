package org.galen.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.core.GalenException;
import org.galen.index.Ingestion;
import org.galen.ingest.IngestReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen library load-public DIR}: ingests the public corpora of a shared data folder, each
 * through whichever readers this build has. The retrieval test sets ({@code retrieval/}) are never
 * loaded: they are for evaluation only, and one of them (NFCorpus) is licensed for academic use.
 */
@Command(
    name = "load-public",
    mixinStandardHelpOptions = true,
    description = {
      "Load the public corpora in DIR (e.g. ../shared/data) into the library: medquad/,"
          + " guidelines-ngc/, pubmedqa/, medline/ and pmc/, whichever are present.",
      "Re-running it changes only what changed. retrieval/ (evaluation sets) is never loaded."
    })
final class LoadPublicCommand implements Callable<Integer> {
  /** The corpora that may enter the library, in load order. */
  static final List<String> CORPORA =
      List.of("medquad", "guidelines-ngc", "pubmedqa", "medline", "pmc");

  @Spec CommandSpec spec;

  @Option(names = "--dry-run", description = "Report what would change without changing anything.")
  boolean dryRun;

  @Parameters(paramLabel = "DIR", description = "The shared data folder holding the corpora.")
  Path dir = Path.of(".");

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new GalenException("no such directory: " + dir);
    }
    if (CORPORA.stream().noneMatch(c -> Files.isDirectory(dir.resolve(c)))) {
      throw new GalenException(
          dir + " holds none of the public corpora " + String.join("/, ", CORPORA) + "/");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean clean = true;
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()))) {
      Ingestion ingestion = new Ingestion(engine.index());
      for (String corpus : CORPORA) {
        Path folder = dir.resolve(corpus);
        if (!Files.isDirectory(folder)) {
          out.println(corpus + ": not in " + dir + ", nothing to load");
          continue;
        }
        IngestReport report =
            ingestion.ingest(
                List.of(folder),
                dryRun,
                line -> {
                  err.println(line);
                  err.flush();
                });
        if (report.readCount() == 0 && report.skippedReasons().isEmpty()) {
          out.println(corpus + ": no reader of this build handles its files");
        } else {
          out.println(corpus + ": " + (dryRun ? "dry run, nothing changed: " : "") + report);
        }
        report.skippedReasons().forEach(r -> out.println("  skipped: " + r));
        clean &= report.skippedReasons().isEmpty();
        out.flush();
      }
    }
    return clean ? 0 : 1;
  }
}
