package org.galen.understand.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.galen.core.GalenException;

/**
 * Which words are ordinary English, read from the WordPiece vocabulary of the sentence-embedding
 * model Galen ships (all-MiniLM-L6-v2, BERT's uncased vocabulary). A word that is a whole token of
 * that vocabulary is a real word, so it is never "corrected" to a medical term; BERT's vocabulary
 * is ordered roughly by frequency, so a low token id marks a common word ("cold", "stroke",
 * "select"), which as a name of a concept is ambiguous.
 */
public final class EnglishWords {
  /** The model's tokenizer, in the LangChain4j artifact that ships the model. */
  private static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";

  /** BERT's vocabulary starts its ordinary words here ("the"); earlier ids are reserved. */
  private static final int FIRST_WORD = 1996;

  /** Words among the first this many of the vocabulary are common. */
  private static final int COMMON_RANK = 10_000;

  private final Map<String, Integer> rank;

  private EnglishWords(Map<String, Integer> rank) {
    this.rank = Map.copyOf(rank);
  }

  /** Words and their frequency rank, as {@link #ranks} gave them. */
  public static EnglishWords of(Map<String, Integer> rank) {
    return new EnglishWords(rank);
  }

  public Map<String, Integer> ranks() {
    return rank;
  }

  public static EnglishWords bundled() {
    try (InputStream in = EnglishWords.class.getClassLoader().getResourceAsStream(VOCABULARY)) {
      if (in == null) {
        throw new GalenException(
            VOCABULARY + " is missing from the classpath (it ships with the embedding model)");
      }
      return new EnglishWords(read(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole-word tokens of {@code model.vocab} with their frequency rank. */
  private static Map<String, Integer> read(InputStream in) throws IOException {
    Map<String, Integer> out = new HashMap<>();
    try (JsonParser p = new JsonFactory().createParser(in)) {
      int depth = 0;
      boolean inModel = false;
      while (p.nextToken() != null) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (depth == 1 && name.equals("model")) {
            inModel = true;
          } else if (depth == 1) {
            inModel = false;
          } else if (inModel && depth == 2 && name.equals("vocab")) {
            p.nextToken();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String token = p.currentName();
              p.nextToken();
              int id = p.getIntValue();
              if (id >= FIRST_WORD
                  && token.length() > 1
                  && token.chars().allMatch(Character::isLetter)) {
                out.put(token, id - FIRST_WORD);
              }
            }
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new GalenException(VOCABULARY + " holds no vocabulary under model.vocab");
    }
    return out;
  }

  /** Whether a folded, lower-case word is a word of the vocabulary. */
  public boolean isWord(String lower) {
    return rank.containsKey(lower);
  }

  /** Whether a folded, lower-case word is among the common words of English. */
  public boolean isCommon(String lower) {
    Integer r = rank.get(lower);
    return r != null && r < COMMON_RANK;
  }
}
