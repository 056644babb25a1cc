package org.galen.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.galen.core.GalenException;
import org.galen.index.Fields;

/**
 * Translates the Lucene queries Galen builds into OpenSearch's query DSL, one to one: terms are
 * already analyzed by Galen's analyzer and the text fields hold Galen's tokens, so a term query
 * means the same on both sides, and BM25 scores them alike.
 */
final class QueryDsl {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private QueryDsl() {}

  static ObjectNode translate(Query query) {
    return switch (query) {
      case TermQuery t when t.getTerm().field().equals(Fields.TYPE) ->
          // the passages index holds passages only
          t.getTerm().text().equals(Fields.TYPE_PASSAGE) ? matchAll() : matchNone();
      case TermQuery t -> leaf("term", t.getTerm().field(), t.getTerm().text(), 1f);
      case PrefixQuery p -> leaf("prefix", p.getPrefix().field(), p.getPrefix().text(), 1f);
      case FuzzyQuery f -> fuzzy(f, 1f);
      case BoostQuery b -> boosted(b.getQuery(), b.getBoost());
      case BooleanQuery b -> bool(b);
      case MatchAllDocsQuery m -> matchAll();
      case MatchNoDocsQuery m -> matchNone();
      default ->
          throw new GalenException(
              "the OpenSearch backend cannot translate a "
                  + query.getClass().getSimpleName()
                  + ": "
                  + query);
    };
  }

  private static ObjectNode boosted(Query inner, float boost) {
    return switch (inner) {
      case TermQuery t when !t.getTerm().field().equals(Fields.TYPE) ->
          leaf("term", t.getTerm().field(), t.getTerm().text(), boost);
      case PrefixQuery p -> leaf("prefix", p.getPrefix().field(), p.getPrefix().text(), boost);
      case FuzzyQuery f -> fuzzy(f, boost);
      default -> {
        ObjectNode bool = F.objectNode();
        bool.putArray("must").add(translate(inner));
        bool.put("boost", boost);
        ObjectNode q = F.objectNode();
        q.set("bool", bool);
        yield q;
      }
    };
  }

  private static ObjectNode bool(BooleanQuery b) {
    ObjectNode bool = F.objectNode();
    boolean required = false;
    for (BooleanClause c : b.clauses()) {
      String occur =
          switch (c.occur()) {
            case MUST -> "must";
            case SHOULD -> "should";
            case FILTER -> "filter";
            case MUST_NOT -> "must_not";
          };
      required |= c.occur() == BooleanClause.Occur.MUST || c.occur() == BooleanClause.Occur.FILTER;
      ArrayNode list = bool.has(occur) ? (ArrayNode) bool.get(occur) : bool.putArray(occur);
      list.add(translate(c.query()));
    }
    // Lucene: SHOULD clauses beside a MUST or FILTER are optional, alone at least one must match
    if (bool.has("should")) {
      int min = b.getMinimumNumberShouldMatch();
      bool.put("minimum_should_match", required ? min : Math.max(1, min));
    }
    ObjectNode q = F.objectNode();
    q.set("bool", bool);
    return q;
  }

  private static ObjectNode leaf(String type, String field, String value, float boost) {
    ObjectNode body = F.objectNode();
    body.put("value", value);
    if (boost != 1f) {
      body.put("boost", boost);
    }
    ObjectNode q = F.objectNode();
    q.putObject(type).set(field, body);
    return q;
  }

  private static ObjectNode fuzzy(FuzzyQuery f, float boost) {
    ObjectNode q = leaf("fuzzy", f.getTerm().field(), f.getTerm().text(), boost);
    ObjectNode body = (ObjectNode) q.get("fuzzy").get(f.getTerm().field());
    body.put("fuzziness", f.getMaxEdits());
    body.put("prefix_length", f.getPrefixLength());
    body.put("transpositions", f.getTranspositions());
    if (f.getRewriteMethod() instanceof TopTermsRewrite<?> top) {
      body.put("max_expansions", top.getSize());
    }
    return q;
  }

  static ObjectNode matchAll() {
    ObjectNode q = F.objectNode();
    q.putObject("match_all");
    return q;
  }

  static ObjectNode matchNone() {
    ObjectNode q = F.objectNode();
    q.putObject("match_none");
    return q;
  }

  static ObjectNode term(String field, String value) {
    return leaf("term", field, value, 1f);
  }
}
