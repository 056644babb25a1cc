package org.galen.retrieve;

import java.util.Set;
import org.galen.index.PassageHit;

/**
 * Sources about what the question asks about first: the share of the question's informative words
 * that the source's title or topic names (MeSH terms) hold, analyzed like the question.
 */
public record TopicMatchPrior(QueryUnderstanding understanding) implements Prior {
  @Override
  public String name() {
    return "topic-match";
  }

  @Override
  public double value(PassageHit hit, Set<String> queryTerms) {
    if (queryTerms.isEmpty() || hit.topics().isBlank()) {
      return 0;
    }
    Set<String> topicTerms = Set.copyOf(understanding.terms(hit.topics()));
    long held = queryTerms.stream().filter(topicTerms::contains).count();
    return (double) held / queryTerms.size();
  }
}
