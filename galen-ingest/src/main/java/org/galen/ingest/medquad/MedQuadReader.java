package org.galen.ingest.medquad;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceReader;
import org.galen.ingest.SourceTextBuilder;
import org.galen.ingest.xml.SecureXml;
import org.galen.ingest.xml.XmlElement;
import org.galen.ingest.xml.XmlFiles;
import org.jspecify.annotations.Nullable;

/**
 * Reads MedQuAD files (consumer-health answers from NIH, NLM and CDC sites): one source of kind
 * {@code consumer} per answered question, titled by the question's focus, with the focus synonyms,
 * UMLS CUIs and question type as topics and the answer split into paragraph-sized passages.
 *
 * <p>Ids follow the MedQuAD/LiveQA answer ids, {@code medquad:<source>_<document>_Sec<pair>}, so
 * LiveQA judgments apply to them directly. MedQuAD holds a few CancerGov documents twice under one
 * id, in files named {@code <id>_<n>.xml}; those take the file name instead of the id, so every
 * answer keeps a distinct, stable id. Questions without an answer (MedQuAD removed some for
 * copyright) are not sources. Both MedQuAD layouts are read: {@code <Document>}/{@code
 * <DiseaseFile>} and the lower-case {@code <doc>} of a few NINDS files.
 */
public final class MedQuadReader implements SourceReader {
  private static final Set<String> ROOTS = Set.of("document", "doc", "diseasefile");
  private static final Pattern SEGMENT_BREAK = Pattern.compile("\\R|[ \\t\\u00a0]{3,}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-Z0-9(\"'\\[-])");

  /** A passage grows by whole segments up to this size; longer segments split by sentence. */
  static final int TARGET_CHARS = 600;

  private static final Map<String, String> PUBLISHERS =
      Map.of(
          "cancergov", "National Cancer Institute (cancer.gov)",
          "gard", "Genetic and Rare Diseases Information Center (GARD)",
          "ghr", "Genetics Home Reference (NLM)",
          "mplushealthtopics", "MedlinePlus Health Topics (NLM)",
          "niddk", "National Institute of Diabetes and Digestive and Kidney Diseases",
          "ninds", "National Institute of Neurological Disorders and Stroke",
          "nihseniorhealth", "NIHSeniorHealth (NIH)",
          "nhlbi", "National Heart, Lung, and Blood Institute",
          "cdc", "Centers for Disease Control and Prevention");

  /** The focus of a MedQuAD document with its annotations. */
  record Focus(String name, List<String> cuis, List<String> synonyms) {}

  @Override
  public String name() {
    return "medquad";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    if (!SecureXml.hasExtension(file, ".xml")) {
      return false;
    }
    String start = SecureXml.head(file, head).toLowerCase(Locale.ROOT);
    return (start.contains("<document ")
            || start.contains("<doc ")
            || start.contains("<diseasefile "))
        && (start.contains("<focus>") || start.contains("<doctitle-focus>"));
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    XmlFiles.stream(file, sink, r -> readDocument(file, r, sink, null));
  }

  /**
   * Reads a file; with a focus sink, reads only up to the answers and hands over the focus.
   *
   * @param focusSink when not null, receives the focus and nothing is read further
   */
  void readDocument(
      Path file, XMLStreamReader r, Consumer<Parsed> sink, @Nullable Consumer<Focus> focusSink)
      throws XMLStreamException {
    String name = file.toString();
    if (!toRoot(r)) {
      sink.accept(new Parsed.Skipped(new Problem(name, 0, "no root element")));
      return;
    }
    String root = lower(r.getLocalName());
    if (!ROOTS.contains(root)) {
      sink.accept(
          new Parsed.Skipped(
              new Problem(
                  name,
                  r.getLocation().getLineNumber(),
                  "root element is <" + r.getLocalName() + ">, not a MedQuAD <Document>")));
      return;
    }
    String docId = firstAttr(r, "id", "docid", "fid");
    String source = firstAttr(r, "source", "corpus");
    String url = firstAttr(r, "url");
    if (docId.isBlank() || source.isBlank()) {
      sink.accept(
          new Parsed.Skipped(
              new Problem(
                  name,
                  r.getLocation().getLineNumber(),
                  "the <" + r.getLocalName() + "> element lacks its id or source attribute")));
      return;
    }
    String key = source + "_" + documentKey(file, docId);
    String focus = "";
    Set<String> cuis = new LinkedHashSet<>();
    Set<String> synonyms = new LinkedHashSet<>();
    int ordinal = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.END_ELEMENT) {
        return; // the root closed
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = lower(r.getLocalName());
      if (element.equals("qapairs")) {
        Focus f = new Focus(focus, List.copyOf(cuis), List.copyOf(synonyms));
        if (focusSink != null) {
          focusSink.accept(f);
          return;
        }
        while (r.hasNext()) {
          int inner = r.next();
          if (inner == XMLStreamConstants.END_ELEMENT) {
            break;
          }
          if (inner != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (lower(r.getLocalName()).equals("qapair") || lower(r.getLocalName()).equals("pair")) {
            ordinal++;
            Parsed parsed = pair(name, key, url, source, f, XmlElement.read(r), ordinal);
            if (parsed != null) {
              sink.accept(parsed);
            }
          } else {
            XmlElement.skip(r);
          }
        }
      } else {
        XmlElement e = XmlElement.read(r);
        if (element.equals("focus") || element.equals("doctitle-focus")) {
          focus = e.text();
        } else {
          collect(e, "cui", cuis);
          collect(e, "synonym", synonyms);
        }
      }
    }
  }

  private static @Nullable Parsed pair(
      String file,
      String key,
      String url,
      String source,
      Focus focus,
      XmlElement pair,
      int ordinal) {
    XmlElement questionElement = childIgnoringCase(pair, "question");
    XmlElement answerElement = childIgnoringCase(pair, "answer");
    if (answerElement == null || answerElement.text().isEmpty()) {
      return null; // an unanswered question is not a source
    }
    String pid = pair.attr("pid");
    if (pid == null || !pid.strip().matches("\\d+")) {
      pid = Integer.toString(ordinal);
    }
    String id = "medquad:" + key + "_Sec" + pid.strip();
    String question = questionElement == null ? "" : questionElement.text();
    String qtype = questionElement == null ? null : questionElement.attr("qtype");
    String title = !focus.name().isEmpty() ? focus.name() : question;
    if (title.isEmpty()) {
      return new Parsed.Skipped(
          new Problem(file, pair.line(), "pair " + pid + " has neither focus nor question"));
    }

    SourceTextBuilder text = new SourceTextBuilder(id);
    if (!question.isEmpty()) {
      text.append(question).paragraph();
    }
    String group = qtype == null || qtype.isBlank() ? null : qtype.strip();
    addAnswer(text, rawText(answerElement), group);

    List<String> topics = new ArrayList<>(focus.synonyms());
    focus.cuis().forEach(c -> topics.add("UMLS CUI " + c));
    if (group != null) {
      topics.add("question type: " + group);
    }
    try {
      Source s =
          new Source(
              id,
              ReferenceKind.CONSUMER,
              title,
              PUBLISHERS.getOrDefault(lower(source), source),
              List.of(),
              null,
              url.isBlank() ? null : url,
              null,
              null,
              List.of(),
              topics,
              List.of(),
              null,
              text.text());
      return new Parsed.Ok(Document.of(s, text.passages()));
    } catch (IllegalArgumentException e) {
      return new Parsed.Skipped(new Problem(file, pair.line(), id + ": " + e.getMessage()));
    }
  }

  /**
   * Splits an answer into segments (MedQuAD marks its paragraphs and list items with line breaks or
   * runs of spaces), one per line of the source text, and groups them into passages of about {@link
   * #TARGET_CHARS}; a segment longer than that is split between sentences.
   */
  static void addAnswer(SourceTextBuilder text, String raw, @Nullable String group) {
    List<String> segments = new ArrayList<>();
    String bullet = "";
    for (String piece : SEGMENT_BREAK.split(raw)) {
      String s = XmlElement.normalize(piece);
      if (s.equals("-")) {
        bullet = "- "; // "-   Physical exam": the list mark is split from its item by spaces
      } else if (!s.isEmpty()) {
        segments.add(bullet + s);
        bullet = "";
      }
    }
    StringBuilder chunk = new StringBuilder();
    boolean first = true;
    for (String segment : segments) {
      if (segment.length() > TARGET_CHARS) {
        first = flush(text, chunk, group, first);
        first = sentences(text, segment, group, first);
      } else {
        if (!chunk.isEmpty() && chunk.length() + 1 + segment.length() > TARGET_CHARS) {
          first = flush(text, chunk, group, first);
        }
        if (!chunk.isEmpty()) {
          chunk.append('\n');
        }
        chunk.append(segment);
      }
    }
    flush(text, chunk, group, first);
  }

  private static boolean flush(
      SourceTextBuilder text, StringBuilder chunk, @Nullable String group, boolean first) {
    if (chunk.isEmpty()) {
      return first;
    }
    if (!first) {
      text.line();
    }
    text.passage(chunk.toString(), SectionKind.OTHER, group);
    chunk.setLength(0);
    return false;
  }

  private static boolean sentences(
      SourceTextBuilder text, String segment, @Nullable String group, boolean first) {
    if (!first) {
      text.line();
    }
    StringBuilder piece = new StringBuilder();
    boolean firstPiece = true;
    for (String sentence : SENTENCE_END.split(segment)) {
      if (!piece.isEmpty() && piece.length() + 1 + sentence.length() > TARGET_CHARS) {
        if (!firstPiece) {
          text.append(" ");
        }
        text.passage(piece.toString(), SectionKind.OTHER, group);
        firstPiece = false;
        piece.setLength(0);
      }
      if (!piece.isEmpty()) {
        piece.append(' ');
      }
      piece.append(sentence);
    }
    if (!piece.isEmpty()) {
      if (!firstPiece) {
        text.append(" ");
      }
      text.passage(piece.toString(), SectionKind.OTHER, group);
    }
    return false;
  }

  /**
   * The document part of the id: the document id, or the file name where MedQuAD split one id over
   * several files ({@code 0000013_2_1.xml} holding {@code id="0000013_2"}).
   */
  static String documentKey(Path file, String docId) {
    String stem = file.getFileName().toString();
    int dot = stem.indexOf('.');
    if (dot > 0) {
      stem = stem.substring(0, dot);
    }
    return stem.startsWith(docId + "_") ? stem : docId;
  }

  private static String rawText(XmlElement e) {
    StringBuilder sb = new StringBuilder();
    for (Object o : e.content()) {
      sb.append(o instanceof XmlElement child ? rawText(child) : (String) o);
    }
    return sb.toString();
  }

  private static void collect(XmlElement e, String wanted, Set<String> out) {
    if (lower(e.name()).equals(wanted)) {
      String t = e.text();
      if (!t.isEmpty()) {
        out.add(t);
      }
      return;
    }
    for (XmlElement child : e.elements()) {
      collect(child, wanted, out);
    }
  }

  private static @Nullable XmlElement childIgnoringCase(XmlElement e, String name) {
    for (XmlElement child : e.elements()) {
      if (lower(child.name()).equals(name)) {
        return child;
      }
    }
    return null;
  }

  private static boolean toRoot(XMLStreamReader r) throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    return false;
  }

  private static String firstAttr(XMLStreamReader r, String... names) {
    for (String n : names) {
      String v = r.getAttributeValue(null, n);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return "";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
