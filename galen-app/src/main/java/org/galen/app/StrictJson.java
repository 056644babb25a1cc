package org.galen.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * How request bodies are read at the edge: strict UTF-8, one JSON object with nothing after it, no
 * duplicate keys, nesting at most {@value #MAX_DEPTH} levels, only the fields the request defines,
 * each of its type. Every refusal is a {@link GalenException} that names the problem in the
 * caller's terms, never the parser's.
 */
public final class StrictJson {
  /** Deeper than any request or answer Galen defines. */
  public static final int MAX_DEPTH = 64;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  static {
    MAPPER
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(100)
                .build());
  }

  private StrictJson() {}

  /** The mapper with these rules, for readers that walk the tree themselves. */
  static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Decodes a request body, refusing bytes that are not UTF-8 instead of replacing them. */
  public static String utf8(byte[] body) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(body);
    try {
      return decoder.decode(in).toString();
    } catch (CharacterCodingException e) {
      throw new GalenException(
          "the request body is not valid UTF-8 (at byte " + in.position() + "); send UTF-8 text");
    }
  }

  /** Parses {@code json} as one JSON object; {@code what} names it in messages ("the request"). */
  public static JsonNode object(String json, String what) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GalenException(what + " is not valid JSON: " + describe(e));
    }
    if (n == null || !n.isObject()) {
      throw new GalenException(what + " must be a JSON object");
    }
    return n;
  }

  /** The problem with malformed JSON in the caller's terms (no parser class or setting names). */
  static String describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getOriginalMessage());
      if (m.contains("nesting depth")) {
        return "it is nested more than " + MAX_DEPTH + " levels deep";
      }
      if (m.contains("Number value length")) {
        return "a number in it has too many digits";
      }
      return "it is larger than a request may be";
    }
    if (e instanceof MismatchedInputException
        && String.valueOf(e.getOriginalMessage()).contains("Trailing token")) {
      return "there is more after the JSON value";
    }
    String m = String.valueOf(e.getOriginalMessage());
    // Jackson names its own settings in backquotes; the caller cannot act on those
    int setting = m.indexOf(" (from `");
    if (setting >= 0) {
      m = m.substring(0, setting);
    }
    return m.replaceAll("`[^`]*`", "").replaceAll("\\s+", " ").strip();
  }

  /** Refuses fields of {@code n} other than {@code allowed}. */
  public static void onlyFields(JsonNode n, String what, List<String> allowed) {
    Set<String> known = Set.copyOf(allowed);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new GalenException(
            "unknown field '" + f + "' in " + what + "; it takes " + String.join(", ", allowed));
      }
    }
  }

  /** A string field, or null when absent or null; any other type is refused. */
  public static @Nullable String optionalString(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new GalenException("'" + field + "' must be a string");
    }
    return v.asText();
  }

  /** A string field that must be there. */
  public static String string(JsonNode n, String field) {
    String v = optionalString(n, field);
    if (v == null) {
      throw new GalenException("'" + field + "' must be a string");
    }
    return v;
  }
}
