package org.galen.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.galen.app.host.ServerFile;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code galen serve} in a real child process on a data directory an older Galen left open to
 * others: it listens on its HTTP port and nothing else (no database port), everything in its data
 * directory ends up owner-only, and the commands that need its database either go through it
 * (backup) or say in one line to stop it (publish).
 */
class ServeCommandTest {
  @TempDir static Path dir;
  private static @Nullable Process server;
  private static @Nullable ServerFile running;
  private static Path home = Path.of("unset");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeAll
  static void startServer() throws Exception {
    home = dir.resolve("home");
    // as an older Galen left it: readable by everyone, with H2's old key file
    Files.createDirectories(home.resolve("db"));
    Files.writeString(home.resolve("db/galen.lock.db"), "#FileLock\nserver=127.0.0.1:9092\n");
    if (posix()) {
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(
          home.resolve("db/galen.lock.db"), PosixFilePermissions.fromString("rw-r--r--"));
    }
    List<String> command = new ArrayList<>(ChildGalen.command(List.of("serve", "--port", "0")));
    // a wait no slow machine outlasts between two requests of a test
    command.add(1, "-Dgalen.login.first-wait-seconds=60");
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("GALEN_HOME", home.toString());
    pb.redirectOutput(dir.resolve("serve.out").toFile());
    pb.redirectError(dir.resolve("serve.err").toFile());
    server = pb.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (running == null && server.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(200);
      running = ServerFile.live(home.resolve("server.json")).orElse(null);
    }
    assertThat(running)
        .as("the server started: %s", Files.readString(dir.resolve("serve.err")))
        .isNotNull();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.destroy();
      assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(home.resolve("server.json")).as("removed when the server stops").doesNotExist();
    }
  }

  @BeforeEach
  void useTheServersHome() {
    System.setProperty("galen.home", home.toString());
  }

  @AfterEach
  void clearHome() {
    System.clearProperty("galen.home");
  }

  private int galen(String... args) {
    CommandLine cli = Galen.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  private static boolean posix() {
    return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
  }

  private static ServerFile running() {
    assertThat(running).isNotNull();
    return java.util.Objects.requireNonNull(running);
  }

  @Test
  void serveListensOnItsHttpPortAndNothingElse() throws Exception {
    Path tcp = Path.of("/proc/net/tcp");
    assumeTrue(Files.isReadable(tcp), "no /proc/net/tcp to read listening sockets from");
    Set<String> inodes = new HashSet<>();
    try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(running().pid()), "fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring("socket:[".length(), target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // the descriptor went away while listed
        }
      }
    }
    List<Integer> listening = new ArrayList<>();
    for (Path table : List.of(tcp, Path.of("/proc/net/tcp6"))) {
      if (!Files.isReadable(table)) {
        continue;
      }
      for (String line : Files.readAllLines(table).subList(1, Files.readAllLines(table).size())) {
        String[] f = line.trim().split("\\s+");
        // local_address is ADDR:PORT in hex, st 0A is LISTEN, the inode is the tenth field
        if (f[3].equals("0A") && inodes.contains(f[9])) {
          listening.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
        }
      }
    }
    assertThat(listening).containsExactly(running().port());
  }

  @Test
  void everythingInTheDataDirectoryIsTheOwnersOnly() throws Exception {
    assumeTrue(posix(), "no POSIX permissions here");
    List<String> open = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(home)) {
      for (Path p : walk.toList()) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        if (perms.stream().anyMatch(x -> !x.name().startsWith("OWNER"))) {
          open.add(home.relativize(p) + " " + PosixFilePermissions.toString(perms));
        }
      }
    }
    assertThat(open).as("readable by others").isEmpty();
    assertThat(home.resolve("db/galen.mv.db")).exists();
    assertThat(home.resolve("index")).isDirectory();
  }

  @Test
  void publishWhileTheServerRunsSaysInOneLineToStopIt() {
    assertThat(galen("publish", "How should an acute gout flare be treated?")).isEqualTo(2);

    assertThat(err.toString().lines().toList())
        .singleElement()
        .asString()
        .contains("the Galen server (pid " + running().pid())
        .contains("stop it, then run `galen publish` again");
  }

  @Test
  void backupWhileTheServerRunsGetsTheTablesFromTheServer() throws Exception {
    Path zip = dir.resolve("while-serving.zip");

    assertThat(galen("backup", zip.toString())).as(err.toString()).isZero();

    assertThat(out.toString()).contains("database: through the Galen server");
    try (ZipFile z = new ZipFile(zip.toFile())) {
      String users = new String(z.getInputStream(z.getEntry("db/users.jsonl")).readAllBytes());
      assertThat(users).contains("\"username\":\"admin\"");
      assertThat(z.stream().map(e -> e.getName())).anyMatch(n -> n.startsWith("index/segments_"));
    }
  }

  @Test
  void theHostChannelRefusesCallersWithoutTheToken() throws Exception {
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    for (String token : List.of("", "not-the-token")) {
      var request =
          java.net.http.HttpRequest.newBuilder(
                  java.net.URI.create(
                      "http://127.0.0.1:" + running().port() + "/host/backup/tables"))
              .header("Content-Type", "application/json")
              .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"dir\": \"/tmp\"}"));
      if (!token.isEmpty()) {
        request.header(ServerFile.HEADER, token);
      }
      var r = http.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(token).isEqualTo(403);
      assertThat(r.body()).contains("\"error\"");
    }
  }

  private java.net.http.HttpResponse<String> articlesAs(String user, String password)
      throws Exception {
    String basic =
        java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return java.net.http.HttpClient.newHttpClient()
        .send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(
                        "http://127.0.0.1:" + running().port() + "/api/v1/articles"))
                .header("Authorization", "Basic " + basic)
                .build(),
            java.net.http.HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void twelveWrongPasswordsThenAccountUnlockAndResetPasswordRestoreAccessWhileServing()
      throws Exception {
    assertThat(galen("account", "reset-password", "admin")).as(err.toString()).isZero();
    String password =
        out.toString()
            .lines()
            .findFirst()
            .orElseThrow()
            .replace("one-time password for admin: ", "");
    assertThat(password).hasSize(20);
    assertThat(articlesAs("admin", password).statusCode()).isNotIn(401, 429);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      statuses.add(articlesAs("admin", "wrong guess " + i).statusCode());
    }
    assertThat(statuses.subList(0, 5)).containsOnly(401);
    assertThat(statuses.subList(5, 12)).containsOnly(429);
    assertThat(articlesAs("admin", password).statusCode()).as("even the right one").isEqualTo(429);

    assertThat(galen("account", "unlock", "admin")).as(err.toString()).isZero();

    assertThat(out.toString()).contains("admin is unlocked");
    assertThat(articlesAs("admin", password).statusCode()).isNotIn(401, 429);
    assertThat(galen("account", "unlock", "nobody")).isEqualTo(2);
    assertThat(err.toString()).contains("no user named nobody");
  }

  @Test
  void theFirstStartSaysHowFarItIsWithTheStarterLibraryAndWhereItServes() throws Exception {
    String log = Files.readString(dir.resolve("serve.err"));
    assertThat(log)
        .contains("loading the starter library: 60 practice summaries")
        .contains("starter library: 10 of 60 summaries")
        .contains("starter library: 60 of 60 summaries");
    assertThat(Files.readString(dir.resolve("serve.out")))
        .contains("galen: serving http://localhost:" + running().port() + "/");
  }
}
