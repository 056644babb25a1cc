package org.galen.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Question;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.core.answer.Answer;
import org.galen.core.answer.AnswerStatus;
import org.galen.core.answer.Emergency;
import org.galen.core.answer.Evidence;
import org.galen.core.answer.Reference;
import org.galen.core.answer.Section;
import org.galen.core.answer.Statement;
import org.galen.core.frame.FrameConcept;
import org.galen.core.frame.Patient;
import org.galen.core.frame.QuestionFrame;
import org.jspecify.annotations.Nullable;

/** The JSON forms of answers, sources and questions, exactly as in {@code answer.schema.json}. */
public final class AnswerJson {
  private static final ObjectMapper MAPPER = StrictJson.mapper();

  private AnswerJson() {}

  public static String write(Answer a) {
    return toString(tree(a));
  }

  /** The question frame: concepts with their roles and parents, the patient, the ask. */
  static ObjectNode frame(QuestionFrame f) {
    ObjectNode o = MAPPER.createObjectNode();
    ArrayNode concepts = o.putArray("concepts");
    for (FrameConcept c : f.concepts()) {
      ObjectNode n = concepts.addObject();
      n.put("id", c.id());
      n.put("name", c.name());
      n.put("kind", c.kind());
      n.put("text", c.text());
      n.put("role", c.role().name().toLowerCase(java.util.Locale.ROOT));
      n.put("negated", c.negated());
      ArrayNode parents = n.putArray("parents");
      c.parents().forEach(p -> parents.addObject().put("id", p.id()).put("name", p.name()));
    }
    Patient p = f.patient();
    ObjectNode pn = o.putObject("patient");
    if (p.ageYears() != null) {
      pn.put("age", Math.round(p.ageYears() * 100) / 100.0);
    }
    putIfPresent(pn, "sex", p.sex());
    if (p.pregnant() != null) {
      pn.put("pregnant", p.pregnant());
    }
    if (p.trimester() != null) {
      pn.put("trimester", p.trimester());
    }
    if (p.breastfeeding() != null) {
      pn.put("breastfeeding", p.breastfeeding());
    }
    ArrayNode conditions = pn.putArray("conditions");
    p.conditions().forEach(c -> fact(conditions.addObject(), c));
    ArrayNode allergies = pn.putArray("allergies");
    p.allergies()
        .forEach(
            al ->
                allergies
                    .addObject()
                    .put("substance", al.substance())
                    .put("severity", al.severity())
                    .put("negated", al.negated()));
    ArrayNode drugs = pn.putArray("drugs");
    p.drugs().forEach(d -> fact(drugs.addObject(), d));
    if (p.egfr() != null) {
      pn.put("egfr", p.egfr());
    }
    if (p.ckdStage() != null) {
      pn.put("ckdStage", p.ckdStage());
    }
    if (p.dialysis()) {
      pn.put("dialysis", true);
    }
    o.put("ask", f.ask().wire());
    o.put("askConfidence", Math.round(f.askConfidence() * 1000) / 1000.0);
    o.put("overview", f.overview());
    return o;
  }

  private static void fact(ObjectNode n, Patient.Fact f) {
    n.put("name", f.name());
    putIfPresent(n, "id", f.conceptId());
    n.put("negated", f.negated());
    n.put("historical", f.historical());
  }

  private static void putIfPresent(ObjectNode n, String field, @Nullable String value) {
    if (value != null) {
      n.put(field, value);
    }
  }

  public static ObjectNode tree(Answer a) {
    ObjectNode o = MAPPER.createObjectNode();
    if (a.id() != null) {
      o.put("id", a.id());
    }
    o.put("question", a.question());
    o.put("audience", a.audience().wire());
    o.put("status", a.status().wire());
    ObjectNode em = o.putObject("emergency");
    em.put("detected", a.emergency().detected());
    ArrayNode conditions = em.putArray("conditions");
    a.emergency().conditions().forEach(conditions::add);
    em.put("advice", a.emergency().advice());
    ArrayNode ids = em.putArray("ids");
    a.emergency().ids().forEach(ids::add);
    ArrayNode waiting = em.putArray("whileWaiting");
    a.emergency().whileWaiting().forEach(waiting::add);
    if (a.bottomLine() == null) {
      o.putNull("bottomLine");
    } else {
      o.set("bottomLine", statement(a.bottomLine()));
    }
    ArrayNode sections = o.putArray("sections");
    for (Section s : a.sections()) {
      ObjectNode sn = sections.addObject();
      sn.put("kind", s.kind().wire());
      sn.put("title", s.title());
      if (s.folded()) {
        sn.put("folded", true);
      }
      ArrayNode st = sn.putArray("statements");
      s.statements().forEach(x -> st.add(statement(x)));
    }
    ArrayNode refs = o.putArray("references");
    for (Reference r : a.references()) {
      ObjectNode rn = refs.addObject();
      rn.put("n", r.n());
      rn.put("id", r.id());
      rn.put("kind", r.kind().wire());
      rn.put("title", r.title());
      rn.put("source", r.source());
      putNullable(rn, "year", r.year());
      putNullable(rn, "url", r.url());
      putNullable(rn, "pmid", r.pmid());
      putNullable(rn, "doi", r.doi());
      if (!r.basis().isEmpty()) {
        ArrayNode basis = rn.putArray("basis");
        r.basis().forEach(basis::add);
      }
      if (r.reviewStatus() != null) {
        rn.put("reviewStatus", r.reviewStatus());
      }
    }
    o.put("disclaimer", a.disclaimer());
    ArrayNode follow = o.putArray("followUps");
    a.followUps().forEach(follow::add);
    o.put("generatedAt", a.generatedAt().toString());
    o.put("composer", a.composer());
    if (a.searched() != null) {
      o.put("searched", a.searched());
    }
    if (a.droppedClaims() > 0) {
      o.put("droppedClaims", a.droppedClaims());
    }
    if (!a.frame().equals(QuestionFrame.NONE)) {
      o.set("frame", frame(a.frame()));
    }
    if (!a.patientContext().isEmpty()) {
      ArrayNode context = o.putArray("patientContext");
      a.patientContext().forEach(context::add);
    }
    return o;
  }

  private static ObjectNode statement(Statement s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("text", s.text());
    ArrayNode c = o.putArray("citations");
    s.citations().forEach(c::add);
    ArrayNode ev = o.putArray("evidence");
    for (Evidence e : s.evidence()) {
      ObjectNode en = ev.addObject();
      en.put("ref", e.ref());
      en.put("quote", e.quote());
    }
    if (s.group() != null) {
      o.put("group", s.group());
    }
    return o;
  }

  public static String source(Source s) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", s.id());
    o.put("kind", s.kind().wire());
    o.put("title", s.title());
    o.put("source", s.publisher());
    ArrayNode authors = o.putArray("authors");
    s.authors().forEach(authors::add);
    putNullable(o, "year", s.year());
    putNullable(o, "url", s.url());
    putNullable(o, "pmid", s.pmid());
    putNullable(o, "doi", s.doi());
    ArrayNode types = o.putArray("publicationTypes");
    s.publicationTypes().forEach(types::add);
    ArrayNode topics = o.putArray("topics");
    s.topics().forEach(topics::add);
    ArrayNode basis = o.putArray("basis");
    s.basis().forEach(basis::add);
    putNullable(o, "reviewStatus", s.reviewStatus());
    o.put("text", s.text());
    return toString(o);
  }

  /**
   * Reads an answer written by {@link #write} (an article version's snapshot, or an editor's edit
   * of it); the records' own checks apply, so a statement without its quote is refused.
   */
  public static Answer read(String json) {
    JsonNode n;
    try {
      n = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new GalenException("the answer is not valid JSON: " + StrictJson.describe(e));
    }
    if (n == null || !n.isObject()) {
      throw new GalenException("the answer must be a JSON object (answer.schema.json)");
    }
    try {
      JsonNode em = n.path("emergency");
      List<Section> sections = new ArrayList<>();
      for (JsonNode s : n.path("sections")) {
        List<Statement> statements = new ArrayList<>();
        s.path("statements").forEach(x -> statements.add(readStatement(x)));
        sections.add(
            new Section(
                SectionKind.parse(text(s, "kind")),
                text(s, "title"),
                statements,
                s.path("folded").asBoolean(false)));
      }
      List<Reference> refs = new ArrayList<>();
      for (JsonNode r : n.path("references")) {
        refs.add(
            new Reference(
                r.path("n").asInt(),
                text(r, "id"),
                ReferenceKind.parse(text(r, "kind")),
                text(r, "title"),
                r.path("source").asText(""),
                r.hasNonNull("year") ? r.get("year").asInt() : null,
                optional(r, "url"),
                optional(r, "pmid"),
                optional(r, "doi"),
                strings(r.path("basis")),
                optional(r, "reviewStatus")));
      }
      JsonNode bottom = n.get("bottomLine");
      return new Answer(
          optional(n, "id"),
          text(n, "question"),
          Audience.parse(n.path("audience").asText("clinician")),
          AnswerStatus.valueOf(
              n.path("status").asText("answered").toUpperCase(java.util.Locale.ROOT)),
          new Emergency(
              em.path("detected").asBoolean(false),
              strings(em.path("conditions")),
              em.path("advice").asText(""),
              strings(em.path("ids")),
              strings(em.path("whileWaiting"))),
          bottom == null || bottom.isNull() ? null : readStatement(bottom),
          sections,
          refs,
          n.path("disclaimer").asText(""),
          strings(n.path("followUps")),
          n.hasNonNull("generatedAt")
              ? Instant.parse(n.get("generatedAt").asText())
              : Instant.EPOCH,
          n.path("composer").asText("extractive"),
          optional(n, "searched"),
          strings(n.path("patientContext")),
          n.path("droppedClaims").asInt(0));
    } catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
      throw new GalenException("the answer does not follow answer.schema.json: " + e.getMessage());
    }
  }

  private static Statement readStatement(JsonNode x) {
    List<Integer> citations = new ArrayList<>();
    x.path("citations").forEach(c -> citations.add(c.asInt()));
    List<Evidence> evidence = new ArrayList<>();
    x.path("evidence")
        .forEach(e -> evidence.add(new Evidence(e.path("ref").asInt(), text(e, "quote"))));
    return new Statement(text(x, "text"), citations, evidence, optional(x, "group"));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string");
    }
    return v.asText();
  }

  private static @Nullable String optional(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  /** A question as posted to the API or given as a batch line: question, audience, previous, id. */
  public record Request(@Nullable String id, Question question) {}

  public static Request request(String json, Audience defaultAudience) {
    JsonNode n = StrictJson.object(json, "the request");
    StrictJson.onlyFields(n, "the request", List.of("question", "audience", "previous", "id"));
    String question = StrictJson.string(n, "question");
    String audience = StrictJson.optionalString(n, "audience");
    List<String> previous = new ArrayList<>();
    JsonNode prev = n.get("previous");
    if (prev != null && !prev.isNull()) {
      if (!prev.isArray()) {
        throw new GalenException("'previous' must be an array of strings");
      }
      if (prev.size() > 20) {
        throw new GalenException("'previous' holds " + prev.size() + " questions; the limit is 20");
      }
      for (JsonNode p : prev) {
        if (!p.isTextual()) {
          throw new GalenException("'previous' must be an array of strings");
        }
        previous.add(p.asText());
      }
    }
    String id = StrictJson.optionalString(n, "id");
    return new Request(
        id,
        new Question(
            question, audience == null ? defaultAudience : Audience.parse(audience), previous));
  }

  private static void putNullable(ObjectNode o, String field, @Nullable Object value) {
    switch (value) {
      case null -> o.putNull(field);
      case Integer i -> o.put(field, i);
      default -> o.put(field, value.toString());
    }
  }

  private static String toString(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
