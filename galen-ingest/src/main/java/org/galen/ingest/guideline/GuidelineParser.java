package org.galen.ingest.guideline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Problem;
import org.galen.ingest.SourceText;
import org.galen.ingest.html.HtmlBlocks;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Markdown guideline document into one source. Headings become the groups of the passages
 * below them; every paragraph, list item and table row is a passage, so recommendations keep their
 * evidence grades (e.g. "(Strong For; Reviewed, Amended)") and rating-scheme definitions stay
 * searchable. Embedded HTML (tables, {@code <div><p>}) is read as text.
 *
 * <p>Metadata comes from the document itself: the issuing organisations from "Guideline
 * Developer(s)", the year from "Date Released" (the latest year named, so a revision counts), the
 * topics from "Disease/Condition(s)". The bibliographic, availability and disclaimer sections of
 * NGC summaries are read for that metadata only, not as passages: they are not clinical content.
 *
 * <p>Passages are {@link SectionKind#OTHER} unless their heading plainly names a kind (e.g.
 * "Diagnosis and Evaluation", "Prevention", "Type of Evidence Supporting the Recommendations"): a
 * guideline's own structure is not the answer's, and guessing would misfile recommendations.
 */
public final class GuidelineParser {
  private static final YAMLMapper YAML = new YAMLMapper();
  // the heading text is taken greedily and its closing hashes cut off in code: a lazy group before
  // "\\s*#*\\s*$" backtracks quadratically over a long run of spaces (found by fuzzing)
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(\\s*)(?:[*+-]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern HTML_START =
      Pattern.compile(
          "^<(?:table|div|p|ul|ol|dl|thead|tbody|tr|td|th|blockquote|pre|h[1-6]|br|hr|center)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_OPEN = Pattern.compile("<table\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TABLE_CLOSE = Pattern.compile("</table>", Pattern.CASE_INSENSITIVE);
  private static final Pattern GLUED_HEADING = Pattern.compile("(</(?:table|div|p)>)(#{1,6} )");
  // bounded and unambiguous, so a long line of brackets or spaces costs linear time (found by
  // fuzzing: "\\[\\s*([^\\]]*?)\\s*\\]" hung on a line of half a million characters)
  private static final Pattern LINK =
      Pattern.compile("!?\\[([^\\[\\]]{0,2000})\\]\\([^()]{0,2000}\\)");
  private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*(\\S|\\S[^*]*?\\S)\\*(?![\\w*])");
  private static final Pattern TAG = Pattern.compile("<[^>]{1,500}>");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

  /** Placeholders NGC puts in empty fields; as passages they would only add noise. */
  private static final Pattern NO_CONTENT =
      Pattern.compile("(?i)(not stated|none provided|none|not applicable)\\.?");

  private static final Pattern ORG_TYPE = Pattern.compile("\\s+-\\s+[^-]+$");

  /** Level-1 sections of NGC summaries that hold metadata and boilerplate, not guidance. */
  private static final Set<String> METADATA_SECTIONS =
      Set.of(
          "general",
          "identifying information and availability",
          "disclaimer",
          "institute of medicine (iom) national healthcare quality report categories");

  /** Headings that name an answer section outright. */
  private static final Map<String, SectionKind> KIND_BY_HEADING_START =
      Map.ofEntries(
          Map.entry("diagnos", SectionKind.DIAGNOSIS),
          Map.entry("prevention", SectionKind.PREVENTION),
          Map.entry("monitoring", SectionKind.MONITORING),
          Map.entry("follow-up", SectionKind.MONITORING),
          Map.entry("red flags", SectionKind.RED_FLAGS),
          Map.entry("first-line", SectionKind.FIRST_LINE),
          Map.entry("second-line", SectionKind.SECOND_LINE),
          Map.entry("third-line", SectionKind.THIRD_LINE),
          Map.entry("self-management", SectionKind.SELF_CARE),
          Map.entry("self-care", SectionKind.SELF_CARE),
          Map.entry(
              "type of evidence supporting the recommendations", SectionKind.EVIDENCE_QUALITY));

  private record Line(int number, String text) {}

  /**
   * Parses one document.
   *
   * @param fileName the file's name; {@code ngc-*.md} files get {@code ngc:} ids, others {@code
   *     guideline:}
   */
  public Document parse(String file, String fileName, String content) {
    List<Line> lines = lines(content);
    int close = frontMatterEnd(file, lines);
    JsonNode fm = frontMatter(file, lines.subList(1, close));
    String title = fm.path("title").asText("").strip();
    String docId = fm.path("id").asText("").strip();
    if (title.isEmpty()) {
      throw malformed(file, 2, "front matter has no title");
    }
    if (docId.isEmpty() || !docId.matches("[A-Za-z0-9._-]+")) {
      throw malformed(file, 2, "front matter needs an id of letters, digits, '.', '_' or '-'");
    }
    String declared = fm.path("kind").asText("guideline").strip();
    if (!declared.equals("guideline")) {
      throw malformed(
          file,
          2,
          "front matter declares kind '"
              + declared
              + "'; a guideline document declares none or 'guideline' (a practice summary"
              + " declares 'practice_summary')");
    }
    String prefix = fileName.toLowerCase(Locale.ROOT).startsWith("ngc-") ? "ngc:" : "guideline:";
    String id = prefix + docId;

    SourceText text = new SourceText(id).line(clean(title));
    @Nullable String[] headings = new @Nullable String[7];
    boolean metadata = false;
    List<String> developers = new ArrayList<>();
    List<String> released = new ArrayList<>();
    Set<String> topics = new LinkedHashSet<>();
    List<Line> body = lines.subList(close + 1, lines.size());
    int i = 0;
    while (i < body.size()) {
      String raw = body.get(i).text();
      Matcher h = HEADING.matcher(raw);
      if (h.matches()) {
        int level = h.group(1).length();
        String heading = clean(withoutClosingHashes(h.group(2)));
        i++;
        if (heading.isEmpty()) {
          continue;
        }
        headings[level] = heading;
        for (int l = level + 1; l < headings.length; l++) {
          headings[l] = null;
        }
        if (level == 1) {
          metadata = METADATA_SECTIONS.contains(heading.toLowerCase(Locale.ROOT));
        }
        if (!metadata) {
          text.line(heading);
        }
        continue;
      }
      if (raw.isBlank()) {
        i++;
        continue;
      }
      // gather one block: an HTML block, a list item with its continuation lines, or a paragraph
      List<String> blocks = new ArrayList<>();
      if (HTML_START.matcher(raw.strip()).find()) {
        StringBuilder html = new StringBuilder();
        int depth = 0;
        while (i < body.size()) {
          String l = body.get(i).text();
          if (depth == 0 && (l.isBlank() || HEADING.matcher(l).matches())) {
            break;
          }
          depth += count(TABLE_OPEN, l) - count(TABLE_CLOSE, l);
          html.append(l).append('\n');
          i++;
        }
        HtmlBlocks.walk(
            Jsoup.parseBodyFragment(html.toString()).body(),
            b -> {
              if (b instanceof HtmlBlocks.Block.Text t) {
                blocks.add(clean(t.text()));
              }
            });
      } else {
        Matcher item = LIST_ITEM.matcher(raw);
        boolean isItem = item.matches();
        StringBuilder block = new StringBuilder(isItem ? item.group(2) : raw);
        i++;
        while (i < body.size()) {
          String l = body.get(i).text();
          if (l.isBlank()
              || HEADING.matcher(l).matches()
              || LIST_ITEM.matcher(l).matches()
              || HTML_START.matcher(l.strip()).find()) {
            break;
          }
          block.append(' ').append(l.strip());
          i++;
        }
        blocks.add(clean(block.toString()));
      }
      String section = headings[2] == null ? "" : headings[2].toLowerCase(Locale.ROOT);
      if (section.equals("guideline developer(s)")) {
        blocks.forEach(b -> developers.add(ORG_TYPE.matcher(b).replaceFirst("").strip()));
      } else if (section.equals("date released")) {
        released.addAll(blocks);
      } else if (section.equals("disease/condition(s)") && headings[3] == null) {
        blocks.forEach(b -> topics.add(b.replaceFirst("\\.$", "")));
      }
      if (!metadata) {
        String group = innermost(headings);
        SectionKind kind = kindOf(group);
        blocks.stream()
            .filter(b -> !NO_CONTENT.matcher(b).matches())
            .forEach(b -> text.passage(kind, group, b));
      }
    }
    if (!text.hasPassages()) {
      throw malformed(file, 0, "the document has no text outside its front matter");
    }
    String publisher =
        developers.isEmpty()
            ? (prefix.equals("ngc:") ? "National Guideline Clearinghouse (AHRQ)" : "")
            : String.join("; ", new LinkedHashSet<>(developers));
    Source source =
        new Source(
            id,
            ReferenceKind.GUIDELINE,
            clean(title),
            publisher,
            year(fm, released),
            null,
            null,
            null,
            List.copyOf(topics),
            List.of(),
            null,
            text.text());
    return new Document(source, text.passages(), Hashes.sha256(content));
  }

  /** Lines with their numbers; an HTML block glued to the next heading is split from it. */
  private static List<Line> lines(String content) {
    List<Line> out = new ArrayList<>();
    List<String> raw = content.replace("\r\n", "\n").lines().toList();
    for (int n = 0; n < raw.size(); n++) {
      for (String part : GLUED_HEADING.matcher(raw.get(n)).replaceAll("$1\n$2").split("\n", -1)) {
        out.add(new Line(n + 1, part));
      }
    }
    return out;
  }

  private static int frontMatterEnd(String file, List<Line> lines) {
    if (lines.isEmpty() || !lines.getFirst().text().strip().equals("---")) {
      throw malformed(file, 1, "a guideline document must start with '---' front matter");
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).text().strip().equals("---")) {
        return i;
      }
    }
    throw malformed(file, 1, "front matter opened with '---' is never closed");
  }

  private static JsonNode frontMatter(String file, List<Line> lines) {
    StringBuilder yaml = new StringBuilder();
    lines.forEach(l -> yaml.append(l.text()).append('\n'));
    try {
      JsonNode node = YAML.readTree(yaml.toString());
      if (node == null || !node.isObject()) {
        throw malformed(file, 2, "front matter must be a YAML mapping");
      }
      return node;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 2 : e.getLocation().getLineNr() + 1;
      throw malformed(file, line, "front matter is not valid YAML: " + e.getOriginalMessage());
    }
  }

  private static @Nullable Integer year(JsonNode fm, List<String> released) {
    if (fm.path("year").canConvertToInt()) {
      return fm.path("year").asInt();
    }
    // "2003 (revised 2013)": the latest year named is the version this summary describes
    Integer latest = null;
    for (String r : released) {
      Matcher m = YEAR.matcher(r);
      while (m.find()) {
        int y = Integer.parseInt(m.group());
        latest = latest == null ? y : Math.max(latest, y);
      }
    }
    return latest;
  }

  private static @Nullable String innermost(@Nullable String[] headings) {
    for (int l = headings.length - 1; l > 0; l--) {
      if (headings[l] != null) {
        return headings[l];
      }
    }
    return null;
  }

  static SectionKind kindOf(@Nullable String heading) {
    if (heading == null) {
      return SectionKind.OTHER;
    }
    String h = heading.toLowerCase(Locale.ROOT).replaceFirst("^[a-z0-9]{1,3}[.)]\\s+", "");
    for (Map.Entry<String, SectionKind> e : KIND_BY_HEADING_START.entrySet()) {
      if (h.startsWith(e.getKey())) {
        return e.getValue();
      }
    }
    return SectionKind.OTHER;
  }

  /** Markdown and inline HTML reduced to the plain text a reader sees. */
  static String clean(String markdown) {
    String s = LINK.matcher(markdown).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
    s = TAG.matcher(s).replaceAll(" ");
    s = STRONG.matcher(s).replaceAll("");
    s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
    s = ESCAPE.matcher(s).replaceAll("$1");
    s = Parser.unescapeEntities(s, false);
    s = SourceText.normalise(s);
    // "( Strong For; Amended )" and "(CMIF) ." left behind by removed emphasis
    s =
        s.replaceAll("\\(\\s+", "(")
            .replaceAll("\\s+\\)", ")")
            .replaceAll("\\s+([,;:]|\\.(?!\\d))", "$1");
    return s;
  }

  /** "Title ##" as ATX headings may close: the text without the closing hashes. */
  static String withoutClosingHashes(String heading) {
    String t = heading.strip();
    int end = t.length();
    while (end > 0 && t.charAt(end - 1) == '#') {
      end--;
    }
    return t.substring(0, end).strip();
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static MalformedInputException malformed(String file, int line, String message) {
    return new MalformedInputException(List.of(new Problem(file, line, message)));
  }
}
