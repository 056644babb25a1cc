package org.galen.retrieve;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.galen.core.Background;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.ScoredPassage;
import org.galen.core.Source;
import org.galen.index.Candidate;
import org.galen.index.Embedder;
import org.galen.index.Fields;
import org.galen.index.PassageHit;
import org.galen.index.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * Searches the library's passages for a question: BM25 with medical query understanding (synonyms,
 * abbreviations, brand names, spelling variants of unknown words), nearest passages by embedding
 * vector when the library has them, the two fused by Reciprocal Rank Fusion and re-ranked by named
 * {@link Prior}s. Also gives a per-source account of how well each source matches.
 */
public final class Retriever {
  /** Words this long or longer also match other forms sharing all but their last two letters. */
  private static final int PREFIX_FROM = 7;

  private final SearchBackend index;
  private final QueryUnderstanding understanding;
  private final RetrieverConfig config;
  private final HybridConfig hybrid;
  private final RankFusion fusion;
  private volatile @Nullable QueryVector lastQuery;
  private final Set<String> questionWords;

  public Retriever(SearchBackend index, QueryUnderstanding understanding, RetrieverConfig config) {
    this(index, understanding, config, HybridConfig.DEFAULTS, Clock.systemUTC());
  }

  public Retriever(
      SearchBackend index,
      QueryUnderstanding understanding,
      RetrieverConfig config,
      HybridConfig hybrid,
      Clock clock) {
    this.index = index;
    this.understanding = understanding;
    this.config = config;
    this.hybrid = hybrid;
    HybridConfig.PriorWeights w = hybrid.priors();
    this.fusion =
        new RankFusion(
            hybrid.rrfK(),
            List.of(
                new EvidenceKindPrior(w.kindStrength()),
                new RecencyPrior(LocalDate.now(clock).getYear(), w.recencyHalfLifeYears()),
                new TopicMatchPrior(understanding)),
            List.of(w.evidenceKind(), w.recency(), w.topicMatch()));
    this.questionWords =
        new HashSet<>(understanding.terms(QueryUnderstanding.resourceText("question-words.txt")));
  }

  public QueryUnderstanding understanding() {
    return understanding;
  }

  /** Hybrid when the library has an embedder and vectors, else BM25. */
  public SearchMode defaultMode() {
    return index.embedder().isPresent() && index.hasVectors() ? SearchMode.HYBRID : SearchMode.BM25;
  }

  /**
   * The best {@code n} passages for a query text, best first, ties broken by passage id.
   *
   * @throws GalenException when {@code mode} needs vectors the library does not have
   */
  public List<PassageHit> search(String text, SearchMode mode, int n) {
    return switch (mode) {
      case BM25 -> bm25(text, List.of(), n);
      case DENSE -> dense(text, n);
      case HYBRID -> {
        Background<List<Candidate>> semantic = denseInBackground(text);
        Terms t = terms(text, List.of());
        List<Candidate> lexical =
            t.question.isEmpty() && t.context.isEmpty()
                ? List.of()
                : index.searchCandidates(query(t), hybrid.bm25Depth());
        yield index.load(fuse(lexical, semantic.join(), text, n));
      }
    };
  }

  public Retrieval retrieve(Question question) {
    Terms t = terms(question.text(), question.previous());
    if (t.question.isEmpty() && t.context.isEmpty()) {
      return new Retrieval(List.of(), List.of(), t.question, "no searchable words in the question");
    }
    List<PassageHit> found =
        switch (defaultMode()) {
          case BM25, DENSE -> index.searchHits(query(t), config.depth());
          case HYBRID -> {
            Background<List<Candidate>> semantic = denseInBackground(question.text());
            List<Candidate> lexical =
                index.searchCandidates(query(t), Math.max(config.depth(), hybrid.bm25Depth()));
            // only the passages kept after fusion have their stored text loaded
            yield index.load(fuse(lexical, semantic.join(), question.text(), config.depth()));
          }
        };
    List<ScoredPassage> hits = found.stream().map(PassageHit::scored).toList();
    List<String> headTerms = understanding.terms(understanding.expand(head(question.text())));
    List<SourceMatch> sources = matchSources(hits, t.question, headTerms, t.context);
    String searched =
        "searched "
            + index.sourceIds().size()
            + " sources for: "
            + String.join(", ", t.question)
            + (t.context.isEmpty()
                ? ""
                : " (with earlier questions: " + String.join(", ", t.context) + ")");
    return new Retrieval(hits, sources, t.question, searched);
  }

  /** The analyzed words of a question: its own, those query understanding adds, earlier ones. */
  private record Terms(List<String> question, List<String> added, List<String> context) {}

  private Terms terms(String text, List<String> previous) {
    List<String> own = understanding.terms(text);
    List<String> added = new ArrayList<>();
    for (String t : understanding.terms(String.join(" ", understanding.expansions(text)))) {
      if (!own.contains(t) && !added.contains(t)) {
        added.add(t);
      }
    }
    List<String> question = new ArrayList<>(own);
    question.addAll(added);
    List<String> context = new ArrayList<>();
    for (String p : previous) {
      for (String t : understanding.terms(understanding.expand(p))) {
        if (!question.contains(t) && !context.contains(t)) {
          context.add(t);
        }
      }
    }
    return new Terms(question, added, context);
  }

  private Query query(Terms t) {
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    int clauses = 0;
    Set<String> unseen = unseen(t);
    for (String term : t.question) {
      float weight = t.added.contains(term) ? hybrid.expansionWeight() : 1f;
      clauses += addTerm(q, term, weight * questionWordWeight(term), unseen);
    }
    for (String term : t.context) {
      clauses += addTerm(q, term, config.contextWeight() * questionWordWeight(term), unseen);
    }
    return clauses == 0 ? new MatchNoDocsQuery() : q.build();
  }

  private float questionWordWeight(String term) {
    return questionWords.contains(term) ? config.questionWordWeight() : 1f;
  }

  private List<PassageHit> bm25(String text, List<String> previous, int n) {
    Terms t = terms(text, previous);
    if (t.question.isEmpty() && t.context.isEmpty()) {
      return List.of();
    }
    return index.searchHits(query(t), n);
  }

  private List<PassageHit> dense(String text, int n) {
    float[] vector = queryVector(text);
    return vector == null ? List.of() : index.knn(vector, n);
  }

  /** The question's embedding; a text embedded last time is not embedded again. */
  private float @Nullable [] queryVector(String text) {
    Embedder embedder =
        index
            .embedder()
            .orElseThrow(
                () ->
                    new GalenException(
                        "dense search needs a library built with embeddings on (GALEN_EMBEDDINGS)"));
    if (text.isBlank()) {
      return null;
    }
    QueryVector last = lastQuery;
    float[] vector;
    if (last != null && last.text.equals(text)) {
      vector = last.vector;
    } else {
      vector = embedder.embedQuery(text);
      lastQuery = new QueryVector(text, vector);
    }
    return vector;
  }

  /**
   * Starts the dense half of a hybrid search on a virtual thread, so embedding the question and
   * walking the HNSW graph overlap with the BM25 search on another core.
   */
  private Background<List<Candidate>> denseInBackground(String text) {
    return Background.start(
        "the dense search",
        () -> {
          float[] vector = queryVector(text);
          return vector == null
              ? List.<Candidate>of()
              : index.knnCandidates(vector, hybrid.knnDepth());
        });
  }

  /** The last question embedded: dense and hybrid search of one question embed it once. */
  private record QueryVector(String text, float[] vector) {}

  private List<Candidate> fuse(
      List<Candidate> lexical, List<Candidate> semantic, String text, int n) {
    Set<String> informative = new HashSet<>(understanding.terms(text));
    informative.removeAll(questionWords);
    Map<List<Candidate>, Double> lists = new IdentityHashMap<>();
    lists.put(lexical, hybrid.bm25Weight());
    lists.put(semantic, hybrid.denseWeight());
    return fusion.fuse(lists, informative, n);
  }

  /**
   * The words long enough to be misspelt that no passage holds, in text or topics: looked up
   * together, since a search cluster answers each lookup over the network.
   */
  private Set<String> unseen(Terms t) {
    if (hybrid.fuzzyWeight() <= 0) {
      return Set.of();
    }
    Set<String> candidates = new HashSet<>();
    t.question.stream().filter(w -> w.length() >= hybrid.fuzzyMinLength()).forEach(candidates::add);
    t.context.stream().filter(w -> w.length() >= hybrid.fuzzyMinLength()).forEach(candidates::add);
    if (candidates.isEmpty()) {
      return Set.of();
    }
    Map<String, Integer> inText = index.docFreqs(Fields.TEXT, candidates);
    Set<String> rare = new HashSet<>();
    candidates.stream().filter(w -> inText.getOrDefault(w, 0) == 0).forEach(rare::add);
    if (rare.isEmpty()) {
      return rare;
    }
    Map<String, Integer> inTopics = index.docFreqs(Fields.TOPICS, rare);
    rare.removeIf(w -> inTopics.getOrDefault(w, 0) > 0);
    return rare;
  }

  private int addTerm(BooleanQuery.Builder q, String term, float weight, Set<String> unseen) {
    if (weight <= 0) {
      return 0;
    }
    q.add(
        new BoostQuery(new TermQuery(new Term(Fields.TEXT, term)), weight),
        BooleanClause.Occur.SHOULD);
    q.add(
        new BoostQuery(new TermQuery(new Term(Fields.TOPICS, term)), weight * config.topicWeight()),
        BooleanClause.Occur.SHOULD);
    if (unseen.contains(term)) {
      // a word the library never saw is most likely misspelt: match its near spellings instead
      int edits = term.length() >= 8 ? 2 : 1;
      q.add(
          new BoostQuery(
              new FuzzyQuery(new Term(Fields.TEXT, term), edits, 1, 20, true),
              weight * hybrid.fuzzyWeight()),
          BooleanClause.Occur.SHOULD);
      return 3;
    }
    return 2;
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
    // a follow-up takes its subject from the conversation ("it's giving me diarrhoea" after "I was
    // started on metformin"): how much of it a source covers counts the earlier questions' words
    List<String> covering =
        java.util.stream.Stream.concat(terms.stream(), contextTerms.stream())
            .filter(this::informative)
            .distinct()
            .toList();
    int totalDocs = Math.max(1, index.size());
    Map<String, Double> idf = new LinkedHashMap<>();
    Map<String, Integer> textDf = new HashMap<>(index.docFreqs(Fields.TEXT, covering));
    Map<String, Integer> topicDf = index.docFreqs(Fields.TOPICS, covering);
    for (String t : covering) {
      textDf.putIfAbsent(t, 0);
      int df = Math.max(textDf.get(t), topicDf.getOrDefault(t, 0));
      idf.put(t, Math.log(1 + (totalDocs - df + 0.5) / (df + 0.5)));
    }
    Set<String> informativeQuestion = informativeSet(questionTerms);
    Set<String> head = new HashSet<>(headTerms);
    Set<String> informativeHead = informativeSet(head);
    Set<String> informativeAll = informativeSet(allTerms);
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
      int strength = TopicMatcher.strength(topics, questionTerms, informativeQuestion);
      boolean inHead = strength > 0 && TopicMatcher.strength(topics, head, informativeHead) > 0;
      boolean inQuestion = strength > 0;
      boolean inContext =
          !inQuestion && TopicMatcher.strength(topics, allTerms, informativeAll) > 0;
      // passages of this source holding each key word: used by both coverage and ownership
      Map<String, Integer> here = new HashMap<>();
      covering.forEach(t -> here.put(t, passagesWith(id, t)));
      out.add(
          new SourceMatch(
              id,
              score,
              strength,
              inHead,
              inQuestion,
              inContext,
              coverage(idf, topics, here),
              supporting(id, hits, informative),
              ownsATerm(informative, here, textDf)));
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

  /**
   * @param here how many of the source's passages hold each of the question's key words
   */
  private static double coverage(
      Map<String, Double> idf, List<List<String>> topics, Map<String, Integer> here) {
    double total = idf.values().stream().mapToDouble(Double::doubleValue).sum();
    if (total == 0) {
      return 0;
    }
    Set<String> topicTerms = new HashSet<>();
    topics.forEach(topicTerms::addAll);
    double covered = 0;
    for (Map.Entry<String, Double> e : idf.entrySet()) {
      if (topicTerms.contains(e.getKey()) || here.getOrDefault(e.getKey(), 0) > 0) {
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
  private boolean ownsATerm(
      List<String> informative, Map<String, Integer> here, Map<String, Integer> textDf) {
    for (Map.Entry<String, Integer> e : here.entrySet()) {
      if (!informative.contains(e.getKey())) {
        continue;
      }
      int inSource = e.getValue();
      int everywhere = textDf.getOrDefault(e.getKey(), 0);
      if (inSource >= config.minOwnedPassages() && inSource >= config.ownedShare() * everywhere) {
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
    return index.count(q);
  }
}
