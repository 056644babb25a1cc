package org.galen.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.galen.core.Audience;
import org.galen.core.Passage;
import org.galen.core.Qualifier;
import org.galen.core.ReferenceKind;
import org.galen.core.ScoredPassage;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.jspecify.annotations.Nullable;

/** Converts sources and passages to and from Lucene documents, following {@link Fields}. */
final class StoredDocs {
  /** Longer topic lists are not kept as a doc value; such passages read the stored field. */
  static final int MAX_TOPICS_DV_BYTES = 16_000;

  private StoredDocs() {}

  static Document source(Source s, String hash) {
    Document d = new Document();
    d.add(new StringField(Fields.TYPE, Fields.TYPE_SOURCE, Field.Store.NO));
    d.add(new StringField(Fields.ID, s.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new BytesRef(s.id())));
    d.add(new StringField(Fields.SOURCE_ID, s.id(), Field.Store.NO));
    d.add(new StringField(Fields.REF_KIND, s.kind().wire(), Field.Store.YES));
    d.add(new StoredField(Fields.TITLE, s.title()));
    d.add(new StoredField(Fields.PUBLISHER, s.publisher()));
    s.authors().forEach(a -> d.add(new StoredField(Fields.AUTHOR, a)));
    s.publicationTypes().forEach(t -> d.add(new StoredField(Fields.PUBLICATION_TYPE, t)));
    if (s.year() != null) {
      d.add(new StoredField(Fields.YEAR, s.year()));
    }
    storeIfPresent(d, Fields.URL, s.url());
    storeIfPresent(d, Fields.PMID, s.pmid());
    storeIfPresent(d, Fields.DOI, s.doi());
    storeIfPresent(d, Fields.REVIEW_STATUS, s.reviewStatus());
    s.topics().forEach(t -> d.add(new StoredField(Fields.TOPIC, t)));
    s.concepts().forEach(c -> d.add(new StoredField(Fields.CONCEPT, c)));
    s.basis().forEach(b -> d.add(new StoredField(Fields.BASIS, b)));
    d.add(new StoredField(Fields.SOURCE_TEXT, s.text()));
    d.add(new StoredField(Fields.HASH, hash));
    return d;
  }

  static Document passage(Source s, Passage p, @Nullable Vector vector) {
    Document d = new Document();
    if (vector != null) {
      d.add(
          new KnnFloatVectorField(
              Fields.VECTOR, vector.values(), VectorSimilarityFunction.DOT_PRODUCT));
      d.add(new StringField(Fields.EMBED_KEY, vector.key(), Field.Store.NO));
    }
    d.add(new StringField(Fields.TYPE, Fields.TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ID, new BytesRef(p.id())));
    d.add(new StringField(Fields.SOURCE_ID, p.sourceId(), Field.Store.YES));
    d.add(new TextField(Fields.TEXT, p.text(), Field.Store.YES));
    String topics = s.title() + "\n" + String.join("\n", s.topics());
    d.add(new TextField(Fields.TOPICS, topics, Field.Store.YES));
    BytesRef topicBytes = new BytesRef(topics);
    if (topicBytes.length <= MAX_TOPICS_DV_BYTES) {
      d.add(new BinaryDocValuesField(Fields.TOPICS_DV, topicBytes));
    }
    if (s.year() != null) {
      d.add(new StoredField(Fields.YEAR, s.year()));
      d.add(new NumericDocValuesField(Fields.YEAR_DV, s.year()));
    }
    d.add(new StringField(Fields.KIND, p.kind().wire(), Field.Store.YES));
    d.add(new StringField(Fields.REF_KIND, s.kind().wire(), Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.KIND_DV, new BytesRef(s.kind().wire())));
    storeIfPresent(d, Fields.GROUP, p.group());
    for (Qualifier q : p.applies()) {
      d.add(new StoredField(Fields.APPLIES, q.toString()));
    }
    if (p.audience() != null) {
      d.add(new StringField(Fields.AUDIENCE, p.audience().wire(), Field.Store.YES));
    }
    d.add(new StringField(Fields.BOTTOM_LINE, Boolean.toString(p.bottomLine()), Field.Store.YES));
    d.add(new IntField(Fields.POSITION, p.position(), Field.Store.YES));
    d.add(new StoredField(Fields.START, p.start()));
    d.add(new StoredField(Fields.END, p.end()));
    return d;
  }

  static Source source(Document d) {
    IndexableField year = d.getField(Fields.YEAR);
    String status = d.get(Fields.REVIEW_STATUS);
    return new Source(
        d.get(Fields.ID),
        ReferenceKind.parse(d.get(Fields.REF_KIND)),
        d.get(Fields.TITLE),
        d.get(Fields.PUBLISHER),
        List.of(d.getValues(Fields.AUTHOR)),
        year == null ? null : year.numericValue().intValue(),
        d.get(Fields.URL),
        d.get(Fields.PMID),
        d.get(Fields.DOI),
        List.of(d.getValues(Fields.PUBLICATION_TYPE)),
        List.of(d.getValues(Fields.TOPIC)),
        List.of(d.getValues(Fields.BASIS)),
        status,
        d.get(Fields.SOURCE_TEXT),
        List.of(d.getValues(Fields.CONCEPT)));
  }

  static PassageHit hit(Document d, double score) {
    IndexableField year = d.getField(Fields.YEAR);
    String topics = d.get(Fields.TOPICS);
    return new PassageHit(
        new ScoredPassage(passage(d), score),
        topics == null ? "" : topics,
        ReferenceKind.parse(d.get(Fields.REF_KIND)),
        year == null ? null : year.numericValue().intValue());
  }

  static Passage passage(Document d) {
    String audience = d.get(Fields.AUDIENCE);
    return new Passage(
        d.get(Fields.SOURCE_ID),
        intValue(d, Fields.POSITION),
        SectionKind.parse(d.get(Fields.KIND)),
        d.get(Fields.GROUP),
        audience == null ? null : Audience.parse(audience),
        Boolean.parseBoolean(d.get(Fields.BOTTOM_LINE)),
        d.get(Fields.TEXT),
        intValue(d, Fields.START),
        intValue(d, Fields.END),
        java.util.Arrays.stream(d.getValues(Fields.APPLIES)).map(Qualifier::parse).toList());
  }

  /** A passage's vector and the key of the text it was computed from. */
  record Vector(String key, float[] values) {}

  static List<Document> all(
      Source s, List<Passage> passages, String hash, List<@Nullable Vector> vectors) {
    List<Document> docs = new ArrayList<>(passages.size() + 1);
    docs.add(source(s, hash));
    for (int i = 0; i < passages.size(); i++) {
      docs.add(passage(s, passages.get(i), vectors.isEmpty() ? null : vectors.get(i)));
    }
    return docs;
  }

  private static int intValue(Document d, String field) {
    IndexableField f = d.getField(field);
    if (f == null || f.numericValue() == null) {
      throw new IllegalStateException("stored document " + d.get(Fields.ID) + " lacks " + field);
    }
    return f.numericValue().intValue();
  }

  private static void storeIfPresent(Document d, String field, @Nullable String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }
}
