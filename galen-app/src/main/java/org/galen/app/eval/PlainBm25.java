package org.galen.app.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.galen.ingest.Document;

/**
 * The baseline: plain Lucene, as its demo would do it. Title and text in one field, {@link
 * EnglishAnalyzer}, BM25 with default parameters, the query parsed as OR of its words. No query
 * understanding, no vectors, no priors.
 */
final class PlainBm25 implements AutoCloseable {
  private static final String BODY = "body";
  private static final String ID = "id";
  private final ByteBuffersDirectory dir = new ByteBuffersDirectory();
  private final IndexWriter writer;
  private @org.jspecify.annotations.Nullable IndexSearcher searcher;
  private final EnglishAnalyzer analyzer = new EnglishAnalyzer();

  PlainBm25() {
    try {
      writer = new IndexWriter(dir, new IndexWriterConfig(analyzer));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void add(Document doc) {
    org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
    d.add(new StoredField(ID, BeirDataset.corpusId(doc.source().id())));
    String title = doc.source().title();
    String id = BeirDataset.corpusId(doc.source().id());
    d.add(
        new TextField(
            BODY, (title.equals(id) ? "" : title + "\n") + doc.source().text(), Field.Store.NO));
    try {
      writer.addDocument(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Corpus ids of the best {@code n} documents. */
  List<String> search(String query, int n) {
    try {
      if (searcher == null) {
        writer.commit();
        searcher = new IndexSearcher(DirectoryReader.open(dir));
      }
      QueryParser parser = new QueryParser(BODY, analyzer);
      ScoreDoc[] hits = searcher.search(parser.parse(QueryParser.escape(query)), n).scoreDocs;
      List<String> out = new ArrayList<>(hits.length);
      for (ScoreDoc h : hits) {
        out.add(searcher.storedFields().document(h.doc).get(ID));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParseException e) {
      return List.of();
    }
  }

  @Override
  public void close() {
    try {
      if (searcher != null) {
        searcher.getIndexReader().close();
      }
      writer.close();
      dir.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
