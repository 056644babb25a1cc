package org.galen.app.web;

import java.util.List;

/**
 * Published articles that cite a source, for the source page. The editorial store provides a bean;
 * without one, source pages list no articles.
 */
public interface CitingArticles {

  /**
   * An article as linked from a source page.
   *
   * @param status its review status as shown to readers, e.g. "Approved"
   */
  record ArticleLink(String title, String href, String status) {}

  List<ArticleLink> citing(String sourceId);
}
