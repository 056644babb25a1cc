package org.galen.app.web.editorial;

import java.util.List;
import org.galen.app.editorial.Editorial;
import org.galen.app.web.CitingArticles;
import org.springframework.stereotype.Component;

/** Source pages list the articles of the editorial store that cite the source. */
@Component
class StoreCitingArticles implements CitingArticles {
  private final Editorial editorial;

  StoreCitingArticles(Editorial editorial) {
    this.editorial = editorial;
  }

  @Override
  public List<ArticleLink> citing(String sourceId) {
    return editorial.store().articles().citing(sourceId).stream()
        .flatMap(slug -> editorial.store().articles().find(slug).stream())
        .map(a -> new ArticleLink(a.question(), "/articles/" + a.slug(), a.latestStatus().label()))
        .toList();
  }
}
