package org.galen.ingest.jats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceTextBuilder;
import org.galen.ingest.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/** Turns one JATS {@code <article>} element into a source with its passages. */
final class ArticleParser {
  private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|2\\d\\d\\d)\\b");

  /** Elements inside a paragraph that are blocks of their own, read after the paragraph. */
  private static final Set<String> BLOCKS =
      Set.of("table-wrap", "fig", "list", "disp-quote", "boxed-text", "table-wrap-group");

  /** Back matter and apparatus that are never passages. */
  private static final Set<String> IGNORED =
      Set.of(
          "ref-list",
          "fn-group",
          "ack",
          "supplementary-material",
          "graphic",
          "media",
          "alternatives",
          "object-id",
          "label");

  /** Body sections about the paper rather than the science (BMC puts them in the body). */
  private static final List<String> APPARATUS_SECTIONS =
      List.of(
          "authors' contribution",
          "author contribution",
          "authors contribution",
          "competing interest",
          "conflict of interest",
          "conflicts of interest",
          "acknowledg",
          "pre-publication history",
          "funding",
          "availability of data",
          "data availability");

  Parsed parse(Path file, XmlElement article) {
    String name = file.toString();
    XmlElement meta = article.at("front", "article-meta");
    if (meta == null) {
      return skip(name, article.line(), "no <front><article-meta>");
    }
    String pmcid = null;
    String pmid = null;
    String doi = null;
    for (XmlElement id : meta.children("article-id")) {
      String type = id.attr("pub-id-type");
      String value = id.text();
      if (type == null || value.isEmpty()) {
        continue;
      }
      switch (type) {
        case "pmc", "pmcid" -> pmcid = value.startsWith("PMC") ? value : "PMC" + value;
        case "pmid" -> pmid = value;
        case "doi" -> doi = value;
        default -> {
          // publisher ids and the like identify nothing outside the publisher
        }
      }
    }
    String sourceId;
    if (pmcid != null) {
      sourceId = "pmcid:" + pmcid;
    } else if (doi != null) {
      sourceId = "doi:" + doi;
    } else {
      String stem = file.getFileName().toString();
      sourceId = "jats:" + stem.substring(0, Math.max(stem.indexOf('.'), 1));
    }
    String title = meta.textAt("title-group", "article-title");
    if (title.isEmpty()) {
      return skip(name, meta.line(), sourceId + ": no <article-title>");
    }
    SourceTextBuilder text = new SourceTextBuilder(sourceId);
    text.append(title);
    for (XmlElement abs : meta.children("abstract")) {
      if (abs.attr("abstract-type") != null) {
        continue; // graphical, teaser and author-summary abstracts repeat the main one
      }
      walk(abs, "ABSTRACT", text, true);
    }
    XmlElement body = article.child("body");
    if (body != null) {
      walk(body, null, text, true);
    }
    if (text.passages().isEmpty()) {
      text = new SourceTextBuilder(sourceId).passage(title, SectionKind.OTHER, "TITLE");
    }
    try {
      Source source =
          new Source(
              sourceId,
              kind(article.attr("article-type")),
              title,
              journal(article),
              authors(meta),
              year(meta),
              pmcid == null ? null : "https://www.ncbi.nlm.nih.gov/pmc/articles/" + pmcid + "/",
              pmid,
              doi,
              List.of(),
              keywords(meta),
              List.of(),
              null,
              text.text());
      return new Parsed.Ok(Document.of(source, text.passages()));
    } catch (IllegalArgumentException e) {
      return skip(name, article.line(), sourceId + ": " + e.getMessage());
    }
  }

  /**
   * Adds the blocks inside a container, each top-level section's title being the group of every
   * passage below it.
   */
  private static void walk(
      XmlElement container, @Nullable String group, SourceTextBuilder text, boolean top) {
    for (XmlElement e : container.elements()) {
      visit(e, group, text, top);
    }
  }

  private static void visit(
      XmlElement e, @Nullable String group, SourceTextBuilder text, boolean top) {
    String n = e.name();
    if (IGNORED.contains(n) || n.equals("title")) {
      return;
    }
    switch (n) {
      case "sec" -> {
        String heading = e.textAt("title");
        String lower = heading.toLowerCase(Locale.ROOT);
        if (APPARATUS_SECTIONS.stream().anyMatch(lower::startsWith)) {
          return;
        }
        if (!heading.isEmpty()) {
          text.paragraph().append(heading);
        }
        String g = group;
        if (top && !heading.isEmpty()) {
          // abstract parts take their label as group, as PubMed's structured abstracts do
          g = "ABSTRACT".equals(group) ? heading.toUpperCase(Locale.ROOT) : heading;
        }
        walk(e, g, text, false);
      }
      case "p" -> paragraph(e, group, text);
      case "table-wrap" -> block(text, table(e), group);
      case "fig" -> block(text, caption(e), group);
      case "list" -> {
        for (XmlElement item : e.children("list-item")) {
          walk(item, group, text, false);
        }
      }
      default -> walk(e, group, text, false);
    }
  }

  private static void paragraph(XmlElement p, @Nullable String group, SourceTextBuilder text) {
    List<XmlElement> blocks = new ArrayList<>();
    StringBuilder raw = new StringBuilder();
    inline(p, raw, blocks);
    block(text, XmlElement.normalize(raw), group);
    for (XmlElement b : blocks) {
      visit(b, group, text, false); // a block inside a paragraph reads as if it followed it
    }
  }

  private static void inline(XmlElement e, StringBuilder raw, List<XmlElement> blocks) {
    for (Object o : e.content()) {
      if (o instanceof XmlElement child) {
        if (BLOCKS.contains(child.name())) {
          blocks.add(child);
          raw.append(' ');
        } else if (!IGNORED.contains(child.name())) {
          inline(child, raw, blocks);
        }
      } else {
        raw.append((String) o);
      }
    }
  }

  private static void block(SourceTextBuilder text, String s, @Nullable String group) {
    if (!s.isBlank()) {
      text.paragraph().passage(s, SectionKind.OTHER, group);
    }
  }

  private static String caption(XmlElement e) {
    String label = e.textAt("label");
    XmlElement caption = e.child("caption");
    // a caption's title and paragraphs are separate blocks: keep a space between them
    String cap =
        caption == null
            ? ""
            : String.join(" ", caption.elements().stream().map(XmlElement::text).toList()).strip();
    return (label.isEmpty() ? cap : label + " " + cap).strip();
  }

  /** A table as text: label and caption, then one line per row with cells split by " | ". */
  private static String table(XmlElement wrap) {
    List<String> lines = new ArrayList<>();
    String caption = caption(wrap);
    if (!caption.isEmpty()) {
      lines.add(caption);
    }
    List<XmlElement> rows = new ArrayList<>();
    collect(wrap, "tr", rows);
    for (XmlElement row : rows) {
      List<String> cells = new ArrayList<>();
      for (XmlElement cell : row.elements()) {
        cells.add(cell.text());
      }
      String line = String.join(" | ", cells).strip();
      if (!line.replace("|", "").isBlank()) {
        lines.add(line);
      }
    }
    XmlElement foot = wrap.child("table-wrap-foot");
    if (foot != null && !foot.text().isEmpty()) {
      lines.add(foot.text());
    }
    return String.join("\n", lines);
  }

  private static void collect(XmlElement e, String name, List<XmlElement> out) {
    for (XmlElement child : e.elements()) {
      if (child.name().equals(name)) {
        out.add(child);
      } else {
        collect(child, name, out);
      }
    }
  }

  private static ReferenceKind kind(@Nullable String articleType) {
    if (articleType == null) {
      return ReferenceKind.OTHER;
    }
    return switch (articleType) {
      case "practice-guideline", "guideline" -> ReferenceKind.GUIDELINE;
      case "systematic-review", "meta-analysis" -> ReferenceKind.SYSTEMATIC_REVIEW;
      case "review-article" -> ReferenceKind.REVIEW;
      default -> ReferenceKind.OTHER;
    };
  }

  private static String journal(XmlElement article) {
    XmlElement journalMeta = article.at("front", "journal-meta");
    if (journalMeta != null) {
      List<XmlElement> titles = new ArrayList<>();
      collect(journalMeta, "journal-title", titles);
      if (!titles.isEmpty() && !titles.getFirst().text().isEmpty()) {
        return titles.getFirst().text();
      }
      String publisher = journalMeta.textAt("publisher", "publisher-name");
      if (!publisher.isEmpty()) {
        return publisher;
      }
    }
    return "PubMed Central";
  }

  private static List<String> authors(XmlElement meta) {
    List<String> out = new ArrayList<>();
    for (XmlElement group : meta.children("contrib-group")) {
      for (XmlElement contrib : group.children("contrib")) {
        String type = contrib.attr("contrib-type");
        if (type != null && !type.equals("author")) {
          continue;
        }
        String collab = contrib.textAt("collab");
        if (!collab.isEmpty()) {
          out.add(collab);
          continue;
        }
        XmlElement nameElement = contrib.child("name");
        if (nameElement == null) {
          continue;
        }
        String surname = nameElement.textAt("surname");
        String initials = initials(nameElement.textAt("given-names"));
        String full = (surname + " " + initials).strip();
        if (!full.isEmpty()) {
          out.add(full);
        }
      }
    }
    return out;
  }

  /** "Paul M." to "PM", "Jean-Luc" to "JL", as PubMed cites authors. */
  static String initials(String given) {
    StringBuilder sb = new StringBuilder();
    for (String part : given.split("[\\s.\\-]+")) {
      if (!part.isEmpty() && Character.isLetter(part.charAt(0))) {
        sb.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return sb.toString();
  }

  private static @Nullable Integer year(XmlElement meta) {
    List<XmlElement> dates = meta.children("pub-date");
    for (String preferred : List.of("epub", "ppub", "pub", "collection", "")) {
      for (XmlElement d : dates) {
        String type = d.attr("pub-type");
        if (type == null) {
          type = d.attr("date-type");
        }
        if (preferred.isEmpty() || preferred.equals(type)) {
          Matcher m = YEAR.matcher(d.textAt("year"));
          if (m.find()) {
            return Integer.parseInt(m.group(1));
          }
        }
      }
    }
    return null;
  }

  private static List<String> keywords(XmlElement meta) {
    Set<String> out = new LinkedHashSet<>();
    for (XmlElement group : meta.children("kwd-group")) {
      for (XmlElement kwd : group.children("kwd")) {
        if (!kwd.text().isEmpty()) {
          out.add(kwd.text());
        }
      }
    }
    return List.copyOf(out);
  }

  private static Parsed skip(String file, int line, String message) {
    return new Parsed.Skipped(new Problem(file, line, message));
  }
}
