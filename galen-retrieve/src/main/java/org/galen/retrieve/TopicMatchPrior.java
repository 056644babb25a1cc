package org.galen.retrieve;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.galen.index.Candidate;

/**
 * Sources about what the question asks about first: the share of the question's informative words
 * that the source's title or topic names (MeSH terms) hold, analyzed like the question. The
 * analyzed words of recently seen topic lists are kept, as the passages of one source share them.
 */
public final class TopicMatchPrior implements Prior {
  private static final int CACHED_TOPIC_LISTS = 4096;

  private final QueryUnderstanding understanding;
  private final Map<String, Set<String>> analyzed =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
          return size() > CACHED_TOPIC_LISTS;
        }
      };

  public TopicMatchPrior(QueryUnderstanding understanding) {
    this.understanding = understanding;
  }

  @Override
  public String name() {
    return "topic-match";
  }

  @Override
  public double value(Candidate hit, Set<String> queryTerms) {
    if (queryTerms.isEmpty() || hit.topics().isBlank()) {
      return 0;
    }
    Set<String> topicTerms = terms(hit.topics());
    long held = queryTerms.stream().filter(topicTerms::contains).count();
    return (double) held / queryTerms.size();
  }

  private Set<String> terms(String topics) {
    synchronized (analyzed) {
      Set<String> cached = analyzed.get(topics);
      if (cached != null) {
        return cached;
      }
    }
    Set<String> terms = Set.copyOf(understanding.terms(topics));
    synchronized (analyzed) {
      analyzed.put(topics, terms);
    }
    return terms;
  }
}
