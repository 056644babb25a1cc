package org.galen.ingest.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceReader;
import org.galen.ingest.SourceText;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PDF guideline document (one file, one source) with PDFBox, page by page. Headings are
 * recognised by type size (clearly larger than the body text) or shape (a short numbered line such
 * as "2.1 Diagnosis", or a short line in capitals); each passage's group is its heading and page,
 * e.g. "Major Recommendations (p. 3)", so a citation can name the page. The id is {@code pdf:} plus
 * the file name without its extension.
 *
 * <p>Pages whose text cannot be mapped to Unicode (fonts without a ToUnicode map) are reported, not
 * indexed as mojibake.
 */
public final class PdfReader implements SourceReader {
  private static final Pattern NUMBERED_HEADING =
      Pattern.compile("^(\\d{1,2}(\\.\\d{1,2}){1,3}\\.?|[IVX]{1,5}\\.)\\s+\\p{Lu}.*");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("^(page\\s+)?\\d{1,4}(\\s+of\\s+\\d{1,4})?$");
  private static final int MAX_HEADING_CHARS = 100;
  private static final float PARAGRAPH_GAP = 1.5f;

  @Override
  public String name() {
    return "pdf";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    String name = file.toString();
    String stem = file.getFileName().toString().replaceFirst("(?i)\\.pdf$", "");
    List<PageText.Line> lines;
    List<PageText.Unreadable> unreadablePages;
    String title;
    String author;
    // a temp-file cache keeps memory bounded for large PDFs
    try (PDDocument pdf = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
      if (pdf.getNumberOfPages() == 0) {
        throw malformed(name, "the PDF has no pages");
      }
      PageText stripper = new PageText();
      stripper.getText(pdf);
      lines = stripper.lines();
      unreadablePages = stripper.unreadable();
      PDDocumentInformation info = pdf.getDocumentInformation();
      title = info.getTitle() == null ? "" : SourceText.normalise(info.getTitle());
      author = info.getAuthor() == null ? "" : SourceText.normalise(info.getAuthor());
    } catch (InvalidPasswordException e) {
      throw malformed(name, "the PDF is encrypted with a password");
    } catch (IOException e) {
      throw malformed(name, "not a readable PDF: " + e.getMessage());
    }
    String id = "pdf:" + stem;
    List<Integer> unmappable = new ArrayList<>();
    float body = bodySize(lines);
    if (title.isEmpty()) {
      title = firstHeading(lines, body);
    }
    if (title.isEmpty()) {
      title = stem;
    }
    SourceText text = new SourceText(id).line(title);
    String heading = null;
    StringBuilder pendingHeading = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    PageText.@Nullable Line previous = null;
    int paragraphPage = 1;
    for (PageText.Line line : lines) {
      if (line.text().indexOf('\uFFFD') >= 0) {
        if (unmappable.isEmpty() || unmappable.getLast() != line.page()) {
          unmappable.add(line.page());
        }
        continue;
      }
      if (PAGE_NUMBER.matcher(line.text().strip().toLowerCase(Locale.ROOT)).matches()) {
        continue;
      }
      boolean contiguous = previous != null && !startsParagraph(previous, line);
      if (isHeading(line, body)) {
        flush(text, paragraph, heading, paragraphPage);
        // a heading set over two lines is one heading
        boolean continues =
            contiguous
                && !pendingHeading.isEmpty()
                && previous != null
                && previous.fontSize() == line.fontSize();
        if (!continues && !pendingHeading.isEmpty()) {
          heading = SourceText.normalise(pendingHeading.toString());
          text.line(heading);
          pendingHeading.setLength(0);
        }
        appendLine(pendingHeading, line.text());
      } else {
        if (!pendingHeading.isEmpty()) {
          heading = SourceText.normalise(pendingHeading.toString());
          text.line(heading);
          pendingHeading.setLength(0);
          contiguous = false;
        }
        if (!contiguous) {
          flush(text, paragraph, heading, paragraphPage);
          paragraphPage = line.page();
        }
        appendLine(paragraph, line.text());
      }
      previous = line;
    }
    flush(text, paragraph, heading, paragraphPage);
    for (int page : unmappable) {
      sink.accept(
          new Parsed.Skipped(
              new Problem(
                  name,
                  0,
                  "page "
                      + page
                      + ": text cannot be mapped to Unicode (a font lacks a ToUnicode"
                      + " map); the page is left out")));
    }
    for (PageText.Unreadable page : unreadablePages) {
      sink.accept(
          new Parsed.Skipped(
              new Problem(
                  name,
                  0,
                  "page "
                      + page.page()
                      + ": its content cannot be laid out ("
                      + page.reason()
                      + "); the page is left out")));
    }
    if (!text.hasPassages()) {
      if (!unreadablePages.isEmpty()) {
        throw malformed(
            name,
            "no page's content can be laid out (page "
                + unreadablePages.getFirst().page()
                + ": "
                + unreadablePages.getFirst().reason()
                + ")");
      }
      throw malformed(name, "no extractable text (a scanned PDF needs OCR first)");
    }
    Source source =
        new Source(
            id,
            ReferenceKind.GUIDELINE,
            title,
            author,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            text.text());
    sink.accept(new Parsed.Ok(new Document(source, text.passages(), Hashes.sha256(text.text()))));
  }

  /**
   * Whether a line opens a new paragraph after the previous one: a new page, a change of type size,
   * or a gap between baselines clearly wider than ordinary line spacing (about 1.2 × the size).
   */
  static boolean startsParagraph(PageText.Line previous, PageText.Line line) {
    if (line.page() != previous.page() || line.fontSize() != previous.fontSize()) {
      return true;
    }
    float gap = line.y() - previous.y();
    return gap < 0 || gap > PARAGRAPH_GAP * Math.max(line.fontSize(), 1f);
  }

  private static void appendLine(StringBuilder paragraph, String line) {
    String l = line.strip();
    if (paragraph.length() > 0
        && paragraph.charAt(paragraph.length() - 1) == '-'
        && !l.isEmpty()
        && Character.isLowerCase(l.charAt(0))) {
      // a word hyphenated at the line end: "treat-" + "ment"
      paragraph.setLength(paragraph.length() - 1);
    } else if (paragraph.length() > 0) {
      paragraph.append(' ');
    }
    paragraph.append(l);
  }

  private static void flush(
      SourceText text, StringBuilder paragraph, @Nullable String heading, int page) {
    if (!paragraph.toString().isBlank()) {
      String group = heading == null ? "p. " + page : heading + " (p. " + page + ")";
      text.passage(SectionKind.OTHER, group, paragraph.toString());
    }
    paragraph.setLength(0);
  }

  /** The type size most characters are set in. */
  static float bodySize(List<PageText.Line> lines) {
    Map<Float, Integer> chars = new HashMap<>();
    for (PageText.Line l : lines) {
      chars.merge(l.fontSize(), l.text().length(), Integer::sum);
    }
    return chars.entrySet().stream()
        .max(Map.Entry.<Float, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(0f);
  }

  static boolean isHeading(PageText.Line line, float body) {
    String t = line.text().strip();
    if (t.isEmpty()
        || t.length() > MAX_HEADING_CHARS
        || !t.codePoints().anyMatch(Character::isLetter)) {
      return false;
    }
    if (body > 0 && line.fontSize() >= body * 1.1f) {
      return true;
    }
    boolean endsLikeSentence = t.endsWith(".") || t.endsWith(",") || t.endsWith(";");
    if (t.length() <= 80 && !endsLikeSentence && NUMBERED_HEADING.matcher(t).matches()) {
      return true;
    }
    long letters = t.codePoints().filter(Character::isLetter).count();
    return letters >= 4
        && t.length() <= 60
        && !endsLikeSentence
        && t.equals(t.toUpperCase(Locale.ROOT));
  }

  private static String firstHeading(List<PageText.Line> lines, float body) {
    float largest = 0;
    String title = "";
    for (PageText.Line l : lines) {
      if (l.page() > 1) {
        break;
      }
      if (l.fontSize() > largest && isHeading(l, body) && l.text().indexOf('\uFFFD') < 0) {
        largest = l.fontSize();
        title = SourceText.normalise(l.text());
      }
    }
    return title;
  }

  private static MalformedInputException malformed(String file, String message) {
    return new MalformedInputException(List.of(new Problem(file, 0, message)));
  }
}
