package org.galen.app.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * The app's own URLs, built in one place. A conversation is all in its URL: the question, the
 * audience and the earlier questions as repeated {@code previous} parameters, so it can be shared.
 */
public final class Links {
  private Links() {}

  /** The answer page for a question after {@code previous}. */
  public static String ask(String q, String audience, List<String> previous) {
    return withQuery("/", q, audience, previous);
  }

  /** An export of the same answer: {@code text}, {@code ris} or {@code bibtex}. */
  public static String export(String format, String q, String audience, List<String> previous) {
    return withQuery("/export/" + format, q, audience, previous);
  }

  /** A source's page; ids keep their ':' and '/' (DOIs have slashes), so the path is readable. */
  public static String source(String id) {
    return "/sources/" + UriUtils.encodePath(id, StandardCharsets.UTF_8);
  }

  /**
   * A source's own link as an href, only when it is an http(s) URL: a {@code javascript:} or {@code
   * data:} URL read from a hostile file must never become a link that runs on a click.
   */
  public static @Nullable String external(@Nullable String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("https://") || u.startsWith("http://") ? url.strip() : null;
  }

  private static String withQuery(String path, String q, String audience, List<String> previous) {
    StringBuilder s = new StringBuilder(path).append("?q=").append(enc(q));
    s.append("&audience=").append(enc(audience));
    previous.forEach(p -> s.append("&previous=").append(enc(p)));
    return s.toString();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
