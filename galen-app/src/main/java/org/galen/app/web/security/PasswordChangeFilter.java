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

/** Sends a user whose password is one-time (the bootstrap admin) to change it before anything. */
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
      response.sendRedirect(request.getContextPath() + "/account/password");
      return;
    }
    chain.doFilter(request, response);
  }
}
