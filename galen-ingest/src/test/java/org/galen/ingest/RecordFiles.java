package org.galen.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds test files from the real fixtures: huge ones (the fixture's records repeated under
 * distinct ids) and ones holding the same id twice (the second copy changed, carrying {@link
 * #REVISED}). The ids made up for the copies are test ids, not real PMIDs.
 */
public final class RecordFiles {
  /** The mark the second copy of a duplicated record carries in its title or question. */
  public static final String REVISED = "REVISEDCOPY";

  /** Ids given to generated copies start here, far above any PMID in use. */
  private static final long FIRST_ID = 9_000_000_000L;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CITATION =
      Pattern.compile("(?s)<MedlineCitation[ >].*?</MedlineCitation>");
  private static final Pattern PMID = Pattern.compile("<PMID Version=\"(\\d+)\">\\d+</PMID>");
  private static final Pattern QA_PAIR = Pattern.compile("(?s)<QAPair pid=\"\\d+\">.*?</QAPair>");

  private RecordFiles() {}

  /** A generated file and the number of records written to it. */
  public record Generated(Path file, int records) {}

  /** A generated file holding {@code id} twice, the second copy marked {@link #REVISED}. */
  public record Duplicated(Path file, String id) {}

  /** A file under galen-ingest's {@code src/test/resources}, from any module of the checkout. */
  public static Path fixture(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("galen-ingest/src/test/resources").resolve(relative);
  }

  // --- PubMed / MEDLINE XML

  private static final String PUBMED = "pubmed/medsamp2014-excerpt.xml";

  /** {@code records} MEDLINE citations: the fixture's repeated with distinct PMIDs. */
  public static Generated pubmedHuge(Path dir, int records) throws IOException {
    String xml = Files.readString(fixture(PUBMED));
    List<String> citations = matches(CITATION, xml);
    Path out = dir.resolve("huge-medline.xml");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(xml, 0, head(CITATION, xml));
      for (int i = 0; i < records; i++) {
        w.write(withPmid(citations.get(i % citations.size()), FIRST_ID + i));
        w.write("\n");
      }
      w.write("</MedlineCitationSet>\n");
    }
    return new Generated(out, records);
  }

  /** The fixture's first citation twice under one PMID, the second with a changed title. */
  public static Duplicated pubmedDuplicate(Path dir) throws IOException {
    String xml = Files.readString(fixture(PUBMED));
    String citation = matches(CITATION, xml).getFirst();
    String revised = citation.replaceFirst("<ArticleTitle>", "<ArticleTitle>" + REVISED + " ");
    Path out = dir.resolve("duplicate-medline.xml");
    Files.writeString(
        out,
        xml.substring(0, head(CITATION, xml))
            + withPmid(citation, FIRST_ID)
            + "\n"
            + withPmid(revised, FIRST_ID)
            + "\n</MedlineCitationSet>\n");
    return new Duplicated(out, "pmid:" + FIRST_ID);
  }

  private static String withPmid(String citation, long pmid) {
    Matcher m = PMID.matcher(citation);
    if (!m.find()) {
      throw new IllegalStateException("a citation without a PMID in " + PUBMED);
    }
    return citation.substring(0, m.start())
        + "<PMID Version=\""
        + m.group(1)
        + "\">"
        + pmid
        + "</PMID>"
        + citation.substring(m.end());
  }

  // --- MedQuAD

  private static final String MEDQUAD = "medquad/1_CancerGov_QA/0000013_2.xml";

  /**
   * One MedQuAD document of {@code records} answers: the fixture's, repeated with distinct pids.
   */
  public static Generated medquadHuge(Path dir, int records) throws IOException {
    String xml = Files.readString(fixture(MEDQUAD));
    List<String> pairs = matches(QA_PAIR, xml);
    Path out = dir.resolve("0000013_2.xml");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write(xml, 0, head(QA_PAIR, xml));
      for (int i = 0; i < records; i++) {
        w.write(withPid(pairs.get(i % pairs.size()), i + 1));
        w.write("\n");
      }
      w.write(xml.substring(xml.lastIndexOf("</QAPair>") + "</QAPair>".length()));
    }
    return new Generated(out, records);
  }

  /** The fixture's first answer twice under one pid, the second with a changed question. */
  public static Duplicated medquadDuplicate(Path dir) throws IOException {
    String xml = Files.readString(fixture(MEDQUAD));
    String pair = matches(QA_PAIR, xml).getFirst();
    String revised = pair.replaceFirst("(<Question[^>]*>)", "$1" + REVISED + " ");
    Path out = dir.resolve("0000013_2.xml");
    Files.writeString(
        out,
        xml.substring(0, head(QA_PAIR, xml))
            + pair
            + "\n"
            + revised
            + xml.substring(xml.lastIndexOf("</QAPair>") + "</QAPair>".length()));
    return new Duplicated(out, "medquad:CancerGov_0000013_2_Sec1");
  }

  private static String withPid(String pair, int pid) {
    return pair.replaceFirst("<QAPair pid=\"\\d+\">", "<QAPair pid=\"" + pid + "\">");
  }

  // --- PubMedQA

  private static final String PUBMEDQA = "pubmedqa/pubmedqa-3.json";

  /** {@code records} PubMedQA records: the fixture's, repeated under distinct keys. */
  public static Generated pubmedQaHuge(Path dir, int records) throws IOException {
    List<JsonNode> recs = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it =
            JSON.readTree(fixture(PUBMEDQA).toFile()).fields();
        it.hasNext(); ) {
      recs.add(it.next().getValue());
    }
    Path out = dir.resolve("pubmedqa-huge.json");
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("{\n");
      for (int i = 0; i < records; i++) {
        w.write((i == 0 ? "" : ",\n") + "\"" + (FIRST_ID + i) + "\": ");
        w.write(JSON.writeValueAsString(recs.get(i % recs.size())));
      }
      w.write("\n}\n");
    }
    return new Generated(out, records);
  }

  /** The fixture's first record twice under one key, the second with a changed question. */
  public static Duplicated pubmedQaDuplicate(Path dir) throws IOException {
    JsonNode first = JSON.readTree(fixture(PUBMEDQA).toFile()).elements().next();
    ObjectNode revised = first.deepCopy();
    revised.put("QUESTION", REVISED + " " + first.path("QUESTION").asText());
    Path out = dir.resolve("pubmedqa-duplicate.json");
    Files.writeString(
        out,
        "{\"%d\": %s,\n\"%d\": %s}\n"
            .formatted(
                FIRST_ID,
                JSON.writeValueAsString(first),
                FIRST_ID,
                JSON.writeValueAsString(revised)));
    return new Duplicated(out, "pmid:" + FIRST_ID);
  }

  /** Where the first record starts: everything before it is the file's head. */
  private static int head(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("no records matching " + p + " in the fixture");
    }
    return m.start();
  }

  private static List<String> matches(Pattern p, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    if (out.isEmpty()) {
      throw new IllegalStateException("no records matching " + p + " in the fixture");
    }
    return out;
  }
}
