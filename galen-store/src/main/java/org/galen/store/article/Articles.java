package org.galen.store.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.galen.core.Audience;
import org.galen.store.Actor;
import org.galen.store.Database;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.account.Accounts;
import org.galen.store.account.User;
import org.galen.store.audit.AuditLog;
import org.jspecify.annotations.Nullable;

/**
 * Articles and their review workflow. Editors create articles and add versions (optimistically
 * locked: an edit names the lock version it was based on); reviewers move a version from Submitted
 * to Under review and then to Approved or Changes requested, never approving their own edit. Every
 * change is written to the audit log in the same transaction.
 */
public final class Articles {
  private static final String ARTICLE_SELECT =
      "select a.id, a.slug, a.question, a.audience, a.lock_version, a.evidence_changed,"
          + " a.evidence_note, a.created_at, a.updated_at, v.number, v.status"
          + " from articles a join article_versions v on v.article_id = a.id"
          + " and v.number = (select max(x.number) from article_versions x where x.article_id ="
          + " a.id)";
  private static final String VERSION_SELECT =
      "select v.id, a.slug, v.number, v.answer_json, v.status, u.username, u.display_name, v.note,"
          + " v.created_at from article_versions v join articles a on a.id = v.article_id"
          + " join users u on u.id = v.author_id";

  private final Database db;
  private final AuditLog audit;
  private final Clock clock;

  public Articles(Database db, AuditLog audit, Clock clock) {
    this.db = db;
    this.audit = audit;
    this.clock = clock;
  }

  /** Saves an answer as a new article with version 1, Submitted for review. */
  public Article create(Actor actor, Draft draft) {
    actor.require(Role.EDITOR, "save articles");
    return db.transaction(
        c -> {
          String slug = freeSlug(c, slugify(draft.question()));
          Instant now = clock.instant();
          long id =
              Database.insert(
                  c,
                  "insert into articles (slug, question, audience, lock_version, created_by,"
                      + " created_at, updated_at) values (?, ?, ?, 1, ?, ?, ?)",
                  slug,
                  draft.question(),
                  draft.audience().wire(),
                  actor.userId(),
                  now,
                  now);
          insertVersion(c, id, 1, draft, actor, now);
          audit.append(
              c,
              actor.username(),
              "article.create",
              target(slug),
              "version 1: " + draft.question());
          return article(c, slug);
        });
  }

  /**
   * Adds a new version made from {@code basedOnLock}, the article's lock version when the editor
   * opened it. If someone saved in between, nothing is saved and a {@link StoreException.Conflict}
   * says who and what to do.
   */
  public ArticleVersion edit(Actor actor, String slug, int basedOnLock, Draft draft) {
    actor.require(Role.EDITOR, "edit articles");
    return db.transaction(c -> addVersion(c, actor, slug, basedOnLock, draft, "article.edit"));
  }

  /**
   * Proposes a re-generated answer because a cited source changed: a new version by Galen's system
   * user, and the article flagged "evidence changed — re-review" until a version is approved.
   */
  public ArticleVersion proposeForChangedEvidence(
      Actor system, String slug, Draft draft, String reason) {
    system.require(Role.EDITOR, "propose versions");
    return db.transaction(
        c -> {
          Article a = article(c, slug);
          ArticleVersion v = addVersion(c, system, slug, a.lockVersion(), draft, "article.propose");
          Database.update(
              c,
              "update articles set evidence_changed = true, evidence_note = ? where id = ?",
              reason,
              a.id());
          audit.append(c, system.username(), "article.evidence-changed", target(slug), reason);
          return v;
        });
  }

  /** Flags an article whose cited evidence changed when no new answer could be proposed. */
  public void flagEvidenceChanged(Actor system, String slug, String reason) {
    system.require(Role.EDITOR, "flag articles");
    db.execute(
        c -> {
          Article a = article(c, slug);
          Database.update(
              c,
              "update articles set evidence_changed = true, evidence_note = ? where id = ?",
              reason,
              a.id());
          audit.append(c, system.username(), "article.evidence-changed", target(slug), reason);
        });
  }

  private ArticleVersion addVersion(
      Connection c, Actor actor, String slug, int basedOnLock, Draft draft, String action)
      throws SQLException {
    Article a = article(c, slug);
    Instant now = clock.instant();
    int updated =
        Database.update(
            c,
            "update articles set lock_version = lock_version + 1, question = ?, audience = ?,"
                + " updated_at = ? where id = ? and lock_version = ?",
            draft.question(),
            draft.audience().wire(),
            now,
            a.id(),
            basedOnLock);
    if (updated == 0) {
      ArticleVersion latest = version(c, slug, a.latestVersion());
      throw new StoreException.Conflict(
          "'"
              + slug
              + "' was changed while you edited it: you started from revision "
              + basedOnLock
              + ", but "
              + latest.author()
              + " saved version "
              + latest.number()
              + " at "
              + latest.createdAt()
              + " (now revision "
              + a.lockVersion()
              + "). Nothing was saved; reload the article and apply your edit again.");
    }
    int number = a.latestVersion() + 1;
    insertVersion(c, a.id(), number, draft, actor, now);
    audit.append(c, actor.username(), action, target(slug) + "/v" + number, draft.note());
    return version(c, slug, number);
  }

  private void insertVersion(
      Connection c, long articleId, int number, Draft draft, Actor author, Instant now)
      throws SQLException {
    long versionId =
        Database.insert(
            c,
            "insert into article_versions (article_id, number, answer_json, status, author_id,"
                + " note, created_at) values (?, ?, ?, ?, ?, ?, ?)",
            articleId,
            number,
            draft.answerJson(),
            ReviewStatus.SUBMITTED.wire(),
            author.userId(),
            draft.note(),
            now);
    for (CitedSource s : draft.sources()) {
      Database.update(
          c,
          "insert into version_sources (version_id, source_id, source_hash) values (?, ?, ?)",
          versionId,
          s.sourceId(),
          s.hash());
    }
  }

  /**
   * Moves version {@code number} of an article to {@code to}. Reviewers only; approving needs a
   * reviewer other than the version's author; requesting changes needs a comment.
   */
  public Review review(
      Actor actor, String slug, int number, ReviewStatus to, @Nullable String comment) {
    actor.require(Role.REVIEWER, "review articles");
    String note = comment == null || comment.isBlank() ? null : comment.strip();
    if (to == ReviewStatus.CHANGES_REQUESTED && note == null) {
      throw new StoreException("requesting changes needs a comment saying what to change");
    }
    return db.transaction(
        c -> {
          ArticleVersion v = version(c, slug, number);
          if (!v.status().canMoveTo(to)) {
            throw new StoreException(
                "version "
                    + number
                    + " of '"
                    + slug
                    + "' is "
                    + v.status().label().toLowerCase(Locale.ROOT)
                    + "; it cannot move to "
                    + to.label().toLowerCase(Locale.ROOT));
          }
          if (to == ReviewStatus.APPROVED && v.author().equals(actor.username())) {
            throw new StoreException.Forbidden(
                actor.username()
                    + " cannot approve version "
                    + number
                    + " of '"
                    + slug
                    + "': it is their own edit; another reviewer must approve it");
          }
          int updated =
              Database.update(
                  c,
                  "update article_versions set status = ? where id = ? and status = ?",
                  to.wire(),
                  v.id(),
                  v.status().wire());
          if (updated == 0) {
            throw new StoreException.Conflict(
                "version "
                    + number
                    + " of '"
                    + slug
                    + "' was reviewed by someone else meanwhile; reload it");
          }
          Instant now = clock.instant();
          Database.insert(
              c,
              "insert into reviews (version_id, from_status, to_status, reviewer_id, comment, at)"
                  + " values (?, ?, ?, ?, ?, ?)",
              v.id(),
              v.status().wire(),
              to.wire(),
              actor.userId(),
              note,
              now);
          Article a = article(c, slug);
          if (to == ReviewStatus.APPROVED && number == a.latestVersion()) {
            Database.update(
                c,
                "update articles set evidence_changed = false, evidence_note = null where id = ?",
                a.id());
          }
          audit.append(
              c,
              actor.username(),
              "article.review",
              target(slug) + "/v" + number,
              v.status().wire() + " -> " + to.wire() + (note == null ? "" : ": " + note));
          User reviewer = Accounts.byId(c, actor.userId());
          return new Review(
              number,
              v.status(),
              to,
              actor.username(),
              reviewer == null ? actor.username() : reviewer.displayName(),
              reviewer == null ? null : reviewer.credentials(),
              note,
              now);
        });
  }

  public Optional<Article> find(String slug) {
    return db.transaction(
        c -> {
          List<Article> found = articles(c, " where a.slug = ?", slug);
          return found.stream().findFirst();
        });
  }

  public Article get(String slug) {
    return find(slug).orElseThrow(() -> notFound(slug));
  }

  /** Every article, most recently updated first. */
  public List<Article> list() {
    return db.transaction(c -> articles(c, " order by a.updated_at desc, a.id desc"));
  }

  /** Every version of an article, oldest first. */
  public List<ArticleVersion> versions(String slug) {
    return db.transaction(c -> versions(c, " where a.slug = ? order by v.number", slug));
  }

  public ArticleVersion version(String slug, int number) {
    return db.transaction(c -> version(c, slug, number));
  }

  /** What the public page shows: the latest approved version, else the latest version. */
  public Optional<ArticleVersion> published(String slug) {
    return db.transaction(
        c -> {
          List<ArticleVersion> all = versions(c, " where a.slug = ? order by v.number desc", slug);
          return all.stream()
              .filter(v -> v.status() == ReviewStatus.APPROVED)
              .findFirst()
              .or(() -> all.stream().findFirst());
        });
  }

  /** Every review transition of an article, oldest first. */
  public List<Review> reviews(String slug) {
    return db.transaction(
        c -> {
          List<Review> out = new ArrayList<>();
          try (PreparedStatement ps =
                  Database.prepare(
                      c,
                      "select v.number, r.from_status, r.to_status, u.username, u.display_name,"
                          + " u.credentials, r.comment, r.at from reviews r"
                          + " join article_versions v on v.id = r.version_id"
                          + " join articles a on a.id = v.article_id"
                          + " join users u on u.id = r.reviewer_id"
                          + " where a.slug = ? order by r.id",
                      slug);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new Review(
                      rs.getInt(1),
                      ReviewStatus.parse(rs.getString(2)),
                      ReviewStatus.parse(rs.getString(3)),
                      rs.getString(4),
                      rs.getString(5),
                      rs.getString(6),
                      rs.getString(7),
                      Database.instant(rs, "at")));
            }
          }
          return out;
        });
  }

  /** Slugs of the articles whose newest version cites {@code sourceId}. */
  public List<String> citing(String sourceId) {
    return db.transaction(
        c -> {
          List<String> out = new ArrayList<>();
          try (PreparedStatement ps =
                  Database.prepare(
                      c,
                      "select a.slug from articles a join article_versions v on v.article_id ="
                          + " a.id join version_sources s on s.version_id = v.id where"
                          + " s.source_id = ? and v.number = (select max(x.number) from"
                          + " article_versions x where x.article_id = a.id) order by a.slug",
                      sourceId);
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              out.add(rs.getString(1));
            }
          }
          return out;
        });
  }

  private Article article(Connection c, String slug) throws SQLException {
    List<Article> found = articles(c, " where a.slug = ?", slug);
    if (found.isEmpty()) {
      throw notFound(slug);
    }
    return found.getFirst();
  }

  private static List<Article> articles(Connection c, String where, Object... args)
      throws SQLException {
    List<Article> out = new ArrayList<>();
    try (PreparedStatement ps = Database.prepare(c, ARTICLE_SELECT + where, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new Article(
                rs.getLong("id"),
                rs.getString("slug"),
                rs.getString("question"),
                Audience.parse(rs.getString("audience")),
                rs.getInt("lock_version"),
                rs.getInt("number"),
                ReviewStatus.parse(rs.getString("status")),
                rs.getBoolean("evidence_changed"),
                rs.getString("evidence_note"),
                Database.instant(rs, "created_at"),
                Database.instant(rs, "updated_at")));
      }
    }
    return out;
  }

  private ArticleVersion version(Connection c, String slug, int number) throws SQLException {
    List<ArticleVersion> found = versions(c, " where a.slug = ? and v.number = ?", slug, number);
    if (found.isEmpty()) {
      article(c, slug); // names the article when it is the article that is missing
      throw new StoreException.NotFound("'" + slug + "' has no version " + number);
    }
    return found.getFirst();
  }

  private static List<ArticleVersion> versions(Connection c, String where, Object... args)
      throws SQLException {
    List<ArticleVersion> out = new ArrayList<>();
    try (PreparedStatement ps = Database.prepare(c, VERSION_SELECT + where, args);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        long id = rs.getLong("id");
        out.add(
            new ArticleVersion(
                id,
                rs.getString("slug"),
                rs.getInt("number"),
                rs.getString("answer_json"),
                sources(c, id),
                ReviewStatus.parse(rs.getString("status")),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("note"),
                Database.instant(rs, "created_at")));
      }
    }
    return out;
  }

  private static List<CitedSource> sources(Connection c, long versionId) throws SQLException {
    List<CitedSource> out = new ArrayList<>();
    try (PreparedStatement ps =
            Database.prepare(
                c,
                "select source_id, source_hash from version_sources where version_id = ? order by"
                    + " source_id",
                versionId);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new CitedSource(rs.getString(1), rs.getString(2)));
      }
    }
    return out;
  }

  private static String freeSlug(Connection c, String base) throws SQLException {
    String slug = base;
    for (int n = 2; ; n++) {
      try (PreparedStatement ps =
              Database.prepare(c, "select count(*) from articles where slug = ?", slug);
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (rs.getLong(1) == 0) {
          return slug;
        }
      }
      slug = base + "-" + n;
    }
  }

  /** A readable URL name from a question: lower case ASCII words joined by hyphens. */
  static String slugify(String question) {
    String ascii =
        Normalizer.normalize(question, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    if (ascii.length() > 80) {
      ascii = ascii.substring(0, 80).replaceAll("-[^-]*$", "");
    }
    return ascii.isEmpty() ? "article" : ascii;
  }

  private static String target(String slug) {
    return "article:" + slug;
  }

  private static StoreException.NotFound notFound(String slug) {
    return new StoreException.NotFound("no article '" + slug + "'");
  }
}
