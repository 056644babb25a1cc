package org.galen.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.ScoredPassage;
import org.galen.core.Source;
import org.jspecify.annotations.Nullable;

/**
 * The library as an embedded, on-disk Lucene index (the default {@link SearchBackend}) of sources
 * (stored, with full text) and their passages (searchable). Readers see the last commit; {@link
 * #writer()} gives the one writer.
 */
public final class LibraryIndex implements SearchBackend {
  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ID, SortField.Type.STRING));

  private final Path path;
  private final Directory directory;
  private final @Nullable Path journalDir;
  private final Analyzer analyzer = Fields.analyzer();
  private final SearcherManager searchers;
  private final @Nullable Embedder embedder;

  private LibraryIndex(
      Path path, Directory directory, @Nullable Path journalDir, @Nullable Embedder embedder)
      throws IOException {
    this.path = path;
    this.directory = directory;
    this.journalDir = journalDir;
    this.embedder = embedder;
    this.searchers = new SearcherManager(directory, null);
  }

  /**
   * Opens the index in {@code dir} for BM25 search only, creating an empty one when there is none
   * yet.
   */
  public static LibraryIndex open(Path dir) {
    return open(dir, null, null);
  }

  /**
   * Opens the index in {@code dir}, creating an empty one when there is none yet. With an embedder
   * (which the index then owns and closes), passages written get vectors and {@link #knn} works.
   */
  public static LibraryIndex open(Path dir, @Nullable Embedder embedder) {
    return open(dir, null, embedder);
  }

  /**
   * Opens the index in {@code dir}, creating an empty one when there is none yet, after checking it
   * is whole (see {@link #verify}). With a {@code journalDir}, every source written is also kept in
   * the {@link SourceJournal} there, from which {@link Rebuild} can rebuild a damaged index; an
   * index that is missing while its journal holds sources is reported as damaged instead of being
   * created empty.
   *
   * @throws LibraryCorruptException when the index is damaged
   * @throws EmbeddingRecord.Mismatch when the library's passages were embedded by another model
   */
  public static LibraryIndex open(
      Path dir, @Nullable Path journalDir, @Nullable Embedder embedder) {
    LibraryIndex index = openUnchecked(dir, journalDir, embedder);
    try {
      EmbeddingRecord.check(index);
      return index;
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
  }

  private static LibraryIndex openUnchecked(
      Path dir, @Nullable Path journalDir, @Nullable Embedder embedder) {
    Directory directory = null;
    try {
      Rebuild.finishInterruptedSwap(dir);
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      if (!DirectoryReader.indexExists(directory)) {
        List<String> leftovers =
            java.util.Arrays.stream(directory.listAll())
                .filter(f -> f.endsWith(".si") || f.endsWith(".cfs") || f.endsWith(".cfe"))
                .toList();
        if (!leftovers.isEmpty()) {
          throw new LibraryCorruptException(
              dir,
              journalDir,
              "it has no commit point (segments_N file) but holds segment files such as "
                  + leftovers.getFirst());
        }
        if (journalDir != null && SourceJournal.hasRecords(journalDir)) {
          throw new LibraryCorruptException(
              dir, journalDir, "the index is missing although the source journal holds sources");
        }
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Fields.analyzer()))) {
          w.commit();
        }
      }
      verify(
          directory,
          Long.getLong("galen.index.verify-whole-files-up-to", VERIFY_WHOLE_FILES_UP_TO));
      return new LibraryIndex(dir, directory, journalDir, embedder);
    } catch (IOException | RuntimeException e) {
      if (directory != null) {
        try {
          directory.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      if (embedder != null) {
        embedder.close();
      }
      if (e instanceof GalenException g) {
        throw g;
      }
      if (isCorruption(e)) {
        throw new LibraryCorruptException(dir, journalDir, describe(e), e);
      }
      if (e instanceof IOException io) {
        throw Storage.failure(io, "opening the library index in " + dir);
      }
      throw (RuntimeException) e;
    }
  }

  /**
   * Files up to this size are checksummed whole at every open; larger ones only have their footer
   * (length, checksum algorithm) checked: a full check of a large library takes seconds, so it is
   * left to {@code galen reindex --check} ({@link #verifyFully}). The system property {@code
   * galen.index.verify-whole-files-up-to} (bytes) changes it. Damage in a large file is found when
   * a search reads it, and reported as {@link LibraryCorruptException} too.
   */
  static final long VERIFY_WHOLE_FILES_UP_TO = 16L * 1024 * 1024;

  /**
   * Checks the files of the last commit: the commit point and each segment's info (checksummed when
   * read), then every file of the commit whole up to {@code wholeUpTo} bytes, the footers of larger
   * ones.
   */
  private static void verify(Directory directory, long wholeUpTo) throws IOException {
    SegmentInfos infos = SegmentInfos.readLatestCommit(directory);
    for (String file : infos.files(true)) {
      try (IndexInput in = directory.openInput(file, IOContext.READONCE)) {
        if (in.length() <= wholeUpTo) {
          CodecUtil.checksumEntireFile(in);
        } else {
          CodecUtil.retrieveChecksum(in);
        }
      }
    }
    // opening the readers decodes each segment's field infos, term and point indexes
    DirectoryReader.open(directory).close();
  }

  /**
   * Checks every byte of every file of the index's last commit against its checksum.
   *
   * @return nothing when the index is whole, else what is wrong with it
   */
  public static Optional<String> verifyFully(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Optional.of("there is no index in " + dir);
    }
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.of("it has no commit point (segments_N file)");
      }
      verify(directory, Long.MAX_VALUE);
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      if (isCorruption(e)) {
        return Optional.of(describe(e));
      }
      throw e instanceof IOException io
          ? Storage.failure(io, "checking the library index in " + dir)
          : (RuntimeException) e;
    }
  }

  /**
   * Checks an index copied from elsewhere (a backup) before it may replace the library: Lucene's
   * {@link CheckIndex} over every segment of its last commit (checksums, then postings, stored
   * fields, doc values, points and vectors decoded), and, with a {@code journalDir}, that the
   * source journal beside it is the one that commit names and reads whole up to the commit's mark.
   *
   * @return nothing when both are whole, else what is wrong
   */
  public static Optional<String> checkCopy(Path dir, @Nullable Path journalDir) {
    try (Directory directory = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(directory)) {
        return Optional.of("the index has no commit point (segments_N file)");
      }
      try (CheckIndex check = new CheckIndex(directory)) {
        check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_INTEGRITY_CHECKS);
        CheckIndex.Status status = check.checkIndex();
        if (!status.clean) {
          return Optional.of(describe(status));
        }
      }
      if (journalDir != null) {
        Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
        String id = data.get(SourceJournal.ID_KEY);
        String position = data.get(SourceJournal.POSITION_KEY);
        SourceJournal.Mark mark =
            id == null || position == null
                ? null
                : new SourceJournal.Mark(id, SourceJournal.Position.parse(position));
        List<String> warnings = new ArrayList<>();
        SourceJournal.Replay replay = SourceJournal.read(journalDir, mark, e -> {}, warnings::add);
        if (!warnings.isEmpty()) {
          return Optional.of("the source journal is damaged: " + warnings.getFirst());
        }
        if (mark != null && (!mark.id().equals(replay.id()) || !mark.end().equals(replay.end()))) {
          return Optional.of(
              "the source journal is not the one the index was written with (the index names"
                  + " journal "
                  + mark.id()
                  + " up to "
                  + mark.end()
                  + ")");
        }
      }
      return Optional.empty();
    } catch (GalenException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    } catch (IOException | RuntimeException e) {
      if (isCorruption(e) || e instanceof NumberFormatException) {
        return Optional.of(describe(e));
      }
      throw e instanceof IOException io
          ? Storage.failure(io, "checking the library index in " + dir)
          : (RuntimeException) e;
    }
  }

  private static String describe(CheckIndex.Status status) {
    if (status.missingSegments) {
      return "its commit point (" + status.segmentsFileName + ") cannot be read";
    }
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        return "segment " + s.name + " is damaged: " + describe(s.error);
      }
    }
    return status.numBadSegments + " of its " + status.numSegments + " segments are damaged";
  }

  /**
   * Takes the write lock of the index in {@code dir}, so no ingest or rebuild starts while the
   * caller replaces the index (a restore); closing it releases the lock.
   */
  public static java.io.Closeable lock(Path dir) {
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      org.apache.lucene.store.Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME);
      Directory d = directory;
      return () -> {
        try (d) {
          lock.close();
        }
      };
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      closeQuietly(directory);
      throw new GalenException(
          "another Galen process is writing the library in "
              + dir
              + " (an ingest or a rebuild?); let it finish, then try again",
          e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw Storage.failure(e, "locking the library index in " + dir);
    }
  }

  private static void closeQuietly(@Nullable Directory directory) {
    if (directory != null) {
      try {
        directory.close();
      } catch (IOException ignored) {
        // already failing with the cause that matters
      }
    }
  }

  /** Whether {@code e} says index files are damaged, cut short or missing. */
  static boolean isCorruption(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorruptIndexException
          || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException
          || t instanceof java.nio.file.NoSuchFileException
          || t instanceof java.io.FileNotFoundException
          || t instanceof java.io.EOFException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.nio.file.NoSuchFileException
          || t instanceof java.io.FileNotFoundException) {
        return "a file of its last commit is missing (" + t.getMessage() + ")";
      }
      if (t instanceof java.io.EOFException) {
        return "a file is cut short (" + t.getMessage() + ")";
      }
      if (t instanceof CorruptIndexException
          || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException) {
        return String.valueOf(t.getMessage());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return String.valueOf(e.getMessage());
  }

  /** Where the sources written to this index are journaled, if they are. */
  public Optional<Path> journalDir() {
    return Optional.ofNullable(journalDir);
  }

  /**
   * Starts the source journal of an index written before journals existed (or whose journal was
   * lost): every source it holds is written to a new journal. A no-op when the journal is current;
   * skipped when another process holds the writer.
   */
  public void ensureJournal() {
    if (journalDir == null || commitData().containsKey(SourceJournal.ID_KEY)) {
      return;
    }
    try (LibraryWriter w = writer()) {
      w.commit(Map.of());
    } catch (GalenException e) {
      if (!(e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException)) {
        throw e;
      }
    }
  }

  public Path path() {
    return path;
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  /** The embedder of this library, when it is built with embeddings. */
  @Override
  public Optional<Embedder> embedder() {
    return Optional.ofNullable(embedder);
  }

  /** Whether any passage in the library has a vector. */
  @Override
  public boolean hasVectors() {
    return withSearcher(
        s -> {
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(Fields.VECTOR);
            if (info != null && info.hasVectorValues()) {
              return true;
            }
          }
          return false;
        });
  }

  /** The stored vector of a passage embedded from the text with this key, if any. */
  Optional<float[]> vector(String embedKey) {
    return withSearcher(
        s -> {
          try {
            TopDocs hits = s.search(new TermQuery(new Term(Fields.EMBED_KEY, embedKey)), 1);
            if (hits.scoreDocs.length == 0) {
              return Optional.empty();
            }
            int doc = hits.scoreDocs[0].doc;
            List<LeafReaderContext> leaves = s.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values == null) {
              return Optional.empty();
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            if (it.advance(doc - leaf.docBase) != doc - leaf.docBase) {
              return Optional.empty();
            }
            return Optional.of(values.vectorValue(it.index()).clone());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The {@code k} passages nearest to a query vector (approximate, HNSW), best first; their score
   * is Lucene's similarity (1 + cosine) / 2. Ties are broken by passage id.
   */
  @Override
  public List<PassageHit> knn(float[] query, int k) {
    return withSearcher(
        s -> {
          try {
            ScoreDoc[] hits =
                ranked(s, new KnnFloatVectorQuery(Fields.VECTOR, query, Math.max(1, k)), k);
            return hits(s, hits);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Like {@link #knn}, without loading stored fields: each candidate carries what fusion and the
   * priors need, read from doc values.
   */
  @Override
  public List<Candidate> knnCandidates(float[] query, int k) {
    return withSearcher(
        s -> {
          try {
            ScoreDoc[] hits =
                ranked(s, new KnnFloatVectorQuery(Fields.VECTOR, query, Math.max(1, k)), k);
            return candidates(s, hits);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Like {@link #searchHits}, without loading stored fields: each candidate carries what fusion and
   * the priors need, read from doc values.
   */
  @Override
  public List<Candidate> searchCandidates(Query query, int n) {
    Query passagesOnly = typeAnd(Fields.TYPE_PASSAGE, query);
    return withSearcher(
        s -> {
          try {
            ScoreDoc[] hits = ranked(s, passagesOnly, n);
            return candidates(s, hits);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * The stored passages of candidates, in their order and with their scores; a candidate whose
   * passage is gone (a commit in between removed it) is left out.
   */
  @Override
  public List<PassageHit> load(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    return withSearcher(
        s -> {
          try {
            StoredFields stored = s.storedFields();
            List<PassageHit> out = new ArrayList<>(candidates.size());
            for (Candidate c : candidates) {
              TopDocs found =
                  s.search(
                      typeAnd(Fields.TYPE_PASSAGE, new TermQuery(new Term(Fields.ID, c.id()))), 1);
              if (found.scoreDocs.length > 0) {
                out.add(StoredDocs.hit(stored.document(found.scoreDocs[0].doc), c.score()));
              }
            }
            return out;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Opens the single writer of this index. Changes become visible to searches after {@link
   * LibraryWriter#commit}.
   */
  @Override
  public LibraryWriter writer() {
    return luceneWriter();
  }

  /** {@link #writer}, as the Lucene writer a rebuild commits through. */
  LuceneWriter luceneWriter() {
    IndexWriter w;
    try {
      IndexWriterConfig config = new IndexWriterConfig(analyzer);
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setRAMBufferSizeMB(64);
      w = new IndexWriter(directory, config);
    } catch (IOException e) {
      throw new GalenException(
          "cannot write to the library index in "
              + path
              + " (is another Galen ingesting?): "
              + e.getMessage(),
          e);
    }
    if (journalDir == null) {
      return new LuceneWriter(w, this, embedder, null);
    }
    try {
      return new LuceneWriter(w, this, embedder, journal(journalDir));
    } catch (RuntimeException e) {
      try {
        w.rollback();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * The journal at the end this index's last commit recorded, cutting off what was written after it
   * and never committed; a new journal holding every source of the index when there is none that
   * matches.
   */
  private SourceJournal journal(Path dir) {
    Map<String, String> data = commitData();
    String id = data.get(SourceJournal.ID_KEY);
    String position = data.get(SourceJournal.POSITION_KEY);
    if (id != null && position != null) {
      SourceJournal resumed = SourceJournal.resume(dir, id, SourceJournal.Position.parse(position));
      if (resumed != null) {
        return resumed;
      }
    }
    SourceJournal fresh = SourceJournal.create(dir);
    try {
      for (String sourceId : sourceIds()) {
        Optional<Source> source = source(sourceId);
        Optional<String> hash = hash(sourceId);
        if (source.isPresent() && hash.isPresent()) {
          fresh.upsert(new org.galen.ingest.Document(source.get(), passages(sourceId), hash.get()));
        }
      }
      fresh.sync();
      return fresh;
    } catch (RuntimeException e) {
      fresh.close();
      throw e;
    }
  }

  void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The user data of the last commit, e.g. the hash of the bundled starter library. */
  @Override
  public Map<String, String> commitData() {
    return withSearcher(
        s -> {
          try {
            return ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public Optional<Source> source(String id) {
    return withSearcher(
        s -> {
          List<Document> docs =
              find(s, typeAnd(Fields.TYPE_SOURCE, new TermQuery(new Term(Fields.ID, id))), 1);
          return docs.isEmpty()
              ? Optional.empty()
              : Optional.of(StoredDocs.source(docs.getFirst()));
        });
  }

  /** Every passage of a source, in order. */
  @Override
  public List<Passage> passages(String sourceId) {
    return withSearcher(
        s ->
            find(
                    s,
                    typeAnd(
                        Fields.TYPE_PASSAGE, new TermQuery(new Term(Fields.SOURCE_ID, sourceId))),
                    Integer.MAX_VALUE)
                .stream()
                .map(StoredDocs::passage)
                .sorted(Comparator.comparingInt(Passage::position))
                .toList());
  }

  /** Ids of every source in the library. */
  @Override
  public List<String> sourceIds() {
    return withSearcher(
        s ->
            find(s, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_SOURCE)), Integer.MAX_VALUE)
                .stream()
                .map(d -> d.get(Fields.ID))
                .sorted()
                .toList());
  }

  /** Stored content hash of a source, if the library has it. */
  @Override
  public Optional<String> hash(String sourceId) {
    return withSearcher(
        s -> {
          List<Document> docs =
              find(s, typeAnd(Fields.TYPE_SOURCE, new TermQuery(new Term(Fields.ID, sourceId))), 1);
          return docs.isEmpty()
              ? Optional.empty()
              : Optional.ofNullable(docs.getFirst().get(Fields.HASH));
        });
  }

  /** Searches passages; ties are broken by passage id so results never flicker. */
  public List<ScoredPassage> search(Query query, int n) {
    return searchHits(query, n).stream().map(PassageHit::scored).toList();
  }

  /** Like {@link #search}, with what re-ranking needs to know of each passage's source. */
  @Override
  public List<PassageHit> searchHits(Query query, int n) {
    Query passagesOnly = typeAnd(Fields.TYPE_PASSAGE, query);
    return withSearcher(
        s -> {
          try {
            ScoreDoc[] hits = ranked(s, passagesOnly, n);
            return hits(s, hits);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Number of passages whose text holds the (analyzed) term; 0 when the library never saw it. */
  @Override
  public int docFreq(String field, String term) {
    return withSearcher(
        s -> {
          try {
            return s.getIndexReader().docFreq(new Term(field, term));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /**
   * Changes whenever a commit becomes visible; lets callers cache what they derive from the index.
   */
  @Override
  public long version() {
    return withSearcher(s -> ((DirectoryReader) s.getIndexReader()).getVersion());
  }

  /** Number of documents (sources and passages) in the library. */
  @Override
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  @Override
  public int count(Query query) {
    return withSearcher(
        s -> {
          try {
            return s.count(typeAnd(Fields.TYPE_PASSAGE, query));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Override
  public String location() {
    return path.toString();
  }

  public <T> T withSearcher(Function<IndexSearcher, T> work) {
    try {
      IndexSearcher s = searchers.acquire();
      try {
        return work.apply(s);
      } catch (UncheckedIOException e) {
        // the files passed the checks at open, so a read that fails now found damage there (a
        // large file is only checked whole by reindex --check): a stored block that no longer
        // decompresses is a plain IOException, not a CorruptIndexException
        if (Storage.isDiskFull(e)) {
          throw e;
        }
        IOException cause = e.getCause();
        throw new LibraryCorruptException(
            path,
            journalDir,
            isCorruption(e)
                ? describe(e)
                : "reading it failed ("
                    + (cause != null ? cause.getMessage() : e.getMessage())
                    + ")",
            e);
      } finally {
        searchers.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<PassageHit> hits(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    StoredFields stored = s.storedFields();
    List<PassageHit> out = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      out.add(StoredDocs.hit(stored.document(hit.doc), hit.score));
    }
    return out;
  }

  /**
   * The best {@code n} hits by score, ties broken by id. Each hit's score is read from its sort
   * value: asking Lucene for scores instead runs the query a second time (for a kNN query, a second
   * HNSW search, which being approximate can miss a doc of the first and then fails).
   */
  private static ScoreDoc[] ranked(IndexSearcher s, Query q, int n) throws IOException {
    ScoreDoc[] hits = s.search(q, Math.max(1, n), BY_SCORE_THEN_ID, false).scoreDocs;
    for (ScoreDoc hit : hits) {
      if (hit instanceof FieldDoc f && f.fields != null && f.fields[0] instanceof Float score) {
        hit.score = score;
      }
    }
    return hits;
  }

  private static final java.util.Set<String> LIGHT_FIELDS =
      java.util.Set.of(Fields.ID, Fields.TOPICS, Fields.REF_KIND, Fields.YEAR);

  /**
   * Candidates from doc values, leaf by leaf; a passage without them (written before they existed)
   * reads the few stored fields it needs instead.
   */
  private static List<Candidate> candidates(IndexSearcher s, ScoreDoc[] hits) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    StoredFields stored = null;
    List<Candidate> out = new ArrayList<>(hits.length);
    // doc values iterate forward only: visit the hits in doc order, then restore the ranking
    Integer[] order = new Integer[hits.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
    Candidate[] found = new Candidate[hits.length];
    int leafIndex = -1;
    LeafReaderContext leaf = null;
    SortedDocValues ids = null;
    SortedDocValues kinds = null;
    NumericDocValues years = null;
    BinaryDocValues topics = null;
    for (int i : order) {
      ScoreDoc hit = hits[i];
      int sub = ReaderUtil.subIndex(hit.doc, leaves);
      if (sub != leafIndex) {
        leafIndex = sub;
        leaf = leaves.get(sub);
        LeafReader r = leaf.reader();
        ids = r.getSortedDocValues(Fields.ID);
        kinds = r.getSortedDocValues(Fields.KIND_DV);
        years = r.getNumericDocValues(Fields.YEAR_DV);
        topics = r.getBinaryDocValues(Fields.TOPICS_DV);
      }
      int doc = hit.doc - java.util.Objects.requireNonNull(leaf).docBase;
      if (ids != null
          && ids.advanceExact(doc)
          && kinds != null
          && kinds.advanceExact(doc)
          && topics != null
          && topics.advanceExact(doc)) {
        Integer year = years != null && years.advanceExact(doc) ? (int) years.longValue() : null;
        found[i] =
            new Candidate(
                ids.lookupOrd(ids.ordValue()).utf8ToString(),
                hit.score,
                topics.binaryValue().utf8ToString(),
                ReferenceKind.parse(kinds.lookupOrd(kinds.ordValue()).utf8ToString()),
                year);
      } else {
        if (stored == null) {
          stored = s.storedFields();
        }
        Document d = stored.document(hit.doc, LIGHT_FIELDS);
        IndexableField year = d.getField(Fields.YEAR);
        String t = d.get(Fields.TOPICS);
        found[i] =
            new Candidate(
                d.get(Fields.ID),
                hit.score,
                t == null ? "" : t,
                ReferenceKind.parse(d.get(Fields.REF_KIND)),
                year == null ? null : year.numericValue().intValue());
      }
    }
    for (Candidate c : found) {
      out.add(c);
    }
    return out;
  }

  private static Query typeAnd(String type, Query query) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Fields.TYPE, type)), BooleanClause.Occur.FILTER)
        .add(query, BooleanClause.Occur.MUST)
        .build();
  }

  private static List<Document> find(IndexSearcher s, Query q, int n) {
    try {
      IndexReader reader = s.getIndexReader();
      int limit = Math.max(1, Math.min(n, Math.max(1, reader.maxDoc())));
      ScoreDoc[] hits = s.search(q, limit).scoreDocs;
      StoredFields stored = s.storedFields();
      List<Document> out = new ArrayList<>(hits.length);
      for (ScoreDoc hit : hits) {
        out.add(stored.document(hit.doc));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      directory.close();
      if (embedder != null) {
        embedder.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
