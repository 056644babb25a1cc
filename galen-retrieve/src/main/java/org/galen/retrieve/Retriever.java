package org.galen.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.galen.core.Question;
import org.galen.core.ScoredPassage;
import org.galen.core.Source;
import org.galen.index.Fields;
import org.galen.index.LibraryIndex;

/**
 * BM25 search of the library's passages for a question, with the question's earlier context at a
 * lower weight, and a per-source account of how well each source matches.
 */
public final class Retriever {
  /** Words this long or longer also match other forms sharing all but their last two letters. */
  private static final int PREFIX_FROM = 7;

  private final LibraryIndex index;
  private final QueryUnderstanding understanding;
  private final RetrieverConfig config;
  private final Set<String> questionWords;

  public Retriever(LibraryIndex index, QueryUnderstanding understanding, RetrieverConfig config) {
    this.index = index;
    this.understanding = understanding;
    this.config = config;
    this.questionWords =
        new HashSet<>(understanding.terms(QueryUnderstanding.resourceText("question-words.txt")));
  }

  public QueryUnderstanding understanding() {
    return understanding;
  }

  public Retrieval retrieve(Question question) {
    List<String> terms = understanding.terms(understanding.expand(question.text()));
    List<String> contextTerms = new ArrayList<>();
    for (String previous : question.previous()) {
      for (String t : understanding.terms(understanding.expand(previous))) {
        if (!terms.contains(t) && !contextTerms.contains(t)) {
          contextTerms.add(t);
        }
      }
    }
    if (terms.isEmpty() && contextTerms.isEmpty()) {
      return new Retrieval(List.of(), List.of(), terms, "no searchable words in the question");
    }
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    for (String t : terms) {
      float weight = questionWords.contains(t) ? config.questionWordWeight() : 1f;
      addTerm(q, t, weight);
    }
    for (String t : contextTerms) {
      addTerm(
          q,
          t,
          config.contextWeight() * (questionWords.contains(t) ? config.questionWordWeight() : 1f));
    }
    List<ScoredPassage> hits = index.search(q.build(), config.depth());
    List<String> headTerms = understanding.terms(understanding.expand(head(question.text())));
    List<SourceMatch> sources = matchSources(hits, terms, headTerms, contextTerms);
    String searched =
        "searched "
            + index.sourceIds().size()
            + " sources for: "
            + String.join(", ", terms)
            + (contextTerms.isEmpty()
                ? ""
                : " (with earlier questions: " + String.join(", ", contextTerms) + ")");
    return new Retrieval(hits, sources, terms, searched);
  }

  private void addTerm(BooleanQuery.Builder q, String term, float weight) {
    q.add(
        new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight),
        BooleanClause.Occur.SHOULD);
    q.add(
        new BoostQuery(new TermQuery(new Term(Fields.TOPICS, term)), weight * config.topicWeight()),
        BooleanClause.Occur.SHOULD);
  }

  private List<SourceMatch> matchSources(
      List<ScoredPassage> hits,
      List<String> terms,
      List<String> headTerms,
      List<String> contextTerms) {
    Map<String, List<Double>> scores = new LinkedHashMap<>();
    for (ScoredPassage hit : hits) {
      scores.computeIfAbsent(hit.passage().sourceId(), k -> new ArrayList<>()).add(hit.score());
    }
    Set<String> questionTerms = new HashSet<>(terms);
    Set<String> allTerms = new HashSet<>(terms);
    allTerms.addAll(contextTerms);
    List<String> informative = terms.stream().filter(this::informative).toList();
    int totalDocs = Math.max(1, index.size());
    Map<String, Double> idf = new LinkedHashMap<>();
    for (String t : informative) {
      int df = Math.max(index.docFreq(Fields.TEXT, t), index.docFreq(Fields.TOPICS, t));
      idf.put(t, Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5)));
    }
    List<SourceMatch> out = new ArrayList<>();
    int considered = 0;
    for (Map.Entry<String, List<Double>> e : scores.entrySet()) {
      if (considered++ >= config.maxSources()) {
        break;
      }
      String id = e.getKey();
      double score =
          e.getValue().stream()
              .sorted(Comparator.reverseOrder())
              .limit(config.passagesPerSourceScore())
              .mapToDouble(Double::doubleValue)
              .sum();
      List<List<String>> topics = topics(id);
      if (TopicMatcher.contradicts(topics.subList(0, Math.min(2, topics.size())), terms)) {
        continue;
      }
      int strength = TopicMatcher.strength(topics, questionTerms, informativeSet(questionTerms));
      boolean inHead =
          strength > 0
              && TopicMatcher.strength(
                      topics, new HashSet<>(headTerms), informativeSet(new HashSet<>(headTerms)))
                  > 0;
      boolean inQuestion = strength > 0;
      boolean inContext =
          !inQuestion && TopicMatcher.strength(topics, allTerms, informativeSet(allTerms)) > 0;
      out.add(
          new SourceMatch(
              id,
              score,
              strength,
              inHead,
              inQuestion,
              inContext,
              coverage(id, idf, topics),
              supporting(id, hits, informative),
              ownsATerm(id, informative)));
    }
    out.sort(
        Comparator.comparingDouble(SourceMatch::score)
            .reversed()
            .thenComparing(SourceMatch::sourceId));
    return out;
  }

  /**
   * How many of the source's passages found by the search hold at least two of the question's
   * informative words (or its only one): a source that mentions the subject once in passing does
   * not answer a question about it.
   */
  private int supporting(String sourceId, List<ScoredPassage> hits, List<String> informative) {
    int needed = Math.min(2, informative.size());
    if (needed == 0) {
      return 0;
    }
    int n = 0;
    for (ScoredPassage hit : hits) {
      if (hit.passage().sourceId().equals(sourceId)) {
        Set<String> words = new HashSet<>(understanding.terms(hit.passage().text()));
        if (informative.stream().filter(words::contains).count() >= needed) {
          n++;
        }
      }
    }
    return n;
  }

  /**
   * The part of a question before it describes the patient ("levothyroxine dose | in a 70-year-old
   * with IHD"): a topic named there is what is asked about, one named after it is a comorbidity.
   */
  static String head(String question) {
    java.util.regex.Matcher m = PATIENT_CLAUSE.matcher(question);
    return m.find() && m.start() > 0 ? question.substring(0, m.start()) : question;
  }

  private static final java.util.regex.Pattern PATIENT_CLAUSE =
      java.util.regex.Pattern.compile(
          "\\b(with|who has|who have|who is|history of|known|on (a |an )?\\w+ (for|with)|in (a|an|the|my|his|her|patients?|people|someone|adults?|children|women|men)\\b)",
          java.util.regex.Pattern.CASE_INSENSITIVE);

  private Set<String> informativeSet(Set<String> terms) {
    Set<String> out = new HashSet<>();
    terms.stream().filter(this::informative).forEach(out::add);
    return out;
  }

  /**
   * Whether a word says what the question is about: not a question word, and not a number (ages,
   * doses and lab values describe the patient, not the topic).
   */
  private boolean informative(String term) {
    return !questionWords.contains(term) && term.chars().noneMatch(Character::isDigit);
  }

  /** The analyzed words of each of the source's topic names and of its title. */
  private List<List<String>> topics(String sourceId) {
    long version = index.version();
    if (version != topicsVersion) {
      topicsCache.clear();
      topicsVersion = version;
    }
    return topicsCache.computeIfAbsent(sourceId, this::readTopics);
  }

  // topic names of sources, analyzed: read from stored fields once per index version
  private final java.util.concurrent.ConcurrentHashMap<String, List<List<String>>> topicsCache =
      new java.util.concurrent.ConcurrentHashMap<>();
  private volatile long topicsVersion = -1;

  private List<List<String>> readTopics(String sourceId) {
    Source source = index.source(sourceId).orElse(null);
    if (source == null) {
      return List.of();
    }
    List<List<String>> out = new ArrayList<>();
    out.add(understanding.terms(source.title()));
    for (String topic : source.topics()) {
      List<String> t = understanding.terms(topic);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private double coverage(String sourceId, Map<String, Double> idf, List<List<String>> topics) {
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total == 0) {
      return 0;
    }
    Set<String> topicTerms = new HashSet<>();
    topics.forEach(topicTerms::addAll);
    double covered = 0;
    for (Map.Entry<String, Double> e : idf.entrySet()) {
      if (topicTerms.contains(e.getKey()) || passagesWith(sourceId, e.getKey()) > 0) {
        covered += e.getValue();
      }
    }
    return covered / total;
  }

  /**
   * Whether the source "owns" one of the question's informative words: the word is in several of
   * its passages, and most passages of the library that hold it are this source's (as "alendronate"
   * is the osteoporosis summary's). A word a source mentions once in passing is not owned.
   */
  private boolean ownsATerm(String sourceId, List<String> informative) {
    for (String term : informative) {
      int here = passagesWith(sourceId, term);
      int everywhere = index.docFreq(Fields.TEXT, term);
      if (here >= config.minOwnedPassages() && here >= config.ownedShare() * everywhere) {
        return true;
      }
    }
    return false;
  }

  /**
   * Passages of the source holding the word or, for longer words, another form of it ("allergi" and
   * "allerg", "pregnant" and "pregnanc"), which the stemmer leaves apart.
   */
  private int passagesWith(String sourceId, String term) {
    Term t = new Term(Fields.TEXT, term);
    Query word =
        term.length() >= PREFIX_FROM
            ? new PrefixQuery(new Term(Fields.TEXT, term.substring(0, term.length() - 2)))
            : new TermQuery(t);
    Query q =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.SOURCE_ID, sourceId)), BooleanClause.Occur.FILTER)
            .add(word, BooleanClause.Occur.FILTER)
            .build();
    return index.withSearcher((IndexSearcher s) -> count(s, q));
  }

  private static int count(IndexSearcher s, Query q) {
    try {
      return s.count(q);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
