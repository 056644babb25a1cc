package org.galen.ingest.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.Qualifier;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.galen.ingest.MalformedInputException;
import org.galen.ingest.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Galen practice summary (see {@code docs/practice-summaries.md}) into a source whose text
 * holds every bullet verbatim, and one passage per bullet.
 *
 * <p>The parser is strict: any structural problem (front matter, unknown heading, bullet without a
 * basis) rejects the whole file with every problem listed by line, so a broken file never reaches
 * the index half-read.
 */
public final class SummaryParser {
  static final String PUBLISHER = "Galen practice summaries";
  static final String REVIEW_STATUS = "submitted";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern CONCEPT = Pattern.compile("[A-Z]+:[A-Za-z0-9_.-]+");
  private static final Pattern BASIS = Pattern.compile("\\(([^()]+)\\)\\.?\\s*$");
  private static final Set<String> GUIDELINE_TYPES =
      Set.of("guideline", "systematic_review", "rct", "review", "observational");
  private static final YAMLMapper YAML = new YAMLMapper();

  /** The front matter, the summary's body lines and the line number where the body starts. */
  private record Split(String frontMatter, List<String> body, int bodyFirstLine) {}

  /** One cited guideline or study, from the front matter. */
  record Guideline(String cite, String body, String title, int year, String type) {
    String line() {
      return body + ". " + title + ". " + year + ".";
    }
  }

  public Document parse(String file, String content) {
    List<Problem> problems = new ArrayList<>();
    Split split = split(file, content, problems);
    if (split == null) {
      throw new MalformedInputException(problems);
    }
    JsonNode fm = frontMatter(file, split.frontMatter(), problems);
    if (fm == null) {
      throw new MalformedInputException(problems);
    }
    String id = text(fm, "id");
    String title = text(fm, "title");
    requireField(file, fm, "id", problems);
    requireField(file, fm, "title", problems);
    requireField(file, fm, "year", problems);
    requireField(file, fm, "reviewed", problems);
    if (!id.isEmpty() && !ID.matcher(id).matches()) {
      problems.add(new Problem(file, 2, "id '" + id + "' must be lowercase words joined by '-'"));
    }
    String fileName = file.replace('\\', '/');
    fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
    if (!id.isEmpty() && !fileName.equals(id + ".md")) {
      problems.add(
          new Problem(file, 2, "id '" + id + "' does not match the file name " + fileName));
    }
    if (!"practice_summary".equals(text(fm, "kind"))) {
      problems.add(new Problem(file, 2, "kind must be practice_summary"));
    }
    int year = fm.path("year").asInt(0);
    if (fm.has("year") && (year < 1990 || year > 2100)) {
      problems.add(new Problem(file, 2, "year must be a four-digit year, was " + fm.get("year")));
    }
    if (fm.has("reviewed")) {
      try {
        LocalDate.parse(text(fm, "reviewed"));
      } catch (DateTimeParseException e) {
        problems.add(new Problem(file, 2, "reviewed must be a date YYYY-MM-DD"));
      }
    }
    List<String> topics = new ArrayList<>();
    fm.path("topics").forEach(t -> topics.add(t.asText().strip()));
    if (topics.isEmpty()) {
      problems.add(new Problem(file, 2, "topics must list the names of the topic"));
    }
    List<String> concepts = new ArrayList<>();
    fm.path("concepts").forEach(c -> concepts.add(c.asText().strip()));
    for (String c : concepts) {
      if (!CONCEPT.matcher(c).matches()) {
        problems.add(
            new Problem(file, 2, "concepts: '" + c + "' is not a concept id like DOID:10825"));
      }
    }
    List<Guideline> guidelines = guidelines(file, fm, problems);
    Set<String> cites = new HashSet<>();
    guidelines.forEach(g -> cites.add(g.cite()));

    String sourceId = "summary:" + id;
    StringBuilder text = new StringBuilder(title).append("\n\n");
    List<Passage> passages = new ArrayList<>();
    Heading heading = null;
    boolean patients = false;
    Set<String> seen = new LinkedHashSet<>();
    List<String> body = split.body();
    for (int i = 0; i < body.size(); i++) {
      int line = split.bodyFirstLine() + i;
      String raw = body.get(i);
      if (raw.isBlank() || (raw.startsWith("# ") && heading == null)) {
        continue;
      }
      if (raw.startsWith("## ") || raw.startsWith("### ")) {
        boolean sub = raw.startsWith("### ");
        String headingText = raw.substring(sub ? 4 : 3).strip();
        Heading h = Heading.parse(headingText).orElse(null);
        if (h == null) {
          problems.add(
              new Problem(
                  file,
                  line,
                  "unknown heading '" + headingText + "'; use one of: " + Heading.known()));
          continue;
        }
        if (sub && (!patients || h.isForPatients())) {
          problems.add(
              new Problem(file, line, "'### " + headingText + "' belongs under '## For patients'"));
          continue;
        }
        if (!sub) {
          patients = h.isForPatients();
          seen.add(h.name());
        }
        heading = h;
        text.append(headingText).append('\n');
        continue;
      }
      if (!raw.startsWith("- ")) {
        problems.add(new Problem(file, line, "text outside a '- ' bullet: " + abbreviate(raw)));
        continue;
      }
      if (heading == null || heading.isForPatients()) {
        problems.add(new Problem(file, line, "bullet before any section heading"));
        continue;
      }
      String bullet = raw.substring(2).strip();
      List<Qualifier> applies = List.of();
      // continuation lines, indented, belong to the same bullet; "applies:" says whom it is for
      while (i + 1 < body.size()
          && body.get(i + 1).startsWith("  ")
          && !body.get(i + 1).isBlank()) {
        String next = body.get(++i).strip();
        if (next.startsWith(APPLIES)) {
          if (!applies.isEmpty()) {
            problems.add(new Problem(file, line + 1, "a bullet has one 'applies:' line"));
          }
          applies = qualifiers(file, split.bodyFirstLine() + i, next, problems);
        } else if (!applies.isEmpty()) {
          problems.add(new Problem(file, split.bodyFirstLine() + i, "'applies:' ends its bullet"));
        } else {
          bullet = bullet + " " + next;
        }
      }
      if (bullet.isEmpty()) {
        problems.add(new Problem(file, line, "empty bullet"));
        continue;
      }
      checkBullet(file, line, bullet, cites, problems);
      int start = text.length();
      text.append(bullet);
      int end = text.length();
      text.append('\n');
      SectionKind kind = heading.kind() == null ? SectionKind.OTHER : heading.kind();
      passages.add(
          new Passage(
              sourceId,
              passages.size(),
              kind,
              heading.group(),
              patients ? Audience.PATIENT : Audience.CLINICIAN,
              heading.isBottomLine(),
              bullet,
              start,
              end,
              applies));
    }
    for (String required :
        List.of("bottom line", "first line", "critical pitfalls", "red flags", "for patients")) {
      if (!seen.contains(required)) {
        problems.add(
            new Problem(file, 0, "missing required section '## " + capitalise(required) + "'"));
      }
    }
    if (passages.stream().noneMatch(p -> p.audience() == Audience.PATIENT)) {
      problems.add(new Problem(file, 0, "'## For patients' has no bullets"));
    }
    if (!problems.isEmpty()) {
      throw new MalformedInputException(problems);
    }
    text.append("\nBased on\n");
    for (Guideline g : guidelines) {
      text.append(g.line()).append('\n');
    }
    Source source =
        new Source(
            sourceId,
            ReferenceKind.PRACTICE_SUMMARY,
            title,
            PUBLISHER,
            year,
            null,
            null,
            null,
            topics,
            guidelines.stream().map(Guideline::line).toList(),
            REVIEW_STATUS,
            text.toString());
    source = source.withConcepts(concepts);
    return new Document(source, passages, Hashes.sha256(content));
  }

  private static final String APPLIES = "applies:";

  /** The qualifiers of an {@code applies:} line; a bad clause is reported with its line. */
  private static List<Qualifier> qualifiers(
      String file, int line, String text, List<Problem> problems) {
    try {
      List<Qualifier> qs = Qualifier.parseAll(text.substring(APPLIES.length()));
      for (Qualifier a : qs) {
        for (Qualifier b : qs) {
          if (a != b
              && a.kind() == b.kind()
              && a.value().equals(b.value())
              && a.negated() != b.negated()) {
            problems.add(new Problem(file, line, "applies: both '" + a + "' and '" + b + "'"));
            return List.of();
          }
        }
      }
      return qs;
    } catch (GalenException e) {
      problems.add(new Problem(file, line, String.valueOf(e.getMessage())));
      return List.of();
    }
  }

  private static @Nullable Split split(String file, String content, List<Problem> problems) {
    List<String> lines = content.replace("\r\n", "\n").lines().toList();
    if (lines.isEmpty() || !lines.getFirst().strip().equals("---")) {
      problems.add(new Problem(file, 1, "a practice summary must start with '---' front matter"));
      return null;
    }
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).strip().equals("---")) {
        return new Split(
            String.join("\n", lines.subList(1, i)), lines.subList(i + 1, lines.size()), i + 2);
      }
    }
    problems.add(new Problem(file, 1, "front matter opened with '---' is never closed"));
    return null;
  }

  private static @Nullable JsonNode frontMatter(String file, String yaml, List<Problem> problems) {
    try {
      JsonNode node = YAML.readTree(yaml);
      if (node == null || !node.isObject()) {
        problems.add(new Problem(file, 2, "front matter must be a YAML mapping"));
        return null;
      }
      return node;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 2 : e.getLocation().getLineNr() + 1;
      problems.add(
          new Problem(file, line, "front matter is not valid YAML: " + e.getOriginalMessage()));
      return null;
    }
  }

  private static List<Guideline> guidelines(String file, JsonNode fm, List<Problem> problems) {
    List<Guideline> out = new ArrayList<>();
    JsonNode list = fm.path("guidelines");
    if (!list.isArray() || list.isEmpty()) {
      problems.add(new Problem(file, 2, "guidelines must list what the summary condenses"));
      return out;
    }
    Set<String> cites = new HashSet<>();
    for (JsonNode g : list) {
      String cite = text(g, "cite");
      for (String field : List.of("cite", "body", "title", "year", "type")) {
        if (text(g, field).isEmpty()) {
          problems.add(new Problem(file, 2, "guideline '" + cite + "' lacks " + field));
        }
      }
      if (!text(g, "type").isEmpty() && !GUIDELINE_TYPES.contains(text(g, "type"))) {
        problems.add(
            new Problem(
                file,
                2,
                "guideline '"
                    + cite
                    + "' has type '"
                    + text(g, "type")
                    + "'; use one of "
                    + GUIDELINE_TYPES));
      }
      if (!cite.isEmpty() && !cites.add(cite)) {
        problems.add(new Problem(file, 2, "guideline cite '" + cite + "' is listed twice"));
      }
      out.add(
          new Guideline(
              cite, text(g, "body"), text(g, "title"), g.path("year").asInt(0), text(g, "type")));
    }
    return out;
  }

  private static void checkBullet(
      String file, int line, String bullet, Set<String> cites, List<Problem> problems) {
    if (bullet.contains("**") || bullet.contains("](")) {
      problems.add(new Problem(file, line, "markup inside a bullet; write plain text"));
    }
    Matcher m = BASIS.matcher(bullet);
    if (!m.find()) {
      problems.add(new Problem(file, line, "bullet has no basis such as '(NICE 2022)' at its end"));
      return;
    }
    for (String cite : m.group(1).split(";")) {
      if (!cites.contains(cite.strip())) {
        problems.add(
            new Problem(
                file, line, "basis '" + cite.strip() + "' is not a cite listed under guidelines"));
      }
    }
  }

  private static void requireField(String file, JsonNode fm, String field, List<Problem> problems) {
    if (text(fm, field).isEmpty()) {
      problems.add(new Problem(file, 2, "front matter lacks '" + field + "'"));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  private static String capitalise(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
