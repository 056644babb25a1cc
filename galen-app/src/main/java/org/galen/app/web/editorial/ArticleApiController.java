package org.galen.app.web.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.galen.app.StrictJson;
import org.galen.app.editorial.Editorial;
import org.galen.app.web.ErrorBodies;
import org.galen.app.web.security.CurrentUser;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.store.StoreException;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.Review;
import org.galen.store.article.ReviewStatus;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/articles}: the editorial workflow as JSON, with the same roles as the pages
 * (readers read, editors save and edit, reviewers review), checked again by the store.
 */
@RestController
@RequestMapping(path = "/api/v1/articles", produces = MediaType.APPLICATION_JSON_VALUE)
class ArticleApiController {
  private static final Logger LOG = LoggerFactory.getLogger(ArticleApiController.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Editorial editorial;
  private final CurrentUser currentUser;

  ArticleApiController(Editorial editorial, CurrentUser currentUser) {
    this.editorial = editorial;
    this.currentUser = currentUser;
  }

  @GetMapping
  ResponseEntity<String> list() {
    ArrayNode out = JSON.createArrayNode();
    editorial.store().articles().list().forEach(a -> out.add(article(a)));
    return ok(out);
  }

  @GetMapping("/{slug}")
  ResponseEntity<String> get(@PathVariable String slug) throws JsonProcessingException {
    ObjectNode o = article(editorial.store().articles().get(slug));
    ArrayNode versions = o.putArray("versions");
    for (ArticleVersion v : editorial.store().articles().versions(slug)) {
      versions.add(version(v));
    }
    ArrayNode reviews = o.putArray("reviews");
    editorial.store().articles().reviews(slug).forEach(r -> reviews.add(review(r)));
    return ok(o);
  }

  /** Body: {@code {"question": "...", "audience": "clinician"}}; answers it and saves it. */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> create(@RequestBody byte[] body) throws JsonProcessingException {
    JsonNode n = parse(body, "question", "audience");
    String audience = StrictJson.optionalString(n, "audience");
    Article a =
        editorial.publish(
            currentUser.require(),
            StrictJson.string(n, "question"),
            audience == null ? Audience.CLINICIAN : Audience.parse(audience));
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/articles/" + a.slug())
        .body(JSON.writeValueAsString(article(a)));
  }

  /**
   * Body: {@code {"basedOn": LOCK_VERSION, "answer": {...answer contract...}, "note": "..."}}, or
   * {@code {"basedOn": N, "regenerate": true}}. 409 when someone saved since {@code basedOn}.
   */
  @PostMapping(path = "/{slug}/versions", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> edit(@PathVariable String slug, @RequestBody byte[] body)
      throws JsonProcessingException {
    JsonNode n = parse(body, "basedOn", "answer", "note", "regenerate");
    if (!n.path("basedOn").isIntegralNumber() || !n.path("basedOn").canConvertToInt()) {
      throw new GalenException(
          "'basedOn' must be the article's lockVersion you edited from (GET the article for it)");
    }
    int basedOn = n.get("basedOn").asInt();
    ArticleVersion v;
    JsonNode regenerate = n.path("regenerate");
    if (!regenerate.isMissingNode() && !regenerate.isBoolean()) {
      throw new GalenException("'regenerate' must be true or false");
    }
    if (regenerate.asBoolean(false)) {
      v = editorial.regenerate(currentUser.require(), slug, basedOn);
    } else {
      if (!n.path("answer").isObject()) {
        throw new GalenException("'answer' must be an answer object (answer.schema.json)");
      }
      v =
          editorial.edit(
              currentUser.require(),
              slug,
              basedOn,
              JSON.writeValueAsString(n.get("answer")),
              StrictJson.optionalString(n, "note"));
    }
    return ResponseEntity.status(HttpStatus.CREATED).body(JSON.writeValueAsString(version(v)));
  }

  /** Body: {@code {"to": "under_review" | "approved" | "changes_requested", "comment": "..."}}. */
  @PostMapping(path = "/{slug}/versions/{n}/review", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> review(
      @PathVariable String slug, @PathVariable int n, @RequestBody byte[] body) {
    JsonNode b = parse(body, "to", "comment");
    if (!b.path("to").isTextual()) {
      throw new GalenException("'to' must be under_review, approved or changes_requested");
    }
    Review r =
        editorial
            .store()
            .articles()
            .review(
                currentUser.require(),
                slug,
                n,
                ReviewStatus.parse(b.get("to").asText()),
                StrictJson.optionalString(b, "comment"));
    return ok(review(r));
  }

  @ExceptionHandler(StoreException.Forbidden.class)
  ResponseEntity<String> forbidden(StoreException e) {
    return error(HttpStatus.FORBIDDEN, e);
  }

  @ExceptionHandler(StoreException.NotFound.class)
  ResponseEntity<String> notFound(StoreException e) {
    return error(HttpStatus.NOT_FOUND, e);
  }

  @ExceptionHandler(StoreException.Conflict.class)
  ResponseEntity<String> conflict(StoreException e) {
    return error(HttpStatus.CONFLICT, e);
  }

  @ExceptionHandler(StoreException.Failure.class)
  ResponseEntity<String> failure(StoreException e) {
    LOG.error("editorial database failure", e);
    ObjectNode o = JSON.createObjectNode();
    o.put("error", ErrorBodies.SERVER_ERROR);
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .contentType(MediaType.APPLICATION_JSON)
        .body(o.toString());
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> bad(GalenException e) {
    return error(HttpStatus.BAD_REQUEST, e);
  }

  private static ObjectNode article(Article a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("slug", a.slug());
    o.put("url", "/articles/" + a.slug());
    o.put("question", a.question());
    o.put("audience", a.audience().wire());
    o.put("status", a.latestStatus().wire());
    o.put("latestVersion", a.latestVersion());
    o.put("lockVersion", a.lockVersion());
    o.put("evidenceChanged", a.evidenceChanged());
    putNullable(o, "evidenceNote", a.evidenceNote());
    o.put("createdAt", a.createdAt().toString());
    o.put("updatedAt", a.updatedAt().toString());
    return o;
  }

  private static ObjectNode version(ArticleVersion v) {
    ObjectNode o = JSON.createObjectNode();
    o.put("number", v.number());
    o.put("status", v.status().wire());
    o.put("author", v.author());
    putNullable(o, "note", v.note());
    o.put("createdAt", v.createdAt().toString());
    ArrayNode sources = o.putArray("sources");
    v.sources().forEach(s -> sources.addObject().put("id", s.sourceId()).put("hash", s.hash()));
    o.set("answer", parse(v.answerJson()));
    return o;
  }

  private static ObjectNode review(Review r) {
    ObjectNode o = JSON.createObjectNode();
    o.put("version", r.version());
    o.put("from", r.from().wire());
    o.put("to", r.to().wire());
    o.put("reviewer", r.reviewer());
    putNullable(o, "comment", r.comment());
    o.put("at", r.at().toString());
    return o;
  }

  private static void putNullable(ObjectNode o, String field, @Nullable String value) {
    if (value == null) {
      o.putNull(field);
    } else {
      o.put(field, value);
    }
  }

  /** A request body: strict UTF-8, one JSON object with only the {@code fields} named. */
  private static JsonNode parse(byte[] body, String... fields) {
    String text;
    try {
      text = StrictJson.utf8(body);
    } catch (GalenException e) {
      LOG.warn("refused a request body: {}", e.getMessage());
      throw e;
    }
    JsonNode n = StrictJson.object(text, "the request");
    StrictJson.onlyFields(n, "the request", java.util.List.of(fields));
    return n;
  }

  /** A stored version's answer, read back for the response. */
  private static JsonNode parse(String stored) {
    return StrictJson.object(stored, "the stored answer");
  }

  private static ResponseEntity<String> ok(JsonNode node) {
    try {
      return ResponseEntity.ok(JSON.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static ResponseEntity<String> error(HttpStatus status, GalenException e) {
    ObjectNode o = JSON.createObjectNode();
    o.put("error", String.valueOf(e.getMessage()));
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(o.toString());
  }
}
