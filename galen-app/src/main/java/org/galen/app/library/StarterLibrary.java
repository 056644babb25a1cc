package org.galen.app.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.galen.core.GalenException;
import org.galen.index.Embedder;
import org.galen.index.Ingestion;
import org.galen.index.SearchBackend;
import org.galen.index.SourceChangeListener;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.galen.ingest.IngestReport;
import org.galen.ingest.Readers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The practice summaries shipped inside the app ({@code library/summaries/*.md}). Loading is
 * idempotent: the commit records a hash of the bundle, so an unchanged bundle costs one lookup, and
 * a newer app version updates the summaries it changed and removes those it no longer ships.
 */
public final class StarterLibrary {
  static final String RESOURCE_DIR = "library/summaries";
  static final String HASH_KEY = "starter-library-hash";
  static final String IDS_KEY = "starter-library-ids";
  private static final int BATCH = 10;
  private static final Logger LOG = LoggerFactory.getLogger(StarterLibrary.class);

  private StarterLibrary() {}

  /**
   * Loads or refreshes the bundled summaries; returns null when the library was already current.
   */
  public static IngestReport ensureLoaded(SearchBackend index) {
    return ensureLoaded(index, SourceChangeListener.NONE);
  }

  /**
   * Loads or refreshes the bundled summaries, telling {@code listener} which previously loaded ones
   * changed or were removed.
   */
  public static IngestReport ensureLoaded(SearchBackend index, SourceChangeListener listener) {
    Map<String, String> files = read();
    // the embedding model is part of the hash: turning embeddings on (or changing the model)
    // rewrites the bundled summaries with vectors
    String model = index.embedder().map(Embedder::model).orElse("no-embeddings");
    String hash =
        Hashes.sha256(String.join("\u0000", files.values()) + files.keySet() + "\u0000" + model);
    Map<String, String> commit = index.commitData();
    IngestReport report = new IngestReport();
    if (hash.equals(commit.get(HASH_KEY))) {
      return report;
    }
    List<Document> docs = new ArrayList<>();
    files.forEach((name, content) -> docs.add(Readers.readSummary(name, content)));
    List<String> ids = docs.stream().map(d -> d.source().id()).toList();
    List<String> previouslyBundled =
        Arrays.stream(commit.getOrDefault(IDS_KEY, "").split(","))
            .filter(s -> !s.isBlank())
            .toList();
    List<String> removed = previouslyBundled.stream().filter(id -> !ids.contains(id)).toList();
    // the first start embeds every summary, up to a minute on a small machine: say so as it goes,
    // in batches each committed (an interrupted load starts again, unchanged summaries cost
    // nothing)
    long start = System.nanoTime();
    LOG.info(
        "loading the starter library: {} practice summaries into {}{}",
        docs.size(),
        index.location(),
        index.embedder().isPresent() ? " (embedding them takes up to a minute)" : "");
    Ingestion ingestion = new Ingestion(index, Readers.standard(), listener);
    for (int from = 0; from < docs.size(); from += BATCH) {
      int to = Math.min(docs.size(), from + BATCH);
      boolean last = to == docs.size();
      ingestion.write(
          docs.subList(from, to),
          last ? removed : List.of(),
          last ? Map.of(HASH_KEY, hash, IDS_KEY, String.join(",", ids)) : Map.of(),
          report);
      LOG.info(
          "starter library: {} of {} summaries ({} s)",
          to,
          docs.size(),
          (System.nanoTime() - start) / 1_000_000_000L);
    }
    return report;
  }

  /** File name to content of every bundled summary, in name order. */
  public static Map<String, String> read() {
    URL url = StarterLibrary.class.getClassLoader().getResource(RESOURCE_DIR);
    if (url == null) {
      throw new GalenException(
          "the app was built without its starter library (" + RESOURCE_DIR + ")");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          return readDir(fs.getPath("/" + RESOURCE_DIR));
        }
      }
      return readDir(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new GalenException("bad resource location " + url, e);
    }
  }

  private static Map<String, String> readDir(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
        out.put(
            RESOURCE_DIR + "/" + Objects.requireNonNull(f.getFileName()),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    }
    return out;
  }
}
