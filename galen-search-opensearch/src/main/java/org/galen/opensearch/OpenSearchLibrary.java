package org.galen.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.Source;
import org.galen.index.Candidate;
import org.galen.index.Embedder;
import org.galen.index.EmbeddingRecord;
import org.galen.index.Fields;
import org.galen.index.LibraryWriter;
import org.galen.index.PassageHit;
import org.galen.index.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * The library in an OpenSearch cluster: passages (BM25 over Galen's analyzed terms, k-NN over their
 * vectors) sharded and replicated over the cluster's nodes, sources and commit data beside them.
 * Searches are exact translations of the Lucene queries Galen builds; BM25 statistics are gathered
 * from every shard first ({@code dfs_query_then_fetch}), so scores and rankings match the embedded
 * index whatever the sharding. Fusion and re-ranking stay in Galen.
 */
public final class OpenSearchLibrary implements SearchBackend {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final int PAGE = 5000;

  private final OpenSearchConfig config;
  private final Http http;
  private final Analyzer analyzer = Fields.analyzer();
  private final @Nullable Embedder embedder;
  private final AtomicLong version = new AtomicLong();

  private OpenSearchLibrary(OpenSearchConfig config, @Nullable Embedder embedder) {
    this.config = config;
    this.embedder = embedder;
    this.http = new Http(config.nodes(), config.timeout(), config.authorization());
  }

  /**
   * Connects to the cluster and creates the library's indices when they do not exist yet. With an
   * embedder (which the library then owns and closes), passages get vectors and k-NN works.
   */
  public static OpenSearchLibrary open(OpenSearchConfig config, @Nullable Embedder embedder) {
    OpenSearchLibrary library = new OpenSearchLibrary(config, embedder);
    try {
      library.createIndices();
      EmbeddingRecord.check(library);
      return library;
    } catch (RuntimeException e) {
      library.close();
      throw e;
    }
  }

  private void createIndices() {
    int dimension = embedder == null ? 0 : embedder.dimension();
    createIfAbsent(
        config.passages(), config.shards(), config.replicas(), Docs.passagesMapping(dimension));
    createIfAbsent(config.sources(), config.shards(), config.replicas(), Docs.sourcesMapping());
    ObjectNode meta = F.objectNode();
    meta.put("dynamic", true);
    createIfAbsent(config.meta(), 1, config.replicas(), meta);
    if (dimension > 0) {
      // a library first built without embeddings gets its vector field now
      ObjectNode props = F.objectNode();
      props.putObject("properties").set(Fields.VECTOR, Docs.vectorMapping(dimension));
      http.send("PUT", "/" + config.passages() + "/_mapping", props);
    }
  }

  private void createIfAbsent(String index, int shards, int replicas, ObjectNode mappings) {
    if (http.exchange("HEAD", "/" + index, null, "application/json").ok()) {
      return;
    }
    ObjectNode body = F.objectNode();
    ObjectNode settings = body.putObject("settings").putObject("index");
    settings.put("number_of_shards", shards);
    settings.put("number_of_replicas", replicas);
    settings.put("knn", true);
    // the default, stated so a cluster-wide template cannot weaken it: a write is acknowledged
    // only after its translog is synced on every in-sync copy of its shard
    settings.put("translog.durability", "request");
    body.set("mappings", mappings);
    Http.Response r = http.exchange("PUT", "/" + index, body, "application/json");
    boolean raced =
        r.body().path("error").path("type").asText().equals("resource_already_exists_exception");
    if (!r.ok() && !raced) {
      throw new GalenException(
          "cannot create the OpenSearch index " + index + ": " + Http.reason(r.body()));
    }
    http.send("GET", "/_cluster/health/" + index + "?wait_for_status=yellow&timeout=30s", null);
  }

  OpenSearchConfig config() {
    return config;
  }

  Http http() {
    return http;
  }

  void changed() {
    version.incrementAndGet();
  }

  @Override
  public Analyzer analyzer() {
    return analyzer;
  }

  @Override
  public Optional<Embedder> embedder() {
    return Optional.ofNullable(embedder);
  }

  @Override
  public boolean hasVectors() {
    ObjectNode exists = F.objectNode();
    exists.putObject("exists").put("field", Fields.EMBED_KEY);
    return count(config.passages(), exists) > 0;
  }

  @Override
  public List<PassageHit> searchHits(Query query, int n) {
    return ranked(QueryDsl.translate(query), n, true, null, Docs::hit);
  }

  @Override
  public List<Candidate> searchCandidates(Query query, int n) {
    return ranked(QueryDsl.translate(query), n, true, CANDIDATE_FIELDS, Docs::candidate);
  }

  @Override
  public List<PassageHit> knn(float[] query, int k) {
    return ranked(knnQuery(query, k), k, false, null, Docs::hit);
  }

  @Override
  public List<Candidate> knnCandidates(float[] query, int k) {
    return ranked(knnQuery(query, k), k, false, CANDIDATE_FIELDS, Docs::candidate);
  }

  private static final List<String> CANDIDATE_FIELDS =
      List.of(
          Fields.ID,
          Docs.STORED + "." + Fields.TOPICS,
          Docs.STORED + "." + Fields.REF_KIND,
          Docs.STORED + "." + Fields.YEAR);

  private static ObjectNode knnQuery(float[] vector, int k) {
    ObjectNode field = F.objectNode();
    ArrayNode v = field.putArray("vector");
    for (float f : vector) {
      v.add(f);
    }
    field.put("k", Math.max(1, k));
    ObjectNode q = F.objectNode();
    q.putObject("knn").set(Fields.VECTOR, field);
    return q;
  }

  /**
   * The best {@code n} passages by score, ties broken by id; each hit's score is its first sort
   * value.
   */
  private <T> List<T> ranked(
      ObjectNode query,
      int n,
      boolean globalStatistics,
      @Nullable List<String> fields,
      BiFunction<JsonNode, Double, T> convert) {
    ObjectNode body = F.objectNode();
    body.put("size", Math.max(1, n));
    body.set("query", query);
    ArrayNode sort = body.putArray("sort");
    sort.addObject().put("_score", "desc");
    sort.addObject().put(Fields.ID, "asc");
    body.put("track_total_hits", false);
    if (fields != null) {
      ArrayNode includes = body.putArray("_source");
      fields.forEach(includes::add);
    } else {
      body.putObject("_source").putArray("excludes").add(Fields.VECTOR);
    }
    String path =
        "/"
            + config.passages()
            + "/_search"
            + (globalStatistics ? "?search_type=dfs_query_then_fetch" : "");
    JsonNode r = http.send("POST", path, body);
    requireAllShards(r, path);
    List<T> out = new ArrayList<>();
    for (JsonNode hit : r.path("hits").path("hits")) {
      double score = hit.path("sort").path(0).asDouble(hit.path("_score").asDouble());
      out.add(convert.apply(hit.path("_source"), score));
    }
    return out;
  }

  /** A search that some shard did not answer would silently miss passages: fail instead. */
  private static void requireAllShards(JsonNode r, String path) {
    JsonNode shards = r.path("_shards");
    if (shards.path("failed").asInt() > 0
        || shards.path("successful").asInt() < shards.path("total").asInt()) {
      throw new GalenException(
          "OpenSearch answered "
              + path
              + " from "
              + shards.path("successful").asInt()
              + " of "
              + shards.path("total").asInt()
              + " shards: "
              + shards.path("failures"));
    }
  }

  @Override
  public List<PassageHit> load(List<Candidate> candidates) {
    if (candidates.isEmpty()) {
      return List.of();
    }
    Map<String, JsonNode> docs = multiGet(config.passages(), ids(candidates), Fields.VECTOR);
    List<PassageHit> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      JsonNode d = docs.get(c.id());
      if (d != null) {
        out.add(Docs.hit(d, c.score()));
      }
    }
    return out;
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::id).toList();
  }

  /** The stored documents of these ids that exist, by id. */
  Map<String, JsonNode> multiGet(String index, List<String> ids, @Nullable String exclude) {
    Map<String, JsonNode> out = new HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    ObjectNode body = F.objectNode();
    ArrayNode list = body.putArray("ids");
    ids.forEach(list::add);
    String path = "/" + index + "/_mget" + (exclude == null ? "" : "?_source_excludes=" + exclude);
    JsonNode r = http.send("POST", path, body);
    for (JsonNode d : r.path("docs")) {
      if (d.path("found").asBoolean()) {
        out.put(d.path("_id").asText(), d.path("_source"));
      } else if (d.has("error")) {
        throw new GalenException(
            "OpenSearch could not read " + d.path("_id").asText() + ": " + Http.reason(d));
      }
    }
    return out;
  }

  @Override
  public int count(Query query) {
    return count(config.passages(), QueryDsl.translate(query));
  }

  private int count(String index, ObjectNode query) {
    ObjectNode body = F.objectNode();
    body.set("query", query);
    String path = "/" + index + "/_count";
    JsonNode r = http.send("POST", path, body);
    requireAllShards(r, path);
    return r.path("count").asInt();
  }

  @Override
  public int docFreq(String field, String term) {
    // asked for every query word (to spot misspellings): one round trip each, so remembered until
    // this library next changes
    long now = version();
    if (now != docFreqVersion) {
      docFreqs.clear();
      docFreqVersion = now;
    }
    return docFreqs.computeIfAbsent(
        field + '\u0000' + term, k -> count(config.passages(), QueryDsl.term(field, term)));
  }

  /** One request: a filter aggregation per term not remembered yet. */
  @Override
  public Map<String, Integer> docFreqs(String field, java.util.Collection<String> terms) {
    Map<String, Integer> out = new HashMap<>();
    int n = 0;
    ObjectNode aggs = F.objectNode();
    List<String> asked = new ArrayList<>();
    for (String term : terms) {
      Integer known = docFreqVersion == version() ? docFreqs.get(field + '\u0000' + term) : null;
      if (known != null) {
        out.put(term, known);
      } else {
        aggs.putObject("t" + n++).set("filter", QueryDsl.term(field, term));
        asked.add(term);
      }
    }
    if (asked.isEmpty()) {
      return out;
    }
    ObjectNode body = F.objectNode();
    body.put("size", 0);
    body.put("track_total_hits", false);
    body.set("aggs", aggs);
    String path = "/" + config.passages() + "/_search";
    JsonNode r = http.send("POST", path, body);
    requireAllShards(r, path);
    for (int i = 0; i < asked.size(); i++) {
      int count = r.path("aggregations").path("t" + i).path("doc_count").asInt();
      out.put(asked.get(i), count);
      docFreq(field, asked.get(i), count);
    }
    return out;
  }

  private void docFreq(String field, String term, int count) {
    long now = version();
    if (now != docFreqVersion) {
      docFreqs.clear();
      docFreqVersion = now;
    }
    docFreqs.put(field + '\u0000' + term, count);
  }

  private final java.util.concurrent.ConcurrentHashMap<String, Integer> docFreqs =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile long docFreqVersion = -1;

  /**
   * Changes with every write through this library and, since other processes may write to the
   * cluster too, at least once a minute: what callers derive from the library is re-read by then.
   */
  @Override
  public long version() {
    return version.get() * 1_000_003L + System.nanoTime() / 60_000_000_000L;
  }

  @Override
  public int size() {
    return count(config.passages(), QueryDsl.matchAll())
        + count(config.sources(), QueryDsl.matchAll());
  }

  @Override
  public Optional<Source> source(String id) {
    return Optional.ofNullable(get(config.sources(), id)).map(Docs::source);
  }

  private @Nullable JsonNode get(String index, String id) {
    Http.Response r =
        http.exchange(
            "GET",
            "/" + index + "/_doc/" + URLEncoder.encode(id, StandardCharsets.UTF_8),
            null,
            "application/json");
    if (r.status() == 404) {
      return null;
    }
    if (!r.ok()) {
      throw new GalenException(
          "OpenSearch could not read " + id + " from " + index + ": " + Http.reason(r.body()));
    }
    return r.body().path("_source");
  }

  @Override
  public List<Passage> passages(String sourceId) {
    List<Passage> out = new ArrayList<>();
    scan(
        config.passages(),
        QueryDsl.term(Fields.SOURCE_ID, sourceId),
        List.of(),
        d -> out.add(Docs.passage(d)));
    out.sort(Comparator.comparingInt(Passage::position));
    return out;
  }

  @Override
  public List<String> sourceIds() {
    List<String> out = new ArrayList<>();
    scan(
        config.sources(),
        QueryDsl.matchAll(),
        List.of(Fields.ID),
        d -> out.add(d.path(Fields.ID).asText()));
    return out;
  }

  /** Every matching document, in id order, page by page ({@code search_after}). */
  private void scan(
      String index,
      ObjectNode query,
      List<String> fields,
      java.util.function.Consumer<JsonNode> sink) {
    JsonNode after = null;
    while (true) {
      ObjectNode body = F.objectNode();
      body.put("size", PAGE);
      body.set("query", query);
      body.putArray("sort").addObject().put(Fields.ID, "asc");
      if (fields.isEmpty()) {
        body.putObject("_source").putArray("excludes").add(Fields.VECTOR);
      } else {
        ArrayNode includes = body.putArray("_source");
        fields.forEach(includes::add);
      }
      if (after != null) {
        body.set("search_after", after);
      }
      String path = "/" + index + "/_search";
      JsonNode r = http.send("POST", path, body);
      requireAllShards(r, path);
      JsonNode hits = r.path("hits").path("hits");
      for (JsonNode hit : hits) {
        sink.accept(hit.path("_source"));
        after = hit.path("sort");
      }
      if (hits.size() < PAGE) {
        return;
      }
    }
  }

  @Override
  public Optional<String> hash(String sourceId) {
    return Optional.ofNullable(get(config.sources(), sourceId))
        .map(d -> d.path(Fields.HASH).asText());
  }

  static final String COMMIT_DOC = "commit";

  @Override
  public Map<String, String> commitData() {
    JsonNode d = get(config.meta(), COMMIT_DOC);
    Map<String, String> out = new LinkedHashMap<>();
    if (d != null) {
      d.path("data").properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
    }
    return out;
  }

  @Override
  public LibraryWriter writer() {
    return new OpenSearchWriter(this, embedder);
  }

  @Override
  public String location() {
    return config.nodes() + " (indices " + config.index() + "-*)";
  }

  @Override
  public void close() {
    analyzer.close();
    if (embedder != null) {
      embedder.close();
    }
  }
}
