package org.galen.ingest.pubmed;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceReader;
import org.galen.ingest.xml.SecureXml;
import org.galen.ingest.xml.XmlElement;
import org.galen.ingest.xml.XmlFiles;

/**
 * Reads PubMed/MEDLINE citation files as NLM distributes them: {@code PubmedArticleSet} (baseline
 * and daily update files, plain or {@code .xml.gz}) and the older {@code MedlineCitationSet}. It
 * streams: one citation is in memory at a time, whatever the file's size. {@code DeleteCitation}
 * deletes; a citation that cannot be read is skipped with its PMID or position and the rest of the
 * file is still read.
 */
public final class PubmedReader implements SourceReader {
  private final CitationParser parser = new CitationParser();

  @Override
  public String name() {
    return "pubmed";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    if (!SecureXml.hasExtension(file, ".xml")) {
      return false;
    }
    String start = SecureXml.head(file, head);
    return start.contains("<PubmedArticleSet") || start.contains("<MedlineCitationSet");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    XmlFiles.stream(file, sink, r -> readSet(file, r, sink));
  }

  private void readSet(Path file, XMLStreamReader r, Consumer<Parsed> sink)
      throws XMLStreamException {
    String name = file.toString();
    boolean inRoot = false;
    int ordinal = 0;
    // PMIDs seen in this file with a version above 1, so an older version never replaces a newer
    Map<String, Integer> versions = new HashMap<>();
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String element = r.getLocalName();
      if (!inRoot) {
        if (!element.equals("PubmedArticleSet") && !element.equals("MedlineCitationSet")) {
          sink.accept(
              new Parsed.Skipped(
                  new Problem(
                      name,
                      r.getLocation().getLineNumber(),
                      "root element is <"
                          + element
                          + ">, not <PubmedArticleSet> or <MedlineCitationSet>")));
          return;
        }
        inRoot = true;
        continue;
      }
      switch (element) {
        case "PubmedArticle" -> {
          ordinal++;
          XmlElement article = XmlElement.read(r);
          XmlElement citation = article.child("MedlineCitation");
          if (citation == null) {
            sink.accept(
                new Parsed.Skipped(
                    new Problem(
                        name,
                        article.line(),
                        "record " + ordinal + ": <PubmedArticle> has no <MedlineCitation>")));
          } else if (newest(citation, versions)) {
            sink.accept(parser.parse(name, ordinal, citation, article.child("PubmedData")));
          }
        }
        case "MedlineCitation" -> {
          ordinal++;
          XmlElement citation = XmlElement.read(r);
          if (newest(citation, versions)) {
            sink.accept(parser.parse(name, ordinal, citation, null));
          }
        }
        case "DeleteCitation" -> {
          XmlElement delete = XmlElement.read(r);
          for (XmlElement pmid : delete.children("PMID")) {
            String id = pmid.text();
            if (id.matches("\\d+")) {
              sink.accept(new Parsed.Deleted("pmid:" + id));
            } else {
              sink.accept(
                  new Parsed.Skipped(
                      new Problem(
                          name, pmid.line(), "DeleteCitation names bad PMID '" + id + "'")));
            }
          }
        }
        case "PubmedBookArticle" -> {
          ordinal++;
          XmlElement book = XmlElement.read(r);
          sink.accept(
              new Parsed.Skipped(
                  new Problem(
                      name,
                      book.line(),
                      "record "
                          + ordinal
                          + " (PMID "
                          + book.textAt("BookDocument", "PMID")
                          + "): book records are not read")));
        }
        default -> XmlElement.skip(r);
      }
    }
  }

  /** False for a citation whose PMID this file already gave in a newer version. */
  private static boolean newest(XmlElement citation, Map<String, Integer> versions) {
    XmlElement pmid = citation.child("PMID");
    if (pmid == null) {
      return true;
    }
    int version = 1;
    String v = pmid.attr("Version");
    if (v != null && v.matches("\\d{1,6}")) {
      version = Integer.parseInt(v);
    }
    String id = pmid.text();
    Integer seen = versions.get(id);
    if (seen != null && seen > version) {
      return false;
    }
    if (version > 1) {
      versions.put(id, version);
    }
    return true;
  }
}
