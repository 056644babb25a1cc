package org.galen.retrieve;

/**
 * Tunable weights of the search; configuration, not magic numbers in code.
 *
 * @param depth how many passages to fetch
 * @param topicWeight boost of a match on a source's title or topic names over one in passage text
 * @param contextWeight weight of words from earlier questions of the conversation
 * @param questionWordWeight weight of words about how a question is asked ("treatment", "best")
 * @param maxSources how many distinct sources to assess
 * @param passagesPerSourceScore how many of a source's best passages add up to its score
 * @param minOwnedPassages passages of a source that must hold a word for the source to own it
 * @param ownedShare share of the library's passages holding a word that must be the source's
 */
public record RetrieverConfig(
    int depth,
    float topicWeight,
    float contextWeight,
    float questionWordWeight,
    int maxSources,
    int passagesPerSourceScore,
    int minOwnedPassages,
    double ownedShare) {
  public static final RetrieverConfig DEFAULTS =
      new RetrieverConfig(200, 1.5f, 0.5f, 0.3f, 12, 3, 2, 0.6);

  public RetrieverConfig {
    if (depth < 1 || maxSources < 1 || passagesPerSourceScore < 1) {
      throw new IllegalArgumentException(
          "depth, maxSources and passagesPerSourceScore must be >= 1");
    }
  }
}
