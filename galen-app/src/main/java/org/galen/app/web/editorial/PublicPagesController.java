package org.galen.app.web.editorial;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.galen.app.editorial.Editorial;
import org.galen.app.web.AnswerView;
import org.galen.app.web.security.CurrentUser;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.ReviewStatus;
import org.galen.store.page.Page;
import org.galen.store.page.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public editorial pages: an article as published, the Medical Advisory Board, the editorial
 * policy and the disclaimer.
 */
@Controller
class PublicPagesController {
  private final Editorial editorial;
  private final CurrentUser currentUser;

  PublicPagesController(Editorial editorial, CurrentUser currentUser) {
    this.editorial = editorial;
    this.currentUser = currentUser;
  }

  @GetMapping("/articles/{slug}")
  String article(@PathVariable String slug, Model model) {
    Article article = editorial.store().articles().get(slug);
    ArticleVersion v =
        editorial
            .store()
            .articles()
            .published(slug)
            .orElseThrow(() -> new StoreException.NotFound("'" + slug + "' has no version"));
    model.addAttribute(
        "page",
        new ArticlePage(
            article,
            v,
            AnswerView.of(editorial.answer(v), List.of()),
            editorial.store().articles().reviews(slug)));
    model.addAttribute("disclaimer", page(Pages.DISCLAIMER));
    model.addAttribute(
        "staff",
        currentUser.find().map(a -> a.has(Role.EDITOR) || a.has(Role.REVIEWER)).orElse(false));
    return "editorial/article";
  }

  /**
   * The library of articles, newest first, searchable by words of the question and filtered by
   * review status: a GET form, so every search is a shareable URL.
   */
  @GetMapping("/articles")
  String library(
      @RequestParam(name = "q", required = false, defaultValue = "") String q,
      @RequestParam(name = "status", required = false, defaultValue = "") String status,
      Model model) {
    ReviewStatus wanted = null;
    if (!status.isBlank()) {
      try {
        wanted = ReviewStatus.parse(status);
      } catch (RuntimeException e) {
        model.addAttribute("error", "unknown review status '" + status + "'");
      }
    }
    List<String> words =
        Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> !w.isBlank()).toList();
    ReviewStatus filter = wanted;
    List<Article> found =
        editorial.store().articles().list().stream()
            .filter(a -> filter == null || a.latestStatus() == filter)
            .filter(
                a ->
                    words.stream().allMatch(w -> a.question().toLowerCase(Locale.ROOT).contains(w)))
            .sorted(Comparator.comparing(Article::updatedAt).reversed())
            .toList();
    model.addAttribute("articles", found);
    model.addAttribute("q", q);
    model.addAttribute("status", filter == null ? "" : filter.wire());
    model.addAttribute("statuses", ReviewStatus.values());
    return "editorial/library";
  }

  @GetMapping("/board")
  String board(Model model) {
    model.addAttribute("reviewers", editorial.store().accounts().reviewers());
    return "editorial/board";
  }

  @GetMapping("/policy")
  String policy(Model model) {
    model.addAttribute("page", page(Pages.EDITORIAL_POLICY));
    return "editorial/page";
  }

  @GetMapping("/disclaimer")
  String disclaimer(Model model) {
    model.addAttribute("page", page(Pages.DISCLAIMER));
    return "editorial/page";
  }

  private Page page(String slug) {
    return editorial
        .store()
        .pages()
        .find(slug)
        .orElseThrow(() -> new StoreException.NotFound("no page " + slug));
  }
}
