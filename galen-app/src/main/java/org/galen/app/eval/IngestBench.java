package org.galen.app.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.galen.core.GalenException;
import org.galen.index.Embedder;
import org.galen.index.Ingestion;
import org.galen.index.LibraryIndex;
import org.galen.ingest.IngestReport;
import org.jspecify.annotations.Nullable;

/**
 * MEDLINE ingest throughput: a plain-Lucene baseline that indexes only title and abstract, against
 * Galen's own ingest (BM25 only, and with embeddings), on one generated file in the same run.
 */
public final class IngestBench {
  /** Ids of generated copies start here, far above any real PMID. */
  static final long FIRST_ID = 9_000_000_000L;

  private static final Pattern CITATION =
      Pattern.compile("(?s)<(MedlineCitation|PubmedArticle)[ >].*?</\\1>");
  private static final Pattern ROOT = Pattern.compile("<(PubmedArticleSet|MedlineCitationSet)[ >]");
  private static final Pattern PMID = Pattern.compile("<PMID Version=\"(\\d+)\">\\d+</PMID>");

  private final Consumer<String> log;

  public IngestBench(Consumer<String> log) {
    this.log = log;
  }

  /** One timed ingest: what ran, how many records in how long, and the peak RSS during it. */
  public record Run(String name, int records, double seconds, long peakRssBytes) {
    public double recordsPerSecond() {
      return records / seconds;
    }
  }

  /**
   * Writes {@code records} citations to {@code out}: the real records of {@code medline} repeated,
   * each copy under a distinct made-up PMID (from {@value #FIRST_ID}, never a real one).
   *
   * @return how many distinct citations {@code medline} holds (copies beyond that repeat texts)
   */
  public static int generate(Path medline, int records, Path out) throws IOException {
    String xml;
    try (InputStream in = open(medline)) {
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Matcher root = ROOT.matcher(xml);
    if (!root.find()) {
      throw new GalenException(medline + ": no <PubmedArticleSet> or <MedlineCitationSet> root");
    }
    List<String> citations = new ArrayList<>();
    Matcher m = CITATION.matcher(xml);
    int head = -1;
    while (m.find()) {
      head = head < 0 ? m.start() : head;
      citations.add(m.group());
    }
    if (citations.isEmpty()) {
      throw new GalenException(medline + ": no citations to repeat");
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(xml, 0, head);
      for (int i = 0; i < records; i++) {
        String c = citations.get(i % citations.size());
        Matcher pmid = PMID.matcher(c);
        if (!pmid.find()) {
          throw new GalenException(medline + ": a citation without a PMID");
        }
        w.write(c, 0, pmid.start());
        w.write("<PMID Version=\"" + pmid.group(1) + "\">" + (FIRST_ID + i) + "</PMID>");
        w.write(c, pmid.end(), c.length() - pmid.end());
        w.write("\n");
      }
      w.write("</" + root.group(1) + ">\n");
    }
    return citations.size();
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    return file.toString().endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /**
   * The baseline: stream the file with StAX, index each citation's PMID, title and abstract with
   * {@link EnglishAnalyzer} into a fresh Lucene index, commit once at the end.
   */
  public Run plainLucene(Path file, Path indexDir) {
    resetPeakRss();
    long t0 = System.nanoTime();
    int n = 0;
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (FSDirectory dir = FSDirectory.open(indexDir);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()));
        InputStream in = open(file)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      String pmid = null;
      StringBuilder title = new StringBuilder();
      StringBuilder abstractText = new StringBuilder();
      StringBuilder into = null;
      int depth = 0;
      while (r.hasNext()) {
        switch (r.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            String name = r.getLocalName();
            if (name.equals("MedlineCitation")) {
              pmid = null;
              title.setLength(0);
              abstractText.setLength(0);
            } else if (name.equals("PMID") && pmid == null) {
              pmid = r.getElementText();
            } else if (name.equals("ArticleTitle")) {
              into = title;
              depth = 1;
            } else if (name.equals("AbstractText")) {
              into = abstractText;
              depth = 1;
              abstractText.append(' ');
            } else if (into != null) {
              depth++;
            }
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
            if (into != null) {
              into.append(r.getText());
            }
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (into != null && --depth == 0) {
              into = null;
            } else if (r.getLocalName().equals("MedlineCitation") && pmid != null) {
              org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
              d.add(new StringField("pmid", pmid, Field.Store.YES));
              d.add(new TextField("title", title.toString(), Field.Store.YES));
              d.add(new TextField("abstract", abstractText.toString(), Field.Store.YES));
              writer.updateDocument(new Term("pmid", pmid), d);
              n++;
            }
          }
          default -> {}
        }
      }
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new GalenException(file + ": " + e.getMessage(), e);
    }
    return new Run("plain Lucene (title+abstract)", n, seconds(t0), peakRss());
  }

  /** Galen's own ingest of the file into a fresh library, with the embedder or BM25 only. */
  public Run galen(String name, Path file, Path libraryDir, @Nullable Embedder embedder) {
    return galen(name, file, libraryDir, null, embedder);
  }

  /**
   * Galen's own ingest of the file into a fresh library, keeping every source also in a source
   * journal in {@code journalDir} (as {@code galen ingest} does) unless that is null.
   */
  public Run galen(
      String name,
      Path file,
      Path libraryDir,
      @Nullable Path journalDir,
      @Nullable Embedder embedder) {
    resetPeakRss();
    long t0 = System.nanoTime();
    IngestReport report;
    try (LibraryIndex library = LibraryIndex.open(libraryDir, journalDir, embedder)) {
      report = new Ingestion(library).ingest(List.of(file), false, log);
    }
    if (!report.skippedReasons().isEmpty()) {
      log.accept("skipped: " + report.skippedReasons());
    }
    return new Run(name, report.readCount(), seconds(t0), peakRss());
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  /** Peak resident set of this process so far (VmHWM), 0 where /proc is missing. */
  public static long peakRss() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/self/status"))) {
      return lines
          .filter(l -> l.startsWith("VmHWM:"))
          .findFirst()
          .map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024)
          .orElse(0L);
    } catch (IOException | UncheckedIOException e) {
      return 0;
    }
  }

  /** Starts a new peak for {@link #peakRss} (Linux: writing 5 to clear_refs); best effort. */
  static void resetPeakRss() {
    try {
      Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    } catch (IOException | RuntimeException e) {
      // the peak then covers the whole process so far
    }
  }

  /** Bytes of the files under {@code dir}. */
  public static long size(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException e) {
      return 0;
    }
  }

  /** Deletes a folder tree; best effort. */
  public static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left for the OS to clean up
    }
  }
}
