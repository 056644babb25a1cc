package org.galen.app.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * What a running server leaves in {@code $GALEN_HOME/server.json} for the command line: its process
 * id, its HTTP port and the token of its host channel. The file is readable by its owner only
 * (0600), which is what makes the token a credential of the machine's owner.
 */
public record ServerFile(long pid, int port, String token) {
  /** The request header that carries the token. */
  public static final String HEADER = "X-Galen-Host-Token";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Writes the file owner-only, replacing any earlier one in one rename. */
  public void write(Path file) throws IOException {
    Path dir = Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp =
        dir.getFileSystem().supportedFileAttributeViews().contains("posix")
            ? Files.createTempFile(
                dir,
                ".server.json",
                ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
            : Files.createTempFile(dir, ".server.json", ".tmp");
    Files.write(
        tmp,
        JSON.writeValueAsBytes(
            JSON.createObjectNode().put("pid", pid).put("port", port).put("token", token)));
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The file of a server that is still running; empty when there is none (or it died). */
  public static Optional<ServerFile> live(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      JsonNode n = JSON.readTree(Files.readAllBytes(file));
      ServerFile f =
          new ServerFile(n.path("pid").asLong(), n.path("port").asInt(), n.path("token").asText());
      boolean alive = ProcessHandle.of(f.pid()).map(ProcessHandle::isAlive).orElse(false);
      return alive && f.port() > 0 && !f.token().isEmpty() ? Optional.of(f) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  public String toString() {
    return "ServerFile[pid " + pid + ", port " + port + "]"; // never the token
  }
}
