package org.galen.ingest.jats;

import java.io.IOException;
import java.nio.file.Path;
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
 * Reads PMC full-text articles in JATS XML ({@code .nxml} or {@code .xml} with an {@code <article>}
 * root), one article per file: front matter, abstract and body sections as passages, tables and
 * figure captions as text; references, acknowledgements and footnotes are not passages.
 *
 * <p>Id rule: {@code pmcid:PMC<n>} when the article has a PMC id (every PMC Open Access file does),
 * else {@code doi:<doi>}, else {@code jats:<file name>}. The PMID, when present, is kept as the
 * source's PMID but never used as its id, so an article's full text and its MEDLINE abstract
 * ({@code pmid:<n>}) are two sources that do not overwrite each other.
 */
public final class JatsReader implements SourceReader {
  private final ArticleParser parser = new ArticleParser();

  @Override
  public String name() {
    return "jats";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    if (!SecureXml.hasExtension(file, ".nxml", ".xml")) {
      return false;
    }
    String start = SecureXml.head(file, head);
    return start.contains("<article ") || start.contains("<article>");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    XmlFiles.stream(file, sink, r -> readArticle(file, r, sink));
  }

  private void readArticle(Path file, XMLStreamReader r, Consumer<Parsed> sink)
      throws XMLStreamException {
    while (r.hasNext()) {
      if (r.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (!r.getLocalName().equals("article")) {
        sink.accept(
            new Parsed.Skipped(
                new Problem(
                    file.toString(),
                    r.getLocation().getLineNumber(),
                    "root element is <" + r.getLocalName() + ">, not a JATS <article>")));
        return;
      }
      // one article per file: its tree is the record
      sink.accept(parser.parse(file, XmlElement.read(r)));
      return;
    }
  }
}
