package org.galen.app.web.editorial;

import org.galen.app.web.ErrorBodies;
import org.galen.core.GalenException;
import org.galen.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Refusals of the editorial pages as a page that says why, with the matching HTTP status. */
@ControllerAdvice(
    assignableTypes = {
      PublicPagesController.class,
      EditorialController.class,
      AdminController.class
    })
class EditorialErrors {
  private static final Logger LOG = LoggerFactory.getLogger(EditorialErrors.class);

  @ExceptionHandler(StoreException.Forbidden.class)
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String forbidden(StoreException e, Model model) {
    return error(e, model, "Not allowed");
  }

  @ExceptionHandler(StoreException.NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(StoreException e, Model model) {
    return error(e, model, "Not found");
  }

  @ExceptionHandler(StoreException.Conflict.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String conflict(StoreException e, Model model) {
    return error(e, model, "Changed meanwhile");
  }

  @ExceptionHandler(StoreException.Failure.class)
  @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
  String failure(StoreException e, Model model) {
    LOG.error("editorial database failure", e);
    model.addAttribute("title", "Server error");
    model.addAttribute("message", ErrorBodies.SERVER_ERROR);
    return "editorial/error";
  }

  @ExceptionHandler(GalenException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  String bad(GalenException e, Model model) {
    return error(e, model, "Cannot do that");
  }

  private static String error(GalenException e, Model model, String title) {
    model.addAttribute("title", title);
    model.addAttribute("message", e.getMessage());
    return "editorial/error";
  }
}
