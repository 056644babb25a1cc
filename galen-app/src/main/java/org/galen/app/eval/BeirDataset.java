package org.galen.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;

/**
 * A retrieval test set in BEIR layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code
 * text}), {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/test.tsv} ({@code
 * query-id corpus-id score} after a header line; score 0 means judged not relevant).
 *
 * @param queries query id to text, for the queries that have at least one relevant document
 * @param qrels query id to corpus id to graded relevance
 */
public record BeirDataset(
    String name, Path dir, Map<String, String> queries, Map<String, Map<String, Integer>> qrels) {
  static final String ID_PREFIX = "beir:";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Reads the queries and judgments of the set in {@code dir}; the corpus is streamed later. */
  public static BeirDataset read(Path dir) {
    for (String f : List.of("corpus.jsonl", "queries.jsonl")) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        throw new GalenException(dir + " is not a BEIR set: it has no " + f);
      }
    }
    Path qrelsFile = qrelsFile(dir);
    Map<String, Map<String, Integer>> qrels = new LinkedHashMap<>();
    List<String> lines = lines(qrelsFile);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 3) {
        throw new GalenException(
            qrelsFile + " line " + (i + 1) + ": expected 'query-id<TAB>corpus-id<TAB>score'");
      }
      int score;
      try {
        score = Integer.parseInt(parts[2].strip());
      } catch (NumberFormatException e) {
        throw new GalenException(
            qrelsFile + " line " + (i + 1) + ": score '" + parts[2] + "' is not a number");
      }
      qrels
          .computeIfAbsent(parts[0].strip(), k -> new LinkedHashMap<>())
          .put(parts[1].strip(), score);
    }
    Map<String, String> queries = new LinkedHashMap<>();
    Path queriesFile = dir.resolve("queries.jsonl");
    jsonLines(
        queriesFile,
        (n, node) -> {
          String id = text(node, "_id", queriesFile, n);
          boolean judged = qrels.getOrDefault(id, Map.of()).values().stream().anyMatch(s -> s > 0);
          if (judged) {
            queries.put(id, text(node, "text", queriesFile, n));
          }
        });
    if (queries.isEmpty()) {
      throw new GalenException(dir + ": no query has a relevant document in " + qrelsFile);
    }
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return new BeirDataset(name == null ? dir.toString() : name.toString(), dir, queries, qrels);
  }

  private static Path qrelsFile(Path dir) {
    Path test = dir.resolve("qrels/test.tsv");
    if (Files.isRegularFile(test)) {
      return test;
    }
    try (Stream<Path> files = Files.list(dir.resolve("qrels"))) {
      return files
          .filter(f -> f.toString().endsWith(".tsv"))
          .sorted()
          .findFirst()
          .orElseThrow(() -> new GalenException(dir + "/qrels holds no .tsv judgments"));
    } catch (IOException e) {
      throw new GalenException(dir + " is not a BEIR set: it has no qrels/test.tsv", e);
    }
  }

  /**
   * Streams the corpus as one-passage documents (title as the source title, text as its passage). A
   * document id seen before is skipped and counted: MedQuAD holds a few documents twice.
   *
   * @return how many duplicate documents were skipped
   */
  public int corpus(Consumer<Document> sink) {
    Path file = dir.resolve("corpus.jsonl");
    java.util.Set<String> seen = new java.util.HashSet<>();
    int[] duplicates = {0};
    jsonLines(
        file,
        (n, node) -> {
          String id = text(node, "_id", file, n);
          if (!seen.add(id)) {
            duplicates[0]++;
            return;
          }
          JsonNode t = node.get("title");
          String title = t == null || t.isNull() ? "" : t.asText().strip();
          String body = text(node, "text", file, n).strip();
          if (body.isEmpty()) {
            body = title;
          }
          if (body.isEmpty()) {
            throw new GalenException(file + " line " + n + ": document " + id + " has no text");
          }
          sink.accept(document(id, title, body));
        });
    return duplicates[0];
  }

  static Document document(String id, String title, String text) {
    String sourceId = ID_PREFIX + id;
    Source source =
        new Source(
            sourceId,
            ReferenceKind.OTHER,
            title.isEmpty() ? id : title,
            "BEIR corpus",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            text);
    Passage passage =
        new Passage(sourceId, 0, SectionKind.OTHER, null, null, false, text, 0, text.length());
    return new Document(source, List.of(passage), Hashes.sha256(title + "\u0000" + text));
  }

  /** The corpus id of a source read from this set. */
  static String corpusId(String sourceId) {
    return sourceId.startsWith(ID_PREFIX) ? sourceId.substring(ID_PREFIX.length()) : sourceId;
  }

  private interface LineSink {
    void accept(int lineNumber, JsonNode node);
  }

  private static void jsonLines(Path file, LineSink sink) {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new GalenException(file + " line " + n + ": not JSON: " + e.getMessage(), e);
        }
        sink.accept(n, node);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String text(JsonNode node, String field, Path file, int line) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull() || !v.isValueNode()) {
      throw new GalenException(file + " line " + line + ": missing \"" + field + "\"");
    }
    return v.asText();
  }

  private static List<String> lines(Path file) {
    try {
      return new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new GalenException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
