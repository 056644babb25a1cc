package org.galen.ingest.pubmedqa;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
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
 * Reads PubMedQA's {@code ori_pqal.json}: one JSON object mapping each PMID to an abstract split
 * into labelled contexts (BACKGROUND, METHODS, RESULTS…), its MeSH terms, year, an expert question
 * and the long answer. The file is streamed record by record, so memory stays bounded by the
 * largest record, not the file.
 *
 * <p>Each record becomes a research source {@code pmid:<PMID>}: one passage per context with its
 * label as group, then the long answer as the CONCLUSIONS passage, because PubMedQA's long answer
 * is the conclusion section of the same abstract (the dataset holds it out of the contexts). MeSH
 * terms become topics. The kind is {@code other}: the file carries no publication types, and MeSH
 * terms such as "Randomized Controlled Trials as Topic" describe a subject, not the study design.
 */
public final class PubMedQaReader implements SourceReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  @Override
  public String name() {
    return "pubmedqa";
  }

  @Override
  public boolean accepts(Path file, byte[] head) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String start = new String(head, StandardCharsets.UTF_8);
    return name.endsWith(".json") && start.contains("\"CONTEXTS\"");
  }

  @Override
  public void read(Path file, Consumer<Parsed> sink) throws IOException {
    String name = file.toString();
    try (InputStream in = Files.newInputStream(file);
        JsonParser json = FACTORY.createParser(in)) {
      JsonToken first = json.nextToken();
      if (first == null) {
        throw malformed(name, 0, "empty file");
      }
      if (first != JsonToken.START_OBJECT) {
        throw malformed(name, line(json.currentLocation()), "expected a JSON object keyed by PMID");
      }
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String pmid = json.currentName();
        int line = line(json.currentLocation());
        json.nextToken();
        JsonNode record = JSON.readTree(json);
        sink.accept(record(name, line, pmid, record));
      }
      if (json.currentToken() != JsonToken.END_OBJECT) {
        throw malformed(name, line(json.currentLocation()), "unexpected " + json.currentToken());
      }
    } catch (JsonProcessingException e) {
      // records already handed to the sink stay valid; the rest of the file cannot be located
      throw malformed(name, line(e.getLocation()), "not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** One record into a document, or a skipped record naming what is missing. */
  static Parsed record(String file, int line, String pmid, JsonNode r) {
    if (!pmid.matches("[1-9][0-9]{0,9}")) {
      return skipped(file, line, "key '" + pmid + "' is not a PMID");
    }
    if (!r.isObject()) {
      return skipped(file, line, "record " + pmid + " is not an object");
    }
    JsonNode contexts = r.path("CONTEXTS");
    JsonNode labels = r.path("LABELS");
    if (!contexts.isArray() || contexts.isEmpty()) {
      return skipped(file, line, "record " + pmid + " has no CONTEXTS");
    }
    if (labels.isArray() && labels.size() != contexts.size()) {
      return skipped(
          file,
          line,
          "record "
              + pmid
              + " has "
              + contexts.size()
              + " CONTEXTS but "
              + labels.size()
              + " LABELS");
    }
    String question = r.path("QUESTION").asText("").strip();
    String id = "pmid:" + pmid;
    // PubMedQA keeps no article titles; the question (written from the title by the dataset's
    // authors) is the best name it offers, so it stands as the title
    String title = question.isEmpty() ? "PubMed abstract " + pmid : question;
    SourceText text = new SourceText(id).line(title);
    for (int i = 0; i < contexts.size(); i++) {
      String label = labels.path(i).asText("").strip();
      text.passage(SectionKind.OTHER, label.isEmpty() ? null : label, contexts.get(i).asText(""));
    }
    text.passage(SectionKind.OTHER, "CONCLUSIONS", r.path("LONG_ANSWER").asText(""));
    if (!text.hasPassages()) {
      return skipped(file, line, "record " + pmid + " has only empty CONTEXTS");
    }
    List<String> mesh = new ArrayList<>();
    r.path("MESHES").forEach(m -> mesh.add(m.asText().strip()));
    Source source =
        new Source(
            id,
            ReferenceKind.OTHER,
            title,
            "PubMed (PubMedQA)",
            year(r.path("YEAR")),
            "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/",
            pmid,
            null,
            mesh,
            List.of(),
            null,
            text.text());
    return new Parsed.Ok(new Document(source, text.passages(), Hashes.sha256(r.toString())));
  }

  private static @Nullable Integer year(JsonNode year) {
    String y = year.asText("").strip();
    return y.matches("(19|20)\\d{2}") ? Integer.valueOf(y) : null;
  }

  private static int line(@Nullable JsonLocation location) {
    return location == null ? 0 : Math.max(0, location.getLineNr());
  }

  private static Parsed skipped(String file, int line, String message) {
    return new Parsed.Skipped(new Problem(file, line, message));
  }

  private static MalformedInputException malformed(String file, int line, String message) {
    return new MalformedInputException(List.of(new Problem(file, line, message)));
  }
}
