package org.galen.app.web.editorial;

import org.galen.app.editorial.Editorial;
import org.galen.app.web.AnswerView;
import org.galen.app.web.security.CurrentUser;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.page.Page;
import org.galen.store.page.Pages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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
            AnswerView.of(editorial.answer(v), java.util.List.of()),
            editorial.store().articles().reviews(slug)));
    model.addAttribute("disclaimer", page(Pages.DISCLAIMER));
    model.addAttribute(
        "staff",
        currentUser.find().map(a -> a.has(Role.EDITOR) || a.has(Role.REVIEWER)).orElse(false));
    return "editorial/article";
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
