package org.galen.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose parameters cannot be decoded (a {@code %} not followed by two hex digits,
 * bytes that are not UTF-8) with a 400 that says so, and one WARN line in the log. Without it the
 * servlet container throws when the first parameter is read, and each such request logged a hundred
 * lines of stack trace.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class BadParameters extends OncePerRequestFilter {
  private static final Logger LOG = LoggerFactory.getLogger(BadParameters.class);

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String problem = null;
    try {
      request.getParameterMap();
    } catch (IllegalStateException | IllegalArgumentException e) {
      problem = describe(e);
    }
    if (problem != null) {
      LOG.warn(
          "refused {} {} from {}: its parameters hold {}",
          request.getMethod(),
          request.getRequestURI(),
          request.getRemoteAddr(),
          problem);
      response.sendError(
          HttpServletResponse.SC_BAD_REQUEST,
          "The address or form holds " + problem + "; check the link or what was typed.");
      return;
    }
    chain.doFilter(request, response);
  }

  private static String describe(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return "text that is not valid UTF-8";
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return "a bad percent-encoding (a '%' must be followed by two hexadecimal digits)";
  }
}
