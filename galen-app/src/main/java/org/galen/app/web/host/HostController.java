package org.galen.app.web.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.galen.app.web.security.LoginThrottle;
import org.galen.app.web.security.Passwords;
import org.galen.core.GalenException;
import org.galen.store.Actor;
import org.galen.store.Store;
import org.galen.store.StoreException;
import org.galen.store.TableData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The host channel: what the command line asks of the running server, which has the embedded
 * editorial database open. Reached only through {@link HostAccess} (loopback and the token).
 */
@RestController
@RequestMapping(path = "/host", produces = MediaType.APPLICATION_JSON_VALUE)
class HostController {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Store store;
  private final LoginThrottle throttle;
  private final PasswordEncoder encoder;

  HostController(Store store, LoginThrottle throttle, PasswordEncoder encoder) {
    this.store = store;
    this.throttle = throttle;
    this.encoder = encoder;
  }

  /** {@code galen account unlock NAME}: forgets the account's failed logins at once. */
  @PostMapping("/accounts/{username}/unlock")
  ResponseEntity<String> unlock(@PathVariable String username) {
    store.accounts().unlock(Actor.host(), username);
    throttle.forget(username);
    return ResponseEntity.ok(JSON.createObjectNode().put("unlocked", username).toString());
  }

  /** {@code galen account reset-password NAME}: a new one-time password, in the answer only. */
  @PostMapping("/accounts/{username}/reset-password")
  ResponseEntity<String> resetPassword(@PathVariable String username) {
    String password = Passwords.oneTime();
    store
        .accounts()
        .resetPassword(
            Actor.host(), username, java.util.Objects.requireNonNull(encoder.encode(password)));
    throttle.forget(username);
    return ResponseEntity.ok(JSON.createObjectNode().put("password", password).toString());
  }

  /** Body {@code {"dir": "/absolute/empty/folder"}}: writes every table there for a backup. */
  @PostMapping(path = "/backup/tables", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<String> tables(@RequestBody String body) throws IOException {
    JsonNode n = JSON.readTree(body);
    Path dir = Path.of(n.path("dir").asText(""));
    if (!dir.isAbsolute() || !Files.isDirectory(dir)) {
      throw new GalenException("'dir' must be an existing folder, given as an absolute path");
    }
    try (Stream<Path> files = Files.list(dir)) {
      if (files.findAny().isPresent()) {
        throw new GalenException(dir + " is not empty");
      }
    }
    ObjectNode out = JSON.createObjectNode();
    out.put("schemaVersion", store.schemaVersion());
    ArrayNode tables = out.putArray("tables");
    for (TableData.Table t : store.exportTables(dir)) {
      tables.addObject().put("name", t.name()).put("rows", t.rows());
    }
    return ResponseEntity.ok(out.toString());
  }

  @ExceptionHandler(StoreException.NotFound.class)
  ResponseEntity<String> notFound(StoreException e) {
    return error(HttpStatus.NOT_FOUND, e);
  }

  @ExceptionHandler(GalenException.class)
  ResponseEntity<String> bad(GalenException e) {
    return error(HttpStatus.BAD_REQUEST, e);
  }

  private static ResponseEntity<String> error(HttpStatus status, GalenException e) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(JSON.createObjectNode().put("error", String.valueOf(e.getMessage())).toString());
  }
}
