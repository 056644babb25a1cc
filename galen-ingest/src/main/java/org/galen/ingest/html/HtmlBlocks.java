package org.galen.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Walks an HTML element in document order and hands out its headings and text blocks (paragraphs,
 * list items, table rows), each block once: a block that holds other blocks is split into them.
 */
public final class HtmlBlocks {
  /** A heading or a block of text, in the order they appear. */
  public sealed interface Block {
    /** A heading {@code h1}..{@code h6}. */
    record Heading(int level, String text) implements Block {}

    /** A paragraph, list item, table row (cells joined with " | ") or other run of text. */
    record Text(String text) implements Block {}
  }

  private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "li",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "tr",
          "caption",
          "figcaption",
          "table",
          "ul",
          "ol",
          "dl",
          "div",
          "section",
          "article",
          "main",
          "tbody",
          "thead",
          "tfoot",
          "td",
          "th",
          "header",
          "footer",
          "aside",
          "nav",
          "figure",
          "details",
          "summary",
          "body",
          "form",
          "fieldset",
          "address",
          "center");

  private HtmlBlocks() {}

  public static void walk(Element root, Consumer<Block> sink) {
    for (Node child : root.childNodes()) {
      visit(child, sink);
    }
  }

  private static void visit(Node node, Consumer<Block> sink) {
    if (node instanceof TextNode t) {
      // text directly inside a container, beside blocks (e.g. <div>text<p>more</p></div>)
      if (!t.isBlank()) {
        sink.accept(new Block.Text(t.text()));
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    String tag = e.normalName().toLowerCase(Locale.ROOT);
    if (HEADINGS.contains(tag)) {
      String text = e.text().strip();
      if (!text.isEmpty()) {
        sink.accept(new Block.Heading(tag.charAt(1) - '0', text));
      }
      return;
    }
    if (tag.equals("tr")) {
      String row =
          e.children().stream()
              .map(Element::text)
              .map(String::strip)
              .filter(s -> !s.isEmpty())
              .collect(Collectors.joining(" | "));
      if (!row.isEmpty()) {
        sink.accept(new Block.Text(row));
      }
      return;
    }
    if (!BLOCKS.contains(tag)) {
      // inline element (span, a, strong…) met outside a block: its text is a block of its own
      String text = e.text();
      if (!text.isBlank()) {
        sink.accept(new Block.Text(text));
      }
      return;
    }
    if (!hasBlockInside(e)) {
      String text = e.text();
      if (!text.isBlank()) {
        sink.accept(new Block.Text(text));
      }
      return;
    }
    // a container: inline runs between its blocks are gathered into one text block each
    StringBuilder inline = new StringBuilder();
    for (Node child : e.childNodes()) {
      if (child instanceof Element c && isBlockOrHeading(c)) {
        flush(inline, sink);
        visit(c, sink);
      } else if (child instanceof TextNode t) {
        inline.append(t.text());
      } else if (child instanceof Element c) {
        inline.append(' ').append(c.text()).append(' ');
      }
    }
    flush(inline, sink);
  }

  private static void flush(StringBuilder inline, Consumer<Block> sink) {
    if (!inline.toString().isBlank()) {
      sink.accept(new Block.Text(inline.toString()));
    }
    inline.setLength(0);
  }

  private static boolean isBlockOrHeading(Element e) {
    String tag = e.normalName();
    return BLOCKS.contains(tag) || HEADINGS.contains(tag);
  }

  private static boolean hasBlockInside(Element e) {
    for (Element d : e.getAllElements()) {
      if (d != e && isBlockOrHeading(d)) {
        return true;
      }
    }
    return false;
  }
}
