package org.galen.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** The API's answers to a missing login (401, with a Basic challenge) and a missing role (403). */
final class JsonErrors implements AuthenticationEntryPoint, AccessDeniedHandler {
  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"galen\"");
    // one answer for a wrong password, an unknown account and any other refused credential, so
    // a caller cannot tell which accounts exist
    write(
        response,
        HttpServletResponse.SC_UNAUTHORIZED,
        request.getHeader("Authorization") == null
            ? "log in first: send your Galen user name and password (HTTP Basic)"
            : "wrong user name or password");
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    write(
        response,
        HttpServletResponse.SC_FORBIDDEN,
        "your account's roles do not allow " + request.getMethod() + " " + request.getRequestURI());
  }

  static void write(HttpServletResponse response, int status, String message) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"error\":\""
                + new String(
                    com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance()
                        .quoteAsString(message))
                + "\"}");
  }
}
