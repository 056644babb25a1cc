package org.galen.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.app.library.StarterLibrary;
import org.galen.core.GalenException;
import org.galen.index.EmbeddingConfig;
import org.galen.index.LibraryIndex;
import org.galen.index.Rebuild;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code galen reindex}: rebuilds the library index from the stored sources (the source journal in
 * {@code $GALEN_HOME/sources}) and the starter library, or with {@code --check} verifies every
 * checksum of the index without changing anything.
 */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuild the library index from the stored sources ($GALEN_HOME/sources) and the starter"
          + " library, e.g. after Galen reported it damaged. The new index is built beside the old"
          + " one and replaces it only when complete; passages are embedded again when embeddings"
          + " are on. Run it with the server stopped.",
      "With --check, verify every checksum of the index instead and change nothing (exit 0:"
          + " whole, 1: damaged)."
    })
final class ReindexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--check",
      description = "Verify every byte of the index against its checksums; rebuild nothing.")
  boolean check;

  @Override
  public Integer call() {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    if (Engine.Search.fromEnvironment(System.getenv()) instanceof Engine.Search.Cluster) {
      throw new GalenException(
          "reindex rebuilds the embedded index, but GALEN_SEARCH=opensearch keeps the library in"
              + " the OpenSearch cluster: restore one of its snapshots, or ingest the files again"
              + " (ingest is idempotent)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path index = home.index();
    long start = System.nanoTime();
    if (check) {
      Optional<String> problem = LibraryIndex.verifyFully(index);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (problem.isPresent()) {
        out.println(
            "the library index in "
                + index
                + " is damaged: "
                + problem.get()
                + ". Run `bin/galen reindex` to rebuild it from the stored sources in "
                + home.sources()
                + ".");
        out.flush();
        return 1;
      }
      out.printf(
          Locale.ROOT, "the library index in %s is whole (checked in %.1f s)%n", index, seconds);
      out.flush();
      return 0;
    }
    EmbeddingConfig embeddings = EmbeddingConfig.fromEnvironment(System.getenv());
    err.println("rebuilding the library index in " + index + " from " + home.sources());
    err.flush();
    long[] lastPrint = {System.nanoTime()};
    Rebuild.Result result =
        Rebuild.run(
            index,
            home.sources(),
            embeddings::open,
            fresh -> StarterLibrary.ensureLoaded(fresh),
            (written, total) -> {
              long now = System.nanoTime();
              if (now - lastPrint[0] >= 2_000_000_000L || written == total) {
                lastPrint[0] = now;
                double s = (now - start) / 1e9;
                err.printf(
                    Locale.ROOT,
                    "%,d of %,d sources (%.0f/s)%n",
                    written,
                    total,
                    s > 0 ? written / s : 0.0);
                err.flush();
              }
            });
    result.warnings().forEach(w -> err.println("warning: " + w));
    if (result.kept() != null) {
      err.println(
          "warning: there were no stored sources to rebuild the old index's sources from; it was"
              + " kept in "
              + result.kept()
              + " (delete it once you have ingested your files again)");
    }
    err.flush();
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "rebuilt the library index in %s: %,d sources from %,d journal records (%,d deleted"
            + " sources left out), plus the starter library, in %.1f s%n",
        index,
        result.sources(),
        result.records(),
        result.deleted(),
        seconds);
    out.flush();
    return 0;
  }
}
