package org.galen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.galen.ingest.Document;
import org.galen.ingest.IngestReport;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Readers;

/**
 * Loads files into the library: reads each, upserts what it holds, and commits once at the end. A
 * file that cannot be read is skipped with its problems reported; nothing is committed for it, and
 * what the library held before stays intact.
 */
public final class Ingestion {
  private final LibraryIndex index;
  private final Readers readers = new Readers();

  public Ingestion(LibraryIndex index) {
    this.index = index;
  }

  /**
   * Ingests files and directories (recursively).
   *
   * @param progress receives one line per file
   */
  public IngestReport ingest(List<Path> paths, boolean dryRun, Consumer<String> progress) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      files.addAll(expand(p));
    }
    IngestReport report = new IngestReport();
    List<Document> docs = new ArrayList<>();
    for (Path file : files) {
      try {
        List<Document> read = readers.read(file);
        docs.addAll(read);
        read.forEach(d -> report.read());
        progress.accept(
            "read " + file + " (" + read.size() + " source" + (read.size() == 1 ? ")" : "s)"));
      } catch (MalformedInputException e) {
        report.skipped(e.describe());
        progress.accept("skipped " + e.describe());
      }
    }
    write(docs, List.of(), Map.of(), dryRun, report);
    return report;
  }

  /**
   * Upserts documents and deletes sources in one commit.
   *
   * @param commitData recorded with the commit
   */
  public void write(
      List<Document> docs,
      List<String> deletions,
      Map<String, String> commitData,
      boolean dryRun,
      IngestReport report) {
    if (dryRun) {
      for (Document d : docs) {
        var previous = index.hash(d.source().id());
        if (previous.isEmpty()) {
          report.added();
        } else if (previous.get().equals(d.contentHash())) {
          report.unchanged();
        } else {
          report.updated();
        }
      }
      deletions.forEach(id -> report.deleted());
      return;
    }
    try (LibraryWriter writer = index.writer()) {
      for (Document d : docs) {
        switch (writer.upsert(d)) {
          case ADDED -> report.added();
          case UPDATED -> report.updated();
          case UNCHANGED -> report.unchanged();
        }
      }
      for (String id : deletions) {
        writer.delete(id);
        report.deleted();
      }
      writer.commit(commitData);
    }
  }

  private List<Path> expand(Path p) {
    if (!Files.exists(p)) {
      throw new MalformedInputPath(p);
    }
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).filter(readers::accepts).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A path given to ingest that does not exist. */
  public static final class MalformedInputPath extends org.galen.core.GalenException {
    private static final long serialVersionUID = 1L;

    MalformedInputPath(Path p) {
      super("no such file or directory: " + p);
    }
  }
}
