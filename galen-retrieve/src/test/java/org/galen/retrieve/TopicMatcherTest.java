package org.galen.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicMatcherTest {
  private static boolean names(List<String> topic, Set<String> terms, Set<String> informative) {
    return TopicMatcher.strength(List.of(topic), terms, informative) > 0;
  }

  @Test
  void namingTheTitleIsStrongerThanAnAliasOrAPartialName() {
    List<List<String>> topics =
        List.of(List.of("sciatica"), List.of("sciatica"), List.of("deep", "buttock", "pain"));
    Set<String> q = Set.of("sciatica", "buttock", "pain");
    assertThat(TopicMatcher.strength(topics, q, q)).isEqualTo(3);
    assertThat(TopicMatcher.strength(topics.subList(2, 3), q, q)).isEqualTo(1);
  }

  @Test
  void everyWordOfATopicNameMustAppear() {
    assertThat(
            names(
                List.of("knee", "osteoarthr"),
                Set.of("knee", "osteoarthr", "manag"),
                Set.of("knee", "osteoarthr")))
        .isTrue();
    assertThat(
            names(
                List.of("knee", "osteoarthr"),
                Set.of("hip", "osteoarthr"),
                Set.of("hip", "osteoarthr")))
        .isFalse();
  }

  @Test
  void wordFormsTheStemmerKeepsApartStillMatch() {
    // "arthritic" stems to arthrit, "arthritis" to arthriti
    assertThat(
            names(
                List.of("knee", "arthriti"), Set.of("knee", "arthrit"), Set.of("knee", "arthrit")))
        .isTrue();
  }

  @Test
  void questionWordsNeverMatchByPrefix() {
    // "should" must not name "shoulder pain"
    assertThat(names(List.of("shoulder", "pain"), Set.of("should", "pain"), Set.of("pain")))
        .isFalse();
  }

  @Test
  void aLongNameMayMissOneQualifier() {
    assertThat(
            names(
                List.of("acut", "low", "back", "pain"),
                Set.of("low", "back", "pain"),
                Set.of("low", "back", "pain")))
        .isTrue();
    assertThat(
            names(
                List.of("acut", "low", "back", "pain"),
                Set.of("back", "pain"),
                Set.of("back", "pain")))
        .isFalse();
  }
}
