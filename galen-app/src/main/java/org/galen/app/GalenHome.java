package org.galen.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.galen.store.StoreConfig;

/**
 * Where Galen keeps its data: the {@code galen.home} system property, else {@code $GALEN_HOME},
 * else {@code ./data}.
 */
public record GalenHome(Path root) {
  /** The entries Galen itself makes in its data directory. */
  private static final Pattern OWN =
      Pattern.compile(
          "index|index\\.rebuild|index\\.old-[0-9]+|sources|db|djl-cache|server\\.json"
              + "|\\.restore-.*|\\.server\\.json.*");

  private static final Set<PosixFilePermission> OTHERS =
      EnumSet.of(
          PosixFilePermission.GROUP_READ,
          PosixFilePermission.GROUP_WRITE,
          PosixFilePermission.GROUP_EXECUTE,
          PosixFilePermission.OTHERS_READ,
          PosixFilePermission.OTHERS_WRITE,
          PosixFilePermission.OTHERS_EXECUTE);

  public static GalenHome fromEnvironment(Map<String, String> env) {
    String home = System.getProperty("galen.home", env.get("GALEN_HOME"));
    return new GalenHome(Path.of(home == null || home.isBlank() ? "data" : home).toAbsolutePath());
  }

  public Path index() {
    return root.resolve("index");
  }

  /**
   * The source journal: every source ingested, kept apart from the index so {@code galen reindex}
   * can rebuild a damaged index from it.
   */
  public Path sources() {
    return root.resolve("sources");
  }

  /** The editorial database: {@code GALEN_DB_URL} etc. from {@code env}, else H2 in {@link #db}. */
  public StoreConfig store(Map<String, String> env) {
    return StoreConfig.fromEnvironment(env, db());
  }

  /** The default editorial database folder (H2), unless {@code GALEN_DB_URL} names another. */
  public Path db() {
    return root.resolve("db");
  }

  /**
   * Where a running server leaves its port and the token of its host channel, readable by the owner
   * only: the command line's way to the server's database while it runs.
   */
  public Path serverFile() {
    return root.resolve("server.json");
  }

  /**
   * Makes an existing data directory owner-only, as new ones are created (the command line sets the
   * umask to 077): Galen's own folders and everything in them lose their group and other
   * permissions, and so does the directory itself unless it holds files that are not Galen's (a
   * {@code GALEN_HOME} pointed at a shared folder is not Galen's to lock).
   *
   * @return a warning when the directory stays open to others
   */
  public Optional<String> makeOwnerOnly() {
    if (!Files.isDirectory(root)
        || !root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return Optional.empty();
    }
    try {
      List<Path> entries;
      try (Stream<Path> list = Files.list(root)) {
        entries = list.toList();
      }
      boolean allOwn = true;
      for (Path p : entries) {
        if (OWN.matcher(String.valueOf(p.getFileName())).matches()) {
          tighten(p);
        } else {
          allOwn = false;
        }
      }
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(root);
      if (perms.stream().noneMatch(OTHERS::contains)) {
        return Optional.empty();
      }
      if (allOwn) {
        restrict(root);
        return Optional.empty();
      }
      return Optional.of(
          "the data directory "
              + root
              + " is open to other users ("
              + PosixFilePermissions.toString(perms)
              + ") and holds files that are not Galen's; make it owner-only: chmod 700 "
              + root);
    } catch (IOException e) {
      return Optional.of("cannot make " + root + " owner-only: " + e.getMessage());
    }
  }

  private static void tighten(Path top) throws IOException {
    try (Stream<Path> walk = Files.walk(top)) {
      for (Path p : walk.toList()) {
        if (!Files.isSymbolicLink(p)) {
          restrict(p);
        }
      }
    }
  }

  private static void restrict(Path p) throws IOException {
    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
    if (perms.removeAll(OTHERS)) {
      Files.setPosixFilePermissions(p, perms);
    }
  }
}
