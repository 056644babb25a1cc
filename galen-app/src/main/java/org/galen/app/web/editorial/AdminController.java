package org.galen.app.web.editorial;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.galen.app.web.security.CurrentUser;
import org.galen.app.web.security.LoginThrottle;
import org.galen.app.web.security.PasswordPolicy;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.StoreException;
import org.galen.store.account.NewUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admin pages: the audit log, accounts, and the editorial policy and disclaimer texts. */
@Controller
class AdminController {
  private final Store store;
  private final CurrentUser currentUser;
  private final PasswordEncoder encoder;

  private final LoginThrottle throttle;

  AdminController(
      Store store, CurrentUser currentUser, PasswordEncoder encoder, LoginThrottle throttle) {
    this.store = store;
    this.currentUser = currentUser;
    this.encoder = encoder;
    this.throttle = throttle;
  }

  @GetMapping("/admin/audit")
  String audit(Model model) {
    model.addAttribute("events", store.audit().recent(currentUser.require(), 500));
    return "editorial/audit";
  }

  @GetMapping("/admin/users")
  String users(Model model) {
    model.addAttribute("users", store.accounts().list(currentUser.require()));
    model.addAttribute("roles", List.of(Role.READER, Role.EDITOR, Role.REVIEWER, Role.ADMIN));
    return "editorial/users";
  }

  @PostMapping("/admin/users")
  String createUser(
      @RequestParam String username,
      @RequestParam String password,
      @RequestParam String displayName,
      @RequestParam(required = false) @Nullable List<String> roles,
      @RequestParam(required = false) @Nullable String credentials,
      @RequestParam(required = false) @Nullable String specialty,
      RedirectAttributes flash) {
    PasswordPolicy.problem(username.strip(), password)
        .ifPresent(
            p -> {
              throw new StoreException("The password for " + username.strip() + ": " + p);
            });
    Set<Role> set = EnumSet.noneOf(Role.class);
    (roles == null ? List.<String>of() : roles).forEach(r -> set.add(Role.parse(r)));
    store
        .accounts()
        .create(
            currentUser.require(),
            new NewUser(
                username.strip(),
                java.util.Objects.requireNonNull(encoder.encode(password)),
                set,
                displayName.strip(),
                blankToNull(credentials),
                blankToNull(specialty)));
    flash.addFlashAttribute("message", "Created " + username + ".");
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{username}/unlock")
  String unlock(@PathVariable String username, RedirectAttributes flash) {
    store.accounts().unlock(currentUser.require(), username);
    throttle.forget(username);
    flash.addFlashAttribute("message", "Unlocked " + username + ".");
    return "redirect:/admin/users";
  }

  @GetMapping("/admin/pages/{slug}")
  String editPage(@PathVariable String slug, Model model) {
    model.addAttribute(
        "page",
        store.pages().find(slug).orElseThrow(() -> new StoreException.NotFound("no page " + slug)));
    return "editorial/page-edit";
  }

  @PostMapping("/admin/pages/{slug}")
  String savePage(
      @PathVariable String slug,
      @RequestParam String title,
      @RequestParam String body,
      @RequestParam int basedOn,
      RedirectAttributes flash) {
    store.pages().save(currentUser.require(), slug, title, body.replace("\r\n", "\n"), basedOn);
    flash.addFlashAttribute("message", "Saved.");
    return "redirect:/" + ("editorial-policy".equals(slug) ? "policy" : slug);
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
