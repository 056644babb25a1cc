package org.galen.app.web.editorial;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.galen.app.AnswerJson;
import org.galen.app.editorial.Editorial;
import org.galen.app.web.AnswerView;
import org.galen.app.web.security.CurrentUser;
import org.galen.app.web.security.LoginThrottle;
import org.galen.app.web.security.PasswordPolicy;
import org.galen.core.Audience;
import org.galen.store.Actor;
import org.galen.store.Role;
import org.galen.store.StoreException;
import org.galen.store.account.User;
import org.galen.store.article.Article;
import org.galen.store.article.ArticleVersion;
import org.galen.store.article.ReviewStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' and reviewers' workspace: save an answer as an article, edit or regenerate it, see
 * each version's diff and move it through review.
 */
@Controller
class EditorialController {
  private final Editorial editorial;
  private final CurrentUser currentUser;
  private final PasswordEncoder encoder;
  private final LoginThrottle throttle;

  EditorialController(
      Editorial editorial,
      CurrentUser currentUser,
      PasswordEncoder encoder,
      LoginThrottle throttle) {
    this.editorial = editorial;
    this.currentUser = currentUser;
    this.encoder = encoder;
    this.throttle = throttle;
  }

  @GetMapping("/login")
  String login() {
    return "editorial/login";
  }

  @GetMapping("/editorial")
  String dashboard(Model model) {
    Actor me = currentUser.require();
    model.addAttribute("me", me);
    model.addAttribute("editor", me.has(Role.EDITOR));
    model.addAttribute("articles", editorial.store().articles().list());
    return "editorial/dashboard";
  }

  @PostMapping("/editorial/articles")
  String save(
      @RequestParam String question,
      @RequestParam(defaultValue = "clinician") String audience,
      RedirectAttributes flash) {
    Article a = editorial.publish(currentUser.require(), question, Audience.parse(audience));
    flash.addFlashAttribute(
        "message", "Saved as '" + a.slug() + "', version 1, submitted for review.");
    return "redirect:/editorial/articles/" + a.slug();
  }

  @GetMapping("/editorial/articles/{slug}")
  String workspace(
      @PathVariable String slug,
      @RequestParam(name = "v", required = false) @Nullable Integer v,
      Model model) {
    Actor me = currentUser.require();
    Article article = editorial.store().articles().get(slug);
    int shown = v == null ? article.latestVersion() : v;
    ArticleVersion version = editorial.store().articles().version(slug, shown);
    model.addAttribute("me", me);
    model.addAttribute("article", article);
    model.addAttribute("version", version);
    model.addAttribute("answer", AnswerView.of(editorial.answer(version), List.of()));
    model.addAttribute("versions", editorial.store().articles().versions(slug).reversed());
    model.addAttribute("reviews", editorial.store().articles().reviews(slug));
    model.addAttribute("diff", editorial.diff(slug, shown));
    model.addAttribute("editor", me.has(Role.EDITOR));
    model.addAttribute("reviewer", me.has(Role.REVIEWER));
    model.addAttribute("ownVersion", version.author().equals(me.username()));
    model.addAttribute(
        "nextSteps",
        List.of(ReviewStatus.values()).stream()
            .filter(s -> version.status().canMoveTo(s))
            .toList());
    if (!model.containsAttribute("answerJson")) {
      model.addAttribute("answerJson", AnswerJson.write(editorial.answer(version)));
    }
    return "editorial/workspace";
  }

  @PostMapping("/editorial/articles/{slug}/versions")
  String edit(
      @PathVariable String slug,
      @RequestParam int basedOn,
      @RequestParam String answerJson,
      @RequestParam(required = false) @Nullable String note,
      RedirectAttributes flash) {
    try {
      ArticleVersion v =
          editorial.edit(currentUser.require(), slug, basedOn, answerJson, blankToNull(note));
      flash.addFlashAttribute("message", "Saved version " + v.number() + ", submitted for review.");
      return "redirect:/editorial/articles/" + slug;
    } catch (StoreException.Conflict e) {
      // keep the editor's text so the edit is not lost while they reload and re-apply it
      flash.addFlashAttribute("error", e.getMessage());
      flash.addFlashAttribute("answerJson", answerJson);
      return "redirect:/editorial/articles/" + slug;
    }
  }

  @PostMapping("/editorial/articles/{slug}/regenerate")
  String regenerate(
      @PathVariable String slug, @RequestParam int basedOn, RedirectAttributes flash) {
    ArticleVersion v = editorial.regenerate(currentUser.require(), slug, basedOn);
    flash.addFlashAttribute("message", "Regenerated as version " + v.number() + ".");
    return "redirect:/editorial/articles/" + slug;
  }

  @PostMapping("/editorial/articles/{slug}/versions/{n}/review")
  String review(
      @PathVariable String slug,
      @PathVariable int n,
      @RequestParam String to,
      @RequestParam(required = false) @Nullable String comment,
      RedirectAttributes flash) {
    ReviewStatus status = ReviewStatus.parse(to);
    editorial.store().articles().review(currentUser.require(), slug, n, status, comment);
    flash.addFlashAttribute(
        "message",
        "Version " + n + " is now " + status.label().toLowerCase(java.util.Locale.ROOT) + ".");
    return "redirect:/editorial/articles/" + slug + "?v=" + n;
  }

  @GetMapping("/account/password")
  String passwordForm() {
    return "editorial/password";
  }

  @PostMapping("/account/password")
  String changePassword(
      @RequestParam String current,
      @RequestParam String password,
      @RequestParam String repeat,
      Model model,
      HttpServletRequest request)
      throws ServletException {
    Actor me = currentUser.require();
    User user =
        editorial
            .store()
            .accounts()
            .find(me.username())
            .orElseThrow(() -> new StoreException.NotFound("no user named " + me.username()));
    String address = String.valueOf(request.getRemoteAddr());
    // a session left open must not let someone guess the password through this form
    if (!throttle.waitFor(me.username(), address).isZero()) {
      model.addAttribute("error", "Too many wrong passwords; wait a while and try again.");
      return "editorial/password";
    }
    if (!encoder.matches(current, user.passwordHash())) {
      throttle.failed(me.username(), address);
      model.addAttribute("error", "Your current password is not right.");
      return "editorial/password";
    }
    if (!password.equals(repeat)) {
      model.addAttribute("error", "The two new passwords differ.");
      return "editorial/password";
    }
    if (password.equals(current) || encoder.matches(password, user.passwordHash())) {
      model.addAttribute("error", "Choose a new password: this is the one you have now.");
      return "editorial/password";
    }
    Optional<String> problem = PasswordPolicy.problem(me.username(), password);
    if (problem.isPresent()) {
      model.addAttribute("error", problem.get());
      return "editorial/password";
    }
    editorial
        .store()
        .accounts()
        .changePassword(me, java.util.Objects.requireNonNull(encoder.encode(password)));
    // the session still carries the old authorities: log in again with the new password
    request.logout();
    return "redirect:/login?changed";
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
