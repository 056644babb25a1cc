package org.galen.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.index.Embedder;
import org.galen.index.EmbeddingRecord;
import org.galen.index.Fields;
import org.galen.index.LibraryWriter;
import org.galen.ingest.Document;
import org.galen.ingest.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * Writes sources and passages to the cluster in bulk requests. A bulk item the cluster acknowledged
 * is on every in-sync copy of its shard with its translog synced (OpenSearch's default request
 * durability), so losing a node loses no acknowledged document; an item it rejected fails the
 * ingest with the source it belonged to. A source's passages are written before the source record
 * that carries its hash, so an ingest cut short is redone for that source, never skipped as
 * unchanged. Unlike the Lucene writer there is no rollback: acknowledged writes stay, and {@link
 * #commit} makes them visible at once (the cluster also shows them within its refresh interval).
 */
final class OpenSearchWriter implements LibraryWriter {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private final OpenSearchLibrary library;
  private final OpenSearchConfig config;
  private final Http http;
  private final @Nullable Embedder embedder;
  private final Map<String, float[]> vectors = new HashMap<>();
  private long embedded;
  private long reused;

  OpenSearchWriter(OpenSearchLibrary library, @Nullable Embedder embedder) {
    this.library = library;
    this.config = library.config();
    this.http = library.http();
    this.embedder = embedder;
  }

  /** One bulk action and the source it writes, to name it when the cluster rejects it. */
  private record Action(String sourceId, String meta, String doc) {}

  @Override
  public List<Outcome> upsertAll(List<Document> docs) {
    Map<String, JsonNode> stored =
        library.multiGet(
            config.sources(), docs.stream().map(d -> d.source().id()).distinct().toList(), null);
    List<Outcome> outcomes = new ArrayList<>(docs.size());
    List<Document> changed = new ArrayList<>();
    List<Document> updated = new ArrayList<>();
    for (Document doc : docs) {
      JsonNode previous = stored.get(doc.source().id());
      if (previous != null && previous.path(Fields.HASH).asText().equals(doc.contentHash())) {
        outcomes.add(Outcome.UNCHANGED);
      } else {
        outcomes.add(previous == null ? Outcome.ADDED : Outcome.UPDATED);
        changed.add(doc);
        if (previous != null) {
          updated.add(doc);
        }
      }
    }
    if (changed.isEmpty()) {
      return outcomes;
    }
    Map<String, String> keys = embed(changed);
    List<Action> passages = new ArrayList<>();
    List<Action> sources = new ArrayList<>();
    for (Document doc : changed) {
      for (Passage p : doc.passages()) {
        String key = keys.get(p.id());
        float[] vector = key == null ? null : vectors.get(key);
        passages.add(
            index(
                config.passages(),
                p.id(),
                doc.source().id(),
                Docs.passage(library.analyzer(), doc.source(), p, key, vector)));
      }
      sources.add(
          index(
              config.sources(),
              doc.source().id(),
              doc.source().id(),
              Docs.source(doc.source(), doc.contentHash())));
    }
    bulk(passages);
    for (Document doc : updated) {
      removeStalePassages(doc);
    }
    bulk(sources);
    library.changed();
    return outcomes;
  }

  /** Vector key of each passage (by passage id) of the documents, embedding those not seen yet. */
  private Map<String, String> embed(List<Document> docs) {
    Map<String, String> keys = new HashMap<>();
    if (embedder == null) {
      return keys;
    }
    Map<String, String> missing = new LinkedHashMap<>();
    for (Document doc : docs) {
      for (Passage p : doc.passages()) {
        String input = Embedder.input(doc.source(), p);
        String key = Hashes.sha256(embedder.model() + "\u0000" + input);
        keys.put(p.id(), key);
        if (vectors.containsKey(key) || missing.containsKey(key)) {
          reused++;
        } else {
          missing.put(key, input);
        }
      }
    }
    List<String> missingKeys = new ArrayList<>(missing.keySet());
    List<float[]> computed = embedder.embedPassages(new ArrayList<>(missing.values()));
    for (int i = 0; i < missingKeys.size(); i++) {
      vectors.put(missingKeys.get(i), computed.get(i));
    }
    embedded += missingKeys.size();
    return keys;
  }

  private static Action index(String index, String id, String sourceId, ObjectNode doc) {
    ObjectNode meta = F.objectNode();
    meta.putObject("index").put("_index", index).put("_id", id);
    try {
      return new Action(
          sourceId, Http.JSON.writeValueAsString(meta), Http.JSON.writeValueAsString(doc));
    } catch (IOException e) {
      throw new GalenException("cannot write source " + sourceId + " as JSON: " + e, e);
    }
  }

  /** Sends actions in bulks of the configured size; fails naming every rejected source. */
  private void bulk(List<Action> actions) {
    for (int from = 0; from < actions.size(); from += config.bulkSize()) {
      List<Action> chunk =
          actions.subList(from, Math.min(actions.size(), from + config.bulkSize()));
      StringBuilder ndjson = new StringBuilder();
      for (Action a : chunk) {
        ndjson.append(a.meta).append('\n').append(a.doc).append('\n');
      }
      JsonNode r =
          http.sendNdjson(
              "/_bulk?timeout=" + config.timeout().toSeconds() + "s", ndjson.toString());
      if (!r.path("errors").asBoolean()) {
        continue;
      }
      List<String> failures = new ArrayList<>();
      int i = 0;
      for (JsonNode item : r.path("items")) {
        JsonNode result = item.elements().hasNext() ? item.elements().next() : F.objectNode();
        if (result.path("status").asInt() / 100 != 2) {
          failures.add(
              "source "
                  + chunk.get(i).sourceId
                  + " ("
                  + result.path("_index").asText()
                  + "/"
                  + result.path("_id").asText()
                  + "): "
                  + Http.reason(result));
        }
        i++;
      }
      throw new GalenException(
          "OpenSearch rejected "
              + failures.size()
              + " of "
              + chunk.size()
              + " documents; "
              + String.join("; ", failures.subList(0, Math.min(5, failures.size())))
              + (failures.size() > 5 ? "; ..." : ""));
    }
  }

  /** A changed source may have fewer passages than before: remove the ones it no longer has. */
  private void removeStalePassages(Document doc) {
    ObjectNode bool = F.objectNode();
    bool.putArray("filter").add(QueryDsl.term(Fields.SOURCE_ID, doc.source().id()));
    ObjectNode ids = F.objectNode();
    doc.passages().forEach(p -> ids.withArray("values").add(p.id()));
    ObjectNode idsQuery = F.objectNode();
    idsQuery.set("ids", ids);
    bool.putArray("must_not").add(idsQuery);
    ObjectNode q = F.objectNode();
    q.set("bool", bool);
    deleteByQuery(config.passages(), q);
  }

  private void deleteByQuery(String index, ObjectNode query) {
    // delete-by-query sees only refreshed documents: make this writer's own writes visible first
    http.send("POST", "/" + index + "/_refresh", null);
    ObjectNode body = F.objectNode();
    body.set("query", query);
    JsonNode r = http.send("POST", "/" + index + "/_delete_by_query?conflicts=proceed", body);
    if (r.path("failures").size() > 0) {
      throw new GalenException(
          "OpenSearch could not delete from " + index + ": " + r.path("failures"));
    }
  }

  @Override
  public long embedded() {
    return embedded;
  }

  @Override
  public long reused() {
    return reused;
  }

  @Override
  public void delete(String sourceId) {
    deleteByQuery(config.passages(), QueryDsl.term(Fields.SOURCE_ID, sourceId));
    deleteByQuery(config.sources(), QueryDsl.term(Fields.ID, sourceId));
    library.changed();
  }

  @Override
  public void commit(Map<String, String> data) {
    http.send("POST", "/" + config.passages() + "," + config.sources() + "/_refresh", null);
    Map<String, String> recorded = library.commitData();
    String model = library.embedder().map(Embedder::model).orElse(null);
    if (!data.isEmpty() || (model != null && !model.equals(recorded.get(EmbeddingRecord.KEY)))) {
      Map<String, String> merged = new LinkedHashMap<>(recorded);
      merged.putAll(data);
      if (model != null) {
        merged.put(EmbeddingRecord.KEY, model);
      }
      ObjectNode doc = F.objectNode();
      ObjectNode d = doc.putObject("data");
      merged.forEach(d::put);
      http.send(
          "PUT",
          "/" + config.meta() + "/_doc/" + OpenSearchLibrary.COMMIT_DOC + "?refresh=true",
          doc);
    }
    library.changed();
  }

  @Override
  public void close() {}
}
