package org.galen.app.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.galen.app.GalenHome;
import org.galen.app.backup.Backup;
import org.galen.core.GalenException;
import org.galen.store.TableData;

/**
 * Calls the running server's host channel on loopback, with the token from {@code server.json}: for
 * commands that need the editorial database while the server has it open.
 */
public final class HostClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final ServerFile server;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HostClient(ServerFile server) {
    this.server = server;
  }

  /** The client of the server running on {@code home}, if one is. */
  public static Optional<HostClient> find(GalenHome home) {
    return ServerFile.live(home.serverFile()).map(HostClient::new);
  }

  /** The running server, for messages: "the Galen server (pid N, port P)". */
  public String describe() {
    return "the Galen server (pid " + server.pid() + ", port " + server.port() + ")";
  }

  /** Has the server write its tables into {@code dir} (see {@code galen backup}). */
  public Backup.Database exportTables(Path dir) {
    JsonNode n =
        post("/host/backup/tables", JSON.createObjectNode().put("dir", dir.toString()).toString());
    List<TableData.Table> tables = new ArrayList<>();
    for (JsonNode t : n.path("tables")) {
      tables.add(new TableData.Table(t.path("name").asText(), t.path("rows").asLong()));
    }
    return new Backup.Database(n.path("schemaVersion").asText(), tables);
  }

  /** Ends the slow-down of failed logins of {@code username}. */
  public void unlock(String username) {
    post("/host/accounts/" + username + "/unlock", "{}");
  }

  /** Gives {@code username} a new one-time password; returns it. */
  public String resetPassword(String username) {
    return post("/host/accounts/" + username + "/reset-password", "{}").path("password").asText();
  }

  private JsonNode post(String path, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .header(ServerFile.HEADER, server.token())
            .header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(10))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    HttpResponse<String> r;
    try {
      r = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new GalenException(describe() + " does not answer on 127.0.0.1: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new GalenException("interrupted while calling " + describe(), e);
    }
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      throw new GalenException(describe() + " answered " + r.statusCode() + " without JSON", e);
    }
    if (r.statusCode() / 100 != 2) {
      throw new GalenException(body.path("error").asText("the server answered " + r.statusCode()));
    }
    return body;
  }
}
