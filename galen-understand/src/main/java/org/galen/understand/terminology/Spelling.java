package org.galen.understand.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IntsRefBuilder;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.fst.FST;
import org.apache.lucene.util.fst.Util;
import org.jspecify.annotations.Nullable;

/**
 * Near spellings of a word among the words of the terminologies' names: Lucene's Levenshtein
 * automaton of the word (first letter kept) walked together with an FST of those words, whose
 * outputs count how many names use each. The nearest word wins, and among equally near ones the
 * word more names use.
 */
final class Spelling {
  private final FST<Long> words;

  Spelling(FST<Long> words) {
    this.words = words;
  }

  FST<Long> fst() {
    return words;
  }

  boolean knows(String word) {
    try {
      return Util.get(words, Util.toIntsRef(new BytesRef(word), new IntsRefBuilder())) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The closest word within one edit or, for words of nine letters or more, two; empty when there
   * is none.
   */
  Optional<String> correct(String word) {
    if (word.length() < 2) {
      return Optional.empty();
    }
    int most = word.length() >= 9 ? 2 : 1;
    for (int edits = 1; edits <= most; edits++) {
      Automaton a = new LevenshteinAutomata(word.substring(1), true).toAutomaton(edits);
      Best best = new Best();
      try {
        FST.BytesReader reader = words.getBytesReader();
        FST.Arc<Long> first =
            words.findTargetArc(
                word.charAt(0), words.getFirstArc(new FST.Arc<>()), new FST.Arc<>(), reader);
        if (first == null) {
          return Optional.empty();
        }
        walk(first, a, 0, new StringBuilder(word.substring(0, 1)), first.output(), best, reader);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (best.word != null) {
        return Optional.of(best.word);
      }
    }
    return Optional.empty();
  }

  private static final class Best {
    @Nullable String word;
    long uses = -1;
  }

  private void walk(
      FST.Arc<Long> node,
      Automaton a,
      int state,
      StringBuilder prefix,
      long output,
      Best best,
      FST.BytesReader reader)
      throws IOException {
    if (node.isFinal() && a.isAccept(state)) {
      long uses = output + node.nextFinalOutput();
      if (uses > best.uses) {
        best.word = prefix.toString();
        best.uses = uses;
      }
    }
    if (!FST.targetHasArcs(node)) {
      return;
    }
    FST.Arc<Long> arc = words.readFirstRealTargetArc(node.target(), new FST.Arc<>(), reader);
    while (true) {
      int next = a.step(state, arc.label());
      if (next != -1) {
        prefix.append((char) arc.label());
        walk(
            new FST.Arc<Long>().copyFrom(arc),
            a,
            next,
            prefix,
            output + arc.output(),
            best,
            reader);
        prefix.setLength(prefix.length() - 1);
      }
      if (arc.isLast()) {
        return;
      }
      words.readNextRealArc(arc, reader);
    }
  }
}
