package org.galen.app.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the app answers, in one shape: the API ({@code /api/**}, {@code /host/**}, or a
 * client that does not ask for HTML) gets {@code {"error": "…"}} and nothing else; a browser gets
 * the error page with the same message. A message that reads like the inside of the server (class
 * names, packages) is replaced by a plain one for its status.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class GalenErrorController implements ErrorController {
  private static final Pattern INTERNAL =
      Pattern.compile(
          "Exception|\\bjava\\.|\\bjakarta\\.|\\borg\\.[a-z]+\\.|\\bcom\\.[a-z]+\\.|`|\\bat [a-z]");

  private final ErrorBodies attributes;

  GalenErrorController(ErrorBodies attributes) {
    this.attributes = attributes;
  }

  @RequestMapping
  @Nullable ModelAndView error(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    int status = status(request);
    String message = message(request, status);
    String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
    String accept = String.valueOf(request.getHeader("Accept"));
    boolean api =
        path.startsWith("/api/") || path.startsWith("/host/") || !accept.contains("text/html");
    if (api) {
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      response
          .getWriter()
          .write(
              "{\"error\":\""
                  + new String(JsonStringEncoder.getInstance().quoteAsString(message))
                  + "\"}");
      return null;
    }
    HttpStatus s = HttpStatus.resolve(status);
    ModelAndView page =
        new ModelAndView(
            "error",
            Map.of(
                "status", status,
                "error", s == null ? "Error" : s.getReasonPhrase(),
                "message", message),
            s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s);
    return page;
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    return code instanceof Integer i ? i : 500;
  }

  private String message(HttpServletRequest request, int status) {
    if (status >= 500) {
      return ErrorBodies.SERVER_ERROR;
    }
    Object m =
        attributes
            .getErrorAttributes(
                new ServletWebRequest(request),
                ErrorAttributeOptions.of(ErrorAttributeOptions.Include.MESSAGE))
            .get("message");
    String text = m == null ? "" : m.toString().strip();
    if (text.isEmpty() || text.equals("No message available") || INTERNAL.matcher(text).find()) {
      return plain(status);
    }
    return text;
  }

  /** What a status means, for an error that came without a message fit to show. */
  static String plain(int status) {
    return switch (status) {
      case 400 -> "The request is malformed.";
      case 401 -> "Log in first.";
      case 403 -> "That is not allowed.";
      case 404 -> "There is nothing at this address.";
      case 405 -> "This address does not take that method.";
      case 406 -> "This address cannot answer in the format asked for.";
      case 413 -> "The request is too large.";
      case 414 -> "The address is too long.";
      case 415 -> "This address does not take that content type.";
      case 429 -> "Too many requests; wait a moment and try again.";
      default -> "The request cannot be answered (" + status + ").";
    };
  }
}
