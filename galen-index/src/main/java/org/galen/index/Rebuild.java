package org.galen.index;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.galen.ingest.Document;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds a library index from its {@link SourceJournal}: the last record of each source wins, a
 * deleted source stays out. The new index is built in a sibling directory ({@code index.rebuild})
 * and swapped in only when it is complete and committed, so a failed or interrupted rebuild leaves
 * the old index where it was; a crash between the two renames of the swap is finished by the next
 * {@link LibraryIndex#open}.
 */
public final class Rebuild {
  /** Written into the new index once it is committed: it may replace the old one. */
  static final String COMPLETE_MARKER = "galen-rebuild-complete";

  private Rebuild() {}

  /** What a rebuild did. */
  /**
   * What a rebuild did.
   *
   * @param kept where the old index was kept because there was no journal to rebuild its sources
   *     from, or null when it was deleted
   */
  public record Result(
      long records, int sources, int deleted, List<String> warnings, @Nullable Path kept) {
    Result withKept(Path old) {
      return new Result(records, sources, deleted, warnings, old);
    }
  }

  /** Follows a rebuild as it goes. */
  public interface Listener {
    /** Called after each batch of sources written to the new index. */
    void progress(int written, int total);
  }

  /**
   * Rebuilds {@code index} from the journal in {@code journalDir} while holding the index's write
   * lock (so no ingest runs meanwhile): {@link #build}, then {@code finish} on the new index (e.g.
   * to load what the app bundles), then swaps it in.
   *
   * @param embedders opens the embedder per configuration (null: BM25 only); called once per index
   *     opened
   */
  public static Result run(
      Path index,
      Path journalDir,
      java.util.function.Supplier<@Nullable Embedder> embedders,
      Consumer<LibraryIndex> finish,
      Listener listener) {
    try {
      Files.createDirectories(index);
    } catch (IOException e) {
      throw Storage.failure(e, "creating " + index);
    }
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index);
        org.apache.lucene.store.Lock lock = dir.obtainLock("write.lock")) {
      Result result = build(index, journalDir, embedders.get(), listener);
      try (LibraryIndex fresh = LibraryIndex.open(buildDir(index), journalDir, embedders.get())) {
        finish.accept(fresh);
      }
      lock.ensureValid();
      if (result.records() == 0 && hasSegments(index)) {
        // nothing to rebuild its sources from: keep the old index for whoever can salvage it
        Path kept =
            index.resolveSibling(index.getFileName() + ".old-" + System.currentTimeMillis());
        swap(index, kept);
        return result.withKept(kept);
      }
      swap(index, null);
      return result;
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new org.galen.core.GalenException(
          "another Galen process is writing the library in "
              + index
              + " (an ingest?); let it finish or stop it, then run reindex again",
          e);
    } catch (IOException e) {
      throw Storage.failure(e, "rebuilding the library index in " + index);
    }
  }

  /** The directory a rebuild of {@code index} is built in. */
  public static Path buildDir(Path index) {
    return index.resolveSibling(index.getFileName() + ".rebuild");
  }

  /**
   * Builds a fresh index of every source in the journal in {@link #buildDir}, embedding passages
   * when {@code embedder} is given (which this closes). {@link #run} then puts it in place.
   */
  public static Result build(
      Path index, Path journalDir, @Nullable Embedder embedder, Listener listener) {
    Path target = buildDir(index);
    try {
      Storage.deleteTree(target);
    } catch (IOException e) {
      if (embedder != null) {
        embedder.close();
      }
      throw Storage.failure(e, "clearing " + target);
    }
    List<String> warnings = new ArrayList<>();
    // first pass: which record of each source is its last
    Map<String, Long> last = new HashMap<>();
    long[] counter = {0};
    SourceJournal.Replay replay;
    boolean hasJournal = SourceJournal.hasRecords(journalDir);
    SourceJournal.Mark upTo = lastCommit(index);
    if (upTo == null && hasJournal) {
      warnings.add(
          "the last commit of "
              + index
              + " cannot be read: every source of the journal is restored, including any an"
              + " unfinished ingest wrote after that commit");
    }
    if (hasJournal) {
      replay =
          SourceJournal.read(
              journalDir, upTo, e -> last.put(e.sourceId(), counter[0]++), warnings::add);
    } else {
      replay = null;
      warnings.add(
          "there is no source journal in "
              + journalDir
              + ": the new index holds only what is loaded at start (the starter library); ingest"
              + " your files again");
    }
    int total = 0;
    int deleted = 0;
    java.util.Set<Long> kept = new java.util.HashSet<>(last.values());
    try (LibraryIndex fresh = LibraryIndex.open(target, null, embedder);
        LuceneWriter writer = fresh.luceneWriter()) {
      if (replay != null) {
        int[] written = {0};
        long[] at = {0};
        List<Document> batch = new ArrayList<>();
        SourceJournal.read(
            journalDir,
            upTo,
            e -> {
              long n = at[0]++;
              if (n < counter[0] && kept.contains(n) && e instanceof SourceJournal.Entry.Upsert u) {
                batch.add(u.document());
                if (batch.size() >= 256) {
                  writer.upsertAll(batch);
                  written[0] += batch.size();
                  batch.clear();
                  listener.progress(written[0], last.size());
                }
              }
            },
            w -> {});
        writer.upsertAll(batch);
        written[0] += batch.size();
        total = written[0];
        deleted = last.size() - total;
        listener.progress(total, last.size());
        writer.commitWith(
            Map.of(
                SourceJournal.ID_KEY, replay.id(),
                SourceJournal.POSITION_KEY, replay.end().toString()));
      } else {
        writer.commitWith(Map.of());
      }
    }
    return new Result(replay == null ? 0 : replay.records(), total, deleted, warnings, null);
  }

  /**
   * The end of the journal that the index's last commit recorded, when its commit point can still
   * be read (damage is usually in a segment's data, and the commit point has its own checksum).
   */
  private static SourceJournal.@Nullable Mark lastCommit(Path index) {
    if (!Files.isDirectory(index)) {
      return null;
    }
    try (org.apache.lucene.store.Directory dir = org.apache.lucene.store.FSDirectory.open(index)) {
      Map<String, String> data =
          org.apache.lucene.index.SegmentInfos.readLatestCommit(dir).getUserData();
      String id = data.get(SourceJournal.ID_KEY);
      String position = data.get(SourceJournal.POSITION_KEY);
      return id == null || position == null
          ? null
          : new SourceJournal.Mark(id, SourceJournal.Position.parse(position));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static boolean hasSegments(Path index) {
    try (Stream<Path> files = Files.list(index)) {
      return files.anyMatch(f -> !String.valueOf(f.getFileName()).equals("write.lock"));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Puts the rebuilt index in place of {@code index}: the old one is moved aside, the new one moved
   * in, then the old one deleted unless it is to be kept at {@code keep}.
   */
  private static void swap(Path index, @Nullable Path keep) {
    Path built = buildDir(index);
    Path old = keep != null ? keep : index.resolveSibling(index.getFileName() + ".damaged");
    try {
      if (!Files.isDirectory(built)) {
        throw new org.galen.core.GalenException("no rebuilt index in " + built);
      }
      // from here on the new index may replace the old one, even if a crash interrupts the swap
      Path marker = built.resolve(COMPLETE_MARKER);
      Files.writeString(marker, "complete\n");
      try (java.nio.channels.FileChannel ch =
          java.nio.channels.FileChannel.open(marker, java.nio.file.StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      Storage.deleteTree(old);
      if (Files.exists(index)) {
        move(index, old);
      }
      move(built, index);
      Files.delete(index.resolve(COMPLETE_MARKER));
      if (keep == null) {
        Storage.deleteTree(old);
      }
    } catch (IOException e) {
      throw Storage.failure(e, "moving the rebuilt index " + built + " to " + index);
    }
  }

  /** Finishes a swap a crash interrupted: the old index moved aside, the new one not yet in. */
  static void finishInterruptedSwap(Path index) throws IOException {
    Path built = buildDir(index);
    if (!Files.exists(index) && Files.exists(built.resolve(COMPLETE_MARKER))) {
      move(built, index);
      Files.delete(index.resolve(COMPLETE_MARKER));
      Storage.deleteTree(index.resolveSibling(index.getFileName() + ".damaged"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
