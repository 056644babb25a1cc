package org.galen.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDFBox text stripper that keeps, for each line of text, its page, its largest type size and the
 * height of its baseline on the page, so that the reader can find headings and paragraphs.
 */
final class PageText extends PDFTextStripper {
  /**
   * One line of text as laid out on a page.
   *
   * @param y the baseline's distance from the top of the page, in points
   */
  record Line(int page, String text, float fontSize, float y) {}

  private final List<Line> lines = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private float size;
  private float y = -1;

  PageText() {
    setSortByPosition(true);
  }

  List<Line> lines() {
    return List.copyOf(lines);
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
