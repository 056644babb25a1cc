package org.galen.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.ScoredPassage;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.index.Candidate;
import org.galen.index.Fields;
import org.galen.index.PassageHit;
import org.jspecify.annotations.Nullable;

/**
 * Sources and passages as OpenSearch documents. The searchable fields ({@link Fields#TEXT}, {@link
 * Fields#TOPICS}) hold the tokens of Galen's own analyzer joined by spaces, indexed with a
 * whitespace analyzer, so OpenSearch sees exactly the terms the Lucene index would; what rebuilds a
 * {@link Passage} or {@link Source} sits under {@value #STORED}, kept in {@code _source} only.
 */
final class Docs {
  static final String STORED = "stored";
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private Docs() {}

  static ObjectNode passagesMapping(int dimension) {
    ObjectNode props = F.objectNode();
    props.putObject(Fields.ID).put("type", "keyword");
    props.putObject(Fields.SOURCE_ID).put("type", "keyword");
    props.putObject(Fields.TEXT).put("type", "text").put("analyzer", "whitespace");
    props.putObject(Fields.TOPICS).put("type", "text").put("analyzer", "whitespace");
    props.putObject(Fields.EMBED_KEY).put("type", "keyword");
    props.putObject(STORED).put("type", "object").put("enabled", false);
    if (dimension > 0) {
      props.set(Fields.VECTOR, vectorMapping(dimension));
    }
    ObjectNode mapping = F.objectNode();
    mapping.put("dynamic", "strict");
    mapping.set("properties", props);
    return mapping;
  }

  /**
   * HNSW on OpenSearch's Lucene engine (pure Java); cosine of unit vectors = Galen's dot product.
   */
  static ObjectNode vectorMapping(int dimension) {
    ObjectNode v = F.objectNode();
    v.put("type", "knn_vector").put("dimension", dimension);
    v.putObject("method")
        .put("name", "hnsw")
        .put("engine", "lucene")
        .put("space_type", "cosinesimil");
    return v;
  }

  static ObjectNode sourcesMapping() {
    ObjectNode props = F.objectNode();
    props.putObject(Fields.ID).put("type", "keyword");
    props.putObject(Fields.HASH).put("type", "keyword");
    props.putObject(STORED).put("type", "object").put("enabled", false);
    ObjectNode mapping = F.objectNode();
    mapping.put("dynamic", "strict");
    mapping.set("properties", props);
    return mapping;
  }

  static ObjectNode source(Source s, String hash) {
    ObjectNode d = F.objectNode();
    d.put(Fields.ID, s.id());
    d.put(Fields.HASH, hash);
    ObjectNode st = d.putObject(STORED);
    st.put(Fields.REF_KIND, s.kind().wire());
    st.put(Fields.TITLE, s.title());
    st.put(Fields.PUBLISHER, s.publisher());
    strings(st.putArray(Fields.AUTHOR), s.authors());
    if (s.year() != null) {
      st.put(Fields.YEAR, s.year());
    }
    putIfPresent(st, Fields.URL, s.url());
    putIfPresent(st, Fields.PMID, s.pmid());
    putIfPresent(st, Fields.DOI, s.doi());
    putIfPresent(st, Fields.REVIEW_STATUS, s.reviewStatus());
    strings(st.putArray(Fields.PUBLICATION_TYPE), s.publicationTypes());
    strings(st.putArray(Fields.TOPIC), s.topics());
    strings(st.putArray(Fields.CONCEPT), s.concepts());
    strings(st.putArray(Fields.BASIS), s.basis());
    st.put(Fields.SOURCE_TEXT, s.text());
    return d;
  }

  static ObjectNode passage(
      Analyzer analyzer,
      Source s,
      Passage p,
      @Nullable String embedKey,
      float @Nullable [] vector) {
    String topics = s.title() + "\n" + String.join("\n", s.topics());
    ObjectNode d = F.objectNode();
    d.put(Fields.ID, p.id());
    d.put(Fields.SOURCE_ID, p.sourceId());
    d.put(Fields.TEXT, tokens(analyzer, Fields.TEXT, p.text()));
    d.put(Fields.TOPICS, tokens(analyzer, Fields.TOPICS, topics));
    if (vector != null && embedKey != null) {
      d.put(Fields.EMBED_KEY, embedKey);
      ArrayNode v = d.putArray(Fields.VECTOR);
      for (float f : vector) {
        v.add(f);
      }
    }
    ObjectNode st = d.putObject(STORED);
    st.put(Fields.TEXT, p.text());
    st.put(Fields.TOPICS, topics);
    st.put(Fields.REF_KIND, s.kind().wire());
    if (s.year() != null) {
      st.put(Fields.YEAR, s.year());
    }
    st.put(Fields.POSITION, p.position());
    st.put(Fields.KIND, p.kind().wire());
    putIfPresent(st, Fields.GROUP, p.group());
    if (p.audience() != null) {
      st.put(Fields.AUDIENCE, p.audience().wire());
    }
    st.put(Fields.BOTTOM_LINE, p.bottomLine());
    st.put(Fields.START, p.start());
    st.put(Fields.END, p.end());
    if (!p.applies().isEmpty()) {
      com.fasterxml.jackson.databind.node.ArrayNode applies = st.putArray(Fields.APPLIES);
      p.applies().forEach(q -> applies.add(q.toString()));
    }
    return d;
  }

  /** The analyzed terms of a text, as Galen's Lucene index would hold them, joined by spaces. */
  static String tokens(Analyzer analyzer, String field, String text) {
    StringBuilder out = new StringBuilder();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (!out.isEmpty()) {
          out.append(' ');
        }
        out.append(term);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static Source source(JsonNode d) {
    JsonNode st = d.path(STORED);
    return new Source(
        d.path(Fields.ID).asText(),
        ReferenceKind.parse(st.path(Fields.REF_KIND).asText()),
        st.path(Fields.TITLE).asText(),
        st.path(Fields.PUBLISHER).asText(),
        strings(st.path(Fields.AUTHOR)),
        integer(st, Fields.YEAR),
        text(st, Fields.URL),
        text(st, Fields.PMID),
        text(st, Fields.DOI),
        strings(st.path(Fields.PUBLICATION_TYPE)),
        strings(st.path(Fields.TOPIC)),
        strings(st.path(Fields.BASIS)),
        text(st, Fields.REVIEW_STATUS),
        st.path(Fields.SOURCE_TEXT).asText(),
        strings(st.path(Fields.CONCEPT)));
  }

  static Passage passage(JsonNode d) {
    JsonNode st = d.path(STORED);
    String audience = text(st, Fields.AUDIENCE);
    return new Passage(
        d.path(Fields.SOURCE_ID).asText(),
        st.path(Fields.POSITION).asInt(),
        SectionKind.parse(st.path(Fields.KIND).asText()),
        text(st, Fields.GROUP),
        audience == null ? null : Audience.parse(audience),
        st.path(Fields.BOTTOM_LINE).asBoolean(),
        st.path(Fields.TEXT).asText(),
        st.path(Fields.START).asInt(),
        st.path(Fields.END).asInt(),
        strings(st.path(Fields.APPLIES)).stream().map(org.galen.core.Qualifier::parse).toList());
  }

  static PassageHit hit(JsonNode d, double score) {
    JsonNode st = d.path(STORED);
    return new PassageHit(
        new ScoredPassage(passage(d), score),
        st.path(Fields.TOPICS).asText(),
        ReferenceKind.parse(st.path(Fields.REF_KIND).asText()),
        integer(st, Fields.YEAR));
  }

  static Candidate candidate(JsonNode d, double score) {
    JsonNode st = d.path(STORED);
    return new Candidate(
        d.path(Fields.ID).asText(),
        score,
        st.path(Fields.TOPICS).asText(),
        ReferenceKind.parse(st.path(Fields.REF_KIND).asText()),
        integer(st, Fields.YEAR));
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static @Nullable Integer integer(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asInt();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
