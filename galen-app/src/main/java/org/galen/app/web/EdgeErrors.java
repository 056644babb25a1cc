package org.galen.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The framework's refusals (wrong content type or method, a parameter of the wrong type or missing)
 * in the caller's terms instead of Spring's, which name Java types. Each becomes an error with that
 * message, which {@link GalenErrorController} shows as the API's {@code {"error": …}} or as the
 * error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class EdgeErrors {
  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  void unsupported(HttpMediaTypeNotSupportedException e, HttpServletResponse response)
      throws IOException {
    String takes =
        e.getSupportedMediaTypes().stream()
            .map(t -> t.getType() + "/" + t.getSubtype())
            .distinct()
            .collect(Collectors.joining(" or "));
    response.sendError(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE.value(),
        "send the body as "
            + (takes.isEmpty() ? "another type" : takes)
            + " (Content-Type), not "
            + (e.getContentType() == null
                ? "without a type"
                : e.getContentType().getType() + "/" + e.getContentType().getSubtype()));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  void notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletResponse response)
      throws IOException {
    response.sendError(
        HttpStatus.NOT_ACCEPTABLE.value(),
        "this address answers only with "
            + e.getSupportedMediaTypes().stream()
                .map(t -> t.getType() + "/" + t.getSubtype())
                .distinct()
                .collect(Collectors.joining(" or ")));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  void method(HttpRequestMethodNotSupportedException e, HttpServletResponse response)
      throws IOException {
    String allowed =
        e.getSupportedHttpMethods() == null
            ? ""
            : e.getSupportedHttpMethods().stream()
                .map(m -> m.name())
                .collect(Collectors.joining(" or "));
    if (!allowed.isEmpty()) {
      response.setHeader("Allow", allowed.replace(" or ", ", "));
    }
    response.sendError(
        HttpStatus.METHOD_NOT_ALLOWED.value(),
        e.getMethod() + " is not allowed here" + (allowed.isEmpty() ? "" : "; use " + allowed));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  void typeMismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response)
      throws IOException {
    Class<?> type = e.getRequiredType();
    String kind =
        type == null
            ? "of another form"
            : switch (type.getSimpleName().toLowerCase(Locale.ROOT)) {
              case "int", "integer", "long", "short" -> "a whole number";
              case "boolean" -> "true or false";
              case "double", "float" -> "a number";
              default -> "of another form";
            };
    response.sendError(
        HttpStatus.BAD_REQUEST.value(),
        "'" + e.getName() + "' must be " + kind + ", was '" + abbreviate(e.getValue()) + "'");
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  void missing(MissingServletRequestParameterException e, HttpServletResponse response)
      throws IOException {
    response.sendError(
        HttpStatus.BAD_REQUEST.value(), "the parameter '" + e.getParameterName() + "' is missing");
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  void unreadable(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.BAD_REQUEST.value(), "the request body is missing or unreadable");
  }

  @ExceptionHandler(NoResourceFoundException.class)
  void noResource(HttpServletResponse response) throws IOException {
    response.sendError(HttpStatus.NOT_FOUND.value(), "There is nothing at this address.");
  }

  private static String abbreviate(@org.jspecify.annotations.Nullable Object value) {
    String s = String.valueOf(value);
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }
}
