package org.galen.ingest.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that keeps, for each line of text, its page, its largest type size and the
 * height of its baseline on the page, so that the reader can find headings and paragraphs.
 *
 * <p>A page whose content PDFBox cannot lay out (hostile operands make it throw unchecked
 * exceptions, e.g. a text matrix that overflows) is left out whole and recorded in {@link
 * #unreadable()}; the other pages are still read.
 */
final class PageText extends PDFTextStripper {
  /**
   * One line of text as laid out on a page.
   *
   * @param y the baseline's distance from the top of the page, in points
   */
  record Line(int page, String text, float fontSize, float y) {}

  /** A page left out, and why. */
  record Unreadable(int page, String reason) {}

  private final List<Line> lines = new ArrayList<>();
  private final List<Unreadable> unreadable = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private float size;
  private float y = -1;

  PageText() {
    setSortByPosition(true);
  }

  List<Line> lines() {
    return List.copyOf(lines);
  }

  List<Unreadable> unreadable() {
    return List.copyOf(unreadable);
  }

  @Override
  public void processPage(PDPage page) throws IOException {
    int kept = lines.size();
    try {
      super.processPage(page);
    } catch (RuntimeException e) {
      // none of a half-read page: its lines so far may be out of order or misplaced
      lines.subList(kept, lines.size()).clear();
      current.setLength(0);
      size = 0;
      y = -1;
      unreadable.add(new Unreadable(getCurrentPageNo(), String.valueOf(e.getMessage())));
    }
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    current.append(text);
    for (TextPosition p : positions) {
      size = Math.max(size, Math.round(p.getFontSizeInPt() * 10) / 10f);
      if (y < 0) {
        y = p.getYDirAdj();
      }
    }
  }

  @Override
  protected void writeWordSeparator() {
    current.append(' ');
  }

  @Override
  protected void writeLineSeparator() {
    endLine();
  }

  @Override
  protected void writeParagraphEnd() {
    endLine();
  }

  @Override
  protected void writePageEnd() {
    endLine();
  }

  private void endLine() {
    if (!current.toString().isBlank()) {
      lines.add(new Line(getCurrentPageNo(), current.toString(), size, Math.max(0, y)));
    }
    current.setLength(0);
    size = 0;
    y = -1;
  }
}
