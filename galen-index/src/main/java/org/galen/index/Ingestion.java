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
import org.jspecify.annotations.Nullable;

/**
 * Loads files into the library. Records are upserted as they stream in and committed between files,
 * so a crash leaves the library at the last commit, never inside a file. A commit costs an fsync
 * and a reader refresh, so many small files (MedQuAD has thousands) share one: commits come every
 * {@value #COMMIT_EVERY_RECORDS} records or {@value #COMMIT_EVERY_SECONDS} seconds, after the file
 * in progress, and at the end. A record or file that cannot be read is skipped with its problem
 * reported; what the library held before stays intact.
 */
public final class Ingestion {
  static final int COMMIT_EVERY_RECORDS = 10_000;
  static final int COMMIT_EVERY_SECONDS = 10;

  private final SearchBackend index;
  private final Readers readers;
  private final SourceChangeListener changeListener;

  public Ingestion(SearchBackend index) {
    this(index, Readers.standard());
  }

  public Ingestion(SearchBackend index, Readers readers) {
    this(index, readers, SourceChangeListener.NONE);
  }

  /**
   * @param listener told after each commit which previously stored sources changed or went away
   */
  public Ingestion(SearchBackend index, Readers readers, SourceChangeListener listener) {
    this.index = index;
    this.readers = readers;
    this.changeListener = listener;
  }

  /** Follows an ingest as it goes, e.g. to draw a progress bar. */
  public interface Listener {
    /** Called once, before reading, with every file that will be read. */
    default void started(List<Path> files) {}

    /** Called after each record of a file: a source, a deletion or a skipped record. */
    default void record() {}

    /**
     * Called when a file is done.
     *
     * @param records the sources read from it
     * @param problem why the file could not be read, or null
     */
    void fileDone(Path file, int records, @Nullable String problem);
  }

  /**
   * Ingests files and directories (recursively: every file some reader handles).
   *
   * @param progress receives one line per file
   */
  public IngestReport ingest(List<Path> paths, boolean dryRun, Consumer<String> progress) {
    return ingest(
        paths,
        dryRun,
        (file, records, problem) ->
            progress.accept(
                problem == null
                    ? "read " + file + " (" + records + " records)"
                    : "skipped " + problem));
  }

  /** Ingests files and directories, telling the listener about each record and file. */
  public IngestReport ingest(List<Path> paths, boolean dryRun, Listener listener) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      files.addAll(expand(p));
    }
    listener.started(files);
    IngestReport report = new IngestReport();
    if (dryRun) {
      for (Path file : files) {
        readFile(file, report, listener, parsed -> dryRun(parsed, report));
      }
      return report;
    }
    try (LibraryWriter writer = index.writer()) {
      int uncommitted = 0;
      long lastCommit = System.nanoTime();
      Changes changes = new Changes();
      for (int i = 0; i < files.size(); i++) {
        int before = report.readCount() + report.deletedCount();
        Batch batch = new Batch(writer, report, changes);
        readFile(files.get(i), report, listener, batch::accept);
        batch.flush();
        uncommitted += report.readCount() + report.deletedCount() - before;
        boolean last = i == files.size() - 1;
        if (last
            || uncommitted >= COMMIT_EVERY_RECORDS
            || System.nanoTime() - lastCommit >= COMMIT_EVERY_SECONDS * 1_000_000_000L) {
          writer.commit(Map.of());
          changes.tell(changeListener);
          changes = new Changes();
          uncommitted = 0;
          lastCommit = System.nanoTime();
        }
      }
    }
    return report;
  }

  /**
   * Collects a file's documents so their passages are embedded in batches; a deletion or a full
   * batch writes what came before it first, keeping the file's order.
   */
  private final class Batch {
    private static final int SIZE = 256;
    private final LibraryWriter writer;
    private final IngestReport report;
    private final Changes changes;
    private final List<Document> docs = new ArrayList<>();

    Batch(LibraryWriter writer, IngestReport report, Changes changes) {
      this.writer = writer;
      this.report = report;
      this.changes = changes;
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
          // MEDLINE update files repeat deletions: only a source the library held counts as deleted
          boolean held = index.hash(deleted.sourceId()).isPresent();
          writer.delete(deleted.sourceId());
          if (held) {
            report.deleted();
            changes.removed.add(deleted.sourceId());
          }
        }
      }
    }

    void flush() {
      List<LibraryWriter.Outcome> outcomes = writer.upsertAll(docs);
      for (int i = 0; i < outcomes.size(); i++) {
        switch (outcomes.get(i)) {
          case ADDED -> report.added();
          case UPDATED -> {
            report.updated();
            changes.updated.add(docs.get(i).source().id());
          }
          case UNCHANGED -> report.unchanged();
        }
      }
      docs.clear();
    }
  }

  private void readFile(Path file, IngestReport report, Listener listener, Consumer<Parsed> sink) {
    int before = report.readCount();
    try {
      readers.read(
          file,
          parsed -> {
            sink.accept(parsed);
            listener.record();
          });
      listener.fileDone(file, report.readCount() - before, null);
    } catch (MalformedInputException e) {
      report.skipped(e.describe());
      listener.fileDone(file, report.readCount() - before, e.describe());
    }
  }

  /** The sources one commit updated or removed, told to the listener after the commit. */
  private static final class Changes {
    final List<String> updated = new ArrayList<>();
    final List<String> removed = new ArrayList<>();

    void tell(SourceChangeListener listener) {
      if (!updated.isEmpty() || !removed.isEmpty()) {
        listener.sourcesChanged(List.copyOf(updated), List.copyOf(removed));
      }
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
      case Parsed.Deleted deleted -> {
        if (index.hash(deleted.sourceId()).isPresent()) {
          report.deleted();
        }
      }
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
    Changes changes = new Changes();
    try (LibraryWriter writer = index.writer()) {
      Batch batch = new Batch(writer, report, changes);
      docs.forEach(d -> batch.accept(new Parsed.Ok(d)));
      batch.flush();
      deletions.forEach(id -> batch.accept(new Parsed.Deleted(id)));
      writer.commit(commitData);
    }
    changes.tell(changeListener);
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
