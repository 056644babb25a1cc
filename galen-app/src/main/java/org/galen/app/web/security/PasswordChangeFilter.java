package org.galen.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sends a user whose password is one-time (the bootstrap admin, a reset account) to change it
 * before anything; an API call gets a 403 saying so.
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String path = request.getServletPath();
    if (auth != null
        && auth.getAuthorities().stream()
            .anyMatch(a -> StoreUserDetailsService.MUST_CHANGE_PASSWORD.equals(a.getAuthority()))
        && !path.equals("/account/password")
        && !path.equals("/logout")
        && !path.endsWith(".css")) {
      if (path.startsWith("/api/")) {
        // an API client cannot follow a redirect to a form: say what to do instead
        JsonErrors.write(
            response,
            HttpServletResponse.SC_FORBIDDEN,
            "this account's password is a one-time password: log in once at /login and choose a"
                + " new one, then call the API with the new password");
        return;
      }
      response.sendRedirect(request.getContextPath() + "/account/password");
      return;
    }
    chain.doFilter(request, response);
  }
}
