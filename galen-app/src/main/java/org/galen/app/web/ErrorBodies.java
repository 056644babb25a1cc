package org.galen.app.web;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page and the JSON error body show: the status, and the message when it was written
 * for the user (a 4xx such as "The library holds no source with id …"). A server error's message is
 * an exception's own text, which can name classes and paths, so a 5xx says only that the log has
 * the details; exceptions and stack traces are never shown.
 */
@Component
public class ErrorBodies extends DefaultErrorAttributes {
  public static final String SERVER_ERROR =
      "Something went wrong on the server; its log has the details.";

  @Override
  public Map<String, @Nullable Object> getErrorAttributes(
      WebRequest request, ErrorAttributeOptions options) {
    Map<String, @Nullable Object> attributes = super.getErrorAttributes(request, options);
    attributes.remove("exception");
    attributes.remove("trace");
    attributes.remove("errors");
    if (attributes.get("status") instanceof Integer status && status >= 500) {
      attributes.put("message", SERVER_ERROR);
    }
    return attributes;
  }
}
