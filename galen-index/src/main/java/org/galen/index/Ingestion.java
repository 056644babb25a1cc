package org.galen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.galen.core.GalenException;
import org.galen.ingest.Document;
import org.galen.ingest.IngestReport;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;

/**
 * Loads files into the library. Each file's records are upserted as they stream in and committed
 * when the file is done, so a crash leaves the library at the last whole file. A record or file
 * that cannot be read is skipped with its problem reported; what the library held before stays
 * intact.
 */
public final class Ingestion {
  private final LibraryIndex index;
  private final Readers readers;

  public Ingestion(LibraryIndex index) {
    this(index, Readers.standard());
  }

  public Ingestion(LibraryIndex index, Readers readers) {
    this.index = index;
    this.readers = readers;
  }

  /**
   * Ingests files and directories (recursively: every file some reader handles).
   *
   * @param progress receives one line per file
   */
  public IngestReport ingest(List<Path> paths, boolean dryRun, Consumer<String> progress) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      files.addAll(expand(p));
    }
    IngestReport report = new IngestReport();
    if (dryRun) {
      for (Path file : files) {
        readFile(file, report, progress, parsed -> dryRun(parsed, report));
      }
      return report;
    }
    try (LibraryWriter writer = index.writer()) {
      for (Path file : files) {
        Batch batch = new Batch(writer, report);
        readFile(file, report, progress, batch::accept);
        batch.flush();
        writer.commit(Map.of());
      }
    }
    return report;
  }

  /**
   * Collects a file's documents so their passages are embedded in batches; a deletion or a full
   * batch writes what came before it first, keeping the file's order.
   */
  private static final class Batch {
    private static final int SIZE = 256;
    private final LibraryWriter writer;
    private final IngestReport report;
    private final List<Document> docs = new ArrayList<>();

    Batch(LibraryWriter writer, IngestReport report) {
      this.writer = writer;
      this.report = report;
    }

    void accept(Parsed parsed) {
      switch (parsed) {
        case Parsed.Ok ok -> {
          report.read();
          docs.add(ok.document());
          if (docs.size() >= SIZE) {
            flush();
          }
        }
        case Parsed.Skipped skipped -> report.skipped(skipped.problem().toString());
        case Parsed.Deleted deleted -> {
          flush();
          writer.delete(deleted.sourceId());
          report.deleted();
        }
      }
    }

    void flush() {
      for (LibraryWriter.Outcome outcome : writer.upsertAll(docs)) {
        switch (outcome) {
          case ADDED -> report.added();
          case UPDATED -> report.updated();
          case UNCHANGED -> report.unchanged();
        }
      }
      docs.clear();
    }
  }

  private void readFile(
      Path file, IngestReport report, Consumer<String> progress, Consumer<Parsed> sink) {
    int before = report.readCount();
    try {
      readers.read(file, sink);
      progress.accept("read " + file + " (" + (report.readCount() - before) + " records)");
    } catch (MalformedInputException e) {
      report.skipped(e.describe());
      progress.accept("skipped " + e.describe());
    }
  }

  private void dryRun(Parsed parsed, IngestReport report) {
    switch (parsed) {
      case Parsed.Ok ok -> {
        report.read();
        Optional<String> previous = index.hash(ok.document().source().id());
        if (previous.isEmpty()) {
          report.added();
        } else if (previous.get().equals(ok.document().contentHash())) {
          report.unchanged();
        } else {
          report.updated();
        }
      }
      case Parsed.Skipped skipped -> report.skipped(skipped.problem().toString());
      case Parsed.Deleted deleted -> report.deleted();
    }
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
      IngestReport report) {
    try (LibraryWriter writer = index.writer()) {
      Batch batch = new Batch(writer, report);
      docs.forEach(d -> batch.accept(new Parsed.Ok(d)));
      batch.flush();
      deletions.forEach(id -> batch.accept(new Parsed.Deleted(id)));
      writer.commit(commitData);
    }
  }

  private List<Path> expand(Path p) {
    if (!Files.exists(p)) {
      throw new GalenException("no such file or directory: " + p);
    }
    if (!Files.isDirectory(p)) {
      return List.of(p);
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile)
          .filter(f -> readers.readerFor(f).isPresent())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
