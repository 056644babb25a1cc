package org.galen.compose.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.compose.Composer;
import org.galen.core.Audience;
import org.galen.core.Question;
import org.galen.core.SectionKind;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.jspecify.annotations.Nullable;

/**
 * Lets a language model write the answer from the passages the extractive composer chose, then
 * keeps only what the passages support. Safety decisions (emergency, scope, abstention) and the
 * choice of evidence stay with the extractive composer; the model only words the answer. Every
 * drafted sentence must cite passage ids, and a cited passage must hold a supporting quote found
 * mechanically ({@link ClaimVerifier}), or the sentence is dropped and counted. When the endpoint
 * fails or nothing survives, the extractive answer is given instead.
 */
public final class LlmComposer implements Composer {
  private static final Logger LOG = Logger.getLogger(LlmComposer.class.getName());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PASSAGE_ID = Pattern.compile("P(\\d+)");

  private final Composer extractive;
  private final ChatClient client;
  private final ClaimVerifier verifier;
  private final Clock clock;

  public LlmComposer(
      Composer extractive, ChatClient client, Function<String, List<String>> terms, Clock clock) {
    this.extractive = extractive;
    this.client = client;
    this.verifier = new ClaimVerifier(terms, 0.6);
    this.clock = clock;
  }

  /** One passage offered to the model: the reference it belongs to and its verbatim text. */
  record Offered(int ref, String text) {}

  @Override
  public Answer answer(Question question) {
    Answer base = extractive.answer(question);
    if (base.status() != AnswerStatus.ANSWERED) {
      return base;
    }
    List<Offered> offered = offered(base);
    String reply;
    try {
      reply = client.complete(system(question.audience()), user(question, offered));
    } catch (ChatClient.LlmException e) {
      LOG.warning("LLM composer fell back to the extractive answer: " + e.getMessage());
      return base;
    }
    Optional<Answer> drafted = verify(base, reply, offered);
    if (drafted.isEmpty()) {
      LOG.warning(
          "LLM composer fell back to the extractive answer: nothing it wrote was supported");
      return base;
    }
    return drafted.get();
  }

  /** The distinct quotes of the extractive answer, in its order: P1, P2, ... */
  static List<Offered> offered(Answer base) {
    Map<String, Offered> out = new LinkedHashMap<>();
    base.statements()
        .forEach(
            s ->
                s.evidence()
                    .forEach(e -> out.putIfAbsent(e.quote(), new Offered(e.ref(), e.quote()))));
    return List.copyOf(out.values());
  }

  private static String system(Audience audience) {
    return "You are a careful clinical editor. Write the answer to the question using ONLY the numbered"
        + " passages given. Do not add any fact, drug, dose, number or claim that is not in them."
        + " Every sentence must cite the passage ids it rests on, e.g. [\"P2\", \"P5\"]."
        + (audience == Audience.PATIENT
            ? " Write for a patient: plain words, short sentences, second person."
            : " Write for a clinician: keep drug names and doses exactly as the passages give them.")
        + " Reply with JSON only, no prose around it: {\"bottomLine\": {\"text\": \"...\", \"cites\":"
        + " [\"P1\"]}, \"sections\": [{\"kind\": \"first_line|second_line|third_line|pitfalls|red_flags|"
        + "evidence_quality|diagnosis|prevention|monitoring|self_care|other\", \"statements\": [{\"text\":"
        + " \"...\", \"cites\": [\"P2\"]}]}]}";
  }

  private static String user(Question question, List<Offered> offered) {
    StringBuilder sb = new StringBuilder();
    if (!question.previous().isEmpty()) {
      sb.append("Earlier questions: ").append(String.join(" | ", question.previous())).append("\n");
    }
    sb.append("Question: ").append(question.text()).append("\n\nPassages:\n");
    for (int i = 0; i < offered.size(); i++) {
      sb.append("[P").append(i + 1).append("] ").append(offered.get(i).text()).append("\n");
    }
    return sb.toString();
  }

  /** The drafted answer with only its supported sentences, or empty when none is supported. */
  Optional<Answer> verify(Answer base, String reply, List<Offered> offered) {
    JsonNode draft;
    try {
      draft = JSON.readTree(stripFences(reply));
    } catch (JsonProcessingException e) {
      LOG.warning("the LLM reply is not JSON: " + e.getOriginalMessage());
      return Optional.empty();
    }
    if (draft == null || !draft.isObject()) {
      return Optional.empty();
    }
    int[] dropped = {0};
    Map<Integer, Integer> renumber = new LinkedHashMap<>();
    Statement bottom = statement(draft.path("bottomLine"), offered, renumber, dropped);
    List<Section> sections = new ArrayList<>();
    for (JsonNode s : draft.path("sections")) {
      SectionKind kind;
      try {
        kind = SectionKind.parse(s.path("kind").asText("other"));
      } catch (IllegalArgumentException e) {
        kind = SectionKind.OTHER;
      }
      List<Statement> statements = new ArrayList<>();
      for (JsonNode st : s.path("statements")) {
        Statement verified = statement(st, offered, renumber, dropped);
        if (verified != null) {
          statements.add(verified);
        }
      }
      if (!statements.isEmpty()) {
        sections.add(new Section(kind, kind.title(base.audience()), statements));
      }
    }
    if (bottom == null && sections.isEmpty()) {
      return Optional.empty();
    }
    List<Reference> references = new ArrayList<>();
    renumber.forEach(
        (old, n) ->
            base.references().stream()
                .filter(r -> r.n() == old)
                .findFirst()
                .ifPresent(
                    r ->
                        references.add(
                            new Reference(
                                n,
                                r.id(),
                                r.kind(),
                                r.title(),
                                r.source(),
                                r.year(),
                                r.url(),
                                r.pmid(),
                                r.doi(),
                                r.basis(),
                                r.reviewStatus()))));
    return Optional.of(
        new Answer(
            base.id(),
            base.question(),
            base.audience(),
            AnswerStatus.ANSWERED,
            base.emergency(),
            bottom,
            sections,
            references,
            base.disclaimer(),
            base.followUps(),
            clock.instant(),
            "llm:" + client.model(),
            null,
            base.patientContext(),
            dropped[0]));
  }

  /** A drafted sentence with a verified quote from each passage that supports it, or null. */
  private @Nullable Statement statement(
      JsonNode node, List<Offered> offered, Map<Integer, Integer> renumber, int[] dropped) {
    String text = node.path("text").asText("").strip();
    if (text.isEmpty()) {
      return null;
    }
    Map<Integer, String> quotes = new LinkedHashMap<>();
    for (JsonNode cite : node.path("cites")) {
      Matcher m = PASSAGE_ID.matcher(cite.asText("").toUpperCase(Locale.ROOT));
      if (!m.matches()) {
        continue;
      }
      int i = Integer.parseInt(m.group(1)) - 1;
      if (i < 0 || i >= offered.size()) {
        continue;
      }
      Offered passage = offered.get(i);
      verifier.support(text, passage.text()).ifPresent(q -> quotes.putIfAbsent(passage.ref(), q));
    }
    if (quotes.isEmpty()) {
      dropped[0]++;
      LOG.info("dropped an unsupported LLM sentence: " + text);
      return null;
    }
    List<Integer> citations = new ArrayList<>();
    List<Evidence> evidence = new ArrayList<>();
    quotes.forEach(
        (ref, quote) -> {
          int n = renumber.computeIfAbsent(ref, r -> renumber.size() + 1);
          citations.add(n);
          evidence.add(new Evidence(n, quote));
        });
    return new Statement(text, citations, evidence, null);
  }

  private static String stripFences(String reply) {
    String s = reply.strip();
    if (s.startsWith("```")) {
      s = s.replaceFirst("^```(?:json)?\\s*", "").replaceFirst("\\s*```$", "");
    }
    return s;
  }
}
