package org.galen.app.backup;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.galen.app.GalenHome;
import org.galen.app.host.ServerFile;
import org.galen.core.GalenException;
import org.galen.index.LibraryIndex;
import org.galen.index.Storage;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import org.galen.store.StoreException;

/**
 * Restores a backup written by {@link Backup}, checking all of it before anything is replaced: only
 * the entries its manifest lists, each no larger than the limits and the free disk space allow and
 * matching its size and SHA-256; the tables loaded with prepared statements into a new, freshly
 * migrated database; the index checked whole by Lucene's CheckIndex with its journal. Only then are
 * the database, index and journal swapped in, by renames that are undone if one fails. Any failure
 * before leaves the current library and database exactly as they were.
 */
public final class Restore {
  private final GalenHome home;
  private final StoreConfig config;
  private final BackupLimits limits;
  private final Consumer<String> out;

  public Restore(GalenHome home, StoreConfig config, BackupLimits limits, Consumer<String> out) {
    this.home = home;
    this.config = config;
    this.limits = limits;
    this.out = out;
  }

  /** Restores {@code zip}; a {@link GalenException} says in one line why it was refused. */
  public void run(Path zip) {
    if (!Files.isRegularFile(zip)) {
      throw new GalenException("no backup file " + zip);
    }
    Path staging = null;
    try (ZipFile z = open(zip)) {
      Manifest manifest = manifest(zip, z);
      if (manifest.database() != null && !config.equals(StoreConfig.h2File(home.db()))) {
        throw new GalenException(
            zip
                + " holds the editorial database, which restore loads only into the embedded"
                + " default in "
                + home.db()
                + "; "
                + config.url()
                + " is backed up and restored with its own tools (pg_dump / pg_restore)");
      }
      if (manifest.database() == null && manifest.under(Manifest.INDEX).isEmpty()) {
        throw new GalenException(zip + " holds neither a database nor an index");
      }
      requireIdle();
      checkSpace(zip, manifest);
      staging = Files.createTempDirectory(Files.createDirectories(home.root()), ".restore-");
      extract(zip, z, manifest, staging);
      Path db = staging.resolve("database");
      if (manifest.database() != null) {
        Store.load(
            StoreConfig.h2File(db),
            manifest.database().schemaVersion(),
            manifest.database().tables(),
            staging.resolve(Manifest.DB),
            limits.maxRowBytes());
      }
      Path index = staging.resolve(Manifest.INDEX);
      Path sources = staging.resolve(Manifest.SOURCES);
      boolean hasIndex = !manifest.under(Manifest.INDEX).isEmpty();
      boolean hasSources = !manifest.under(Manifest.SOURCES).isEmpty();
      if (hasIndex) {
        Optional<String> problem = LibraryIndex.checkCopy(index, hasSources ? sources : null);
        if (problem.isPresent()) {
          throw new GalenException(zip + " holds a damaged library index: " + problem.get());
        }
      }
      List<Swap> swaps = new ArrayList<>();
      if (manifest.database() != null) {
        swaps.add(new Swap(home.db(), db));
      }
      if (hasIndex) {
        swaps.add(new Swap(home.index(), index));
        // the journal belongs to the index it was written with: restore both, or drop the old
        // journal so the restored index writes a fresh one from its own contents at next start
        swaps.add(new Swap(home.sources(), hasSources ? sources : null));
      }
      try (Closeable lock = LibraryIndex.lock(home.index())) {
        requireIdle();
        swap(swaps, staging.resolve("replaced"));
      }
      report(manifest);
    } catch (StoreException e) {
      throw new GalenException(zip + " cannot be restored: " + e.getMessage(), e);
    } catch (IOException e) {
      throw Storage.failure(e, "restoring " + zip);
    } catch (java.io.UncheckedIOException e) {
      throw Storage.failure(java.util.Objects.requireNonNull(e.getCause()), "restoring " + zip);
    } finally {
      if (staging != null) {
        try {
          Storage.deleteTree(staging);
        } catch (IOException e) {
          out.accept("warning: could not delete " + staging + ": " + e.getMessage());
        }
      }
    }
  }

  private static ZipFile open(Path zip) throws IOException {
    try {
      return new ZipFile(zip.toFile());
    } catch (ZipException e) {
      throw new GalenException(zip + " is not a zip file (" + e.getMessage() + ")");
    }
  }

  private Manifest manifest(Path zip, ZipFile z) throws IOException {
    if (z.getEntry("db.sql") != null) {
      throw new GalenException(
          zip
              + " is a backup in Galen's old format, whose database is an SQL script; restore no"
              + " longer runs scripts (a script can run code). Upgrade the Galen it came from to"
              + " this version, run `bin/galen backup NEW.zip` there and restore NEW.zip");
    }
    if (z.size() > limits.maxEntries() + 1) {
      throw new GalenException(
          zip + " has " + z.size() + " entries; restore takes at most " + limits.maxEntries());
    }
    ZipEntry m = z.getEntry(Manifest.NAME);
    if (m == null) {
      throw new GalenException(zip + " is not a Galen backup: it has no " + Manifest.NAME);
    }
    byte[] json;
    try (InputStream in = z.getInputStream(m)) {
      json = in.readNBytes((int) BackupLimits.MAX_MANIFEST_BYTES + 1);
    }
    if (json.length > BackupLimits.MAX_MANIFEST_BYTES) {
      throw new GalenException(zip + " has a manifest larger than restore takes");
    }
    Manifest manifest;
    try {
      manifest = Manifest.parse(json);
    } catch (GalenException e) {
      throw new GalenException(zip + " cannot be restored: " + e.getMessage(), e);
    }
    // every entry of the zip is in the manifest and every entry of the manifest in the zip, once
    Set<String> listed =
        manifest.entries().stream().map(Manifest.Entry::path).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    for (Enumeration<? extends ZipEntry> it = z.entries(); it.hasMoreElements(); ) {
      String name = it.nextElement().getName();
      if (!seen.add(name)) {
        throw new GalenException(zip + " holds the entry " + name + " twice");
      }
      if (!name.equals(Manifest.NAME) && !listed.contains(name)) {
        throw new GalenException(zip + " holds an entry its manifest does not list: " + name);
      }
    }
    for (String name : listed) {
      if (!seen.contains(name)) {
        throw new GalenException(zip + " lacks the entry " + name + " that its manifest lists");
      }
    }
    long total = 0;
    for (Manifest.Entry e : manifest.entries()) {
      if (e.bytes() > limits.maxEntryBytes()) {
        throw new GalenException(
            zip
                + ": "
                + e.path()
                + " is "
                + e.bytes()
                + " bytes; restore takes entries of at most "
                + limits.maxEntryBytes()
                + " (-Dgalen.restore.max-entry-bytes)");
      }
      total += e.bytes();
    }
    if (total > limits.maxTotalBytes()) {
      throw new GalenException(
          zip
              + " unpacks to "
              + total
              + " bytes; restore takes at most "
              + limits.maxTotalBytes()
              + " (-Dgalen.restore.max-total-bytes)");
    }
    return manifest;
  }

  private void checkSpace(Path zip, Manifest manifest) throws IOException {
    long total = manifest.entries().stream().mapToLong(Manifest.Entry::bytes).sum();
    Path root = Files.createDirectories(home.root());
    long free = Files.getFileStore(root).getUsableSpace();
    // the restored database takes about as much again as its tables' text
    long needed =
        total + manifest.under(Manifest.DB).stream().mapToLong(Manifest.Entry::bytes).sum();
    if (needed > free) {
      throw new GalenException(
          zip
              + " needs "
              + needed
              + " bytes to unpack but "
              + root
              + " has "
              + free
              + " free; nothing was changed");
    }
  }

  /** Copies each entry into {@code staging}, stopping at the first byte past its listed size. */
  private static void extract(Path zip, ZipFile z, Manifest manifest, Path staging)
      throws IOException {
    for (Manifest.Entry e : manifest.entries()) {
      ZipEntry entry = z.getEntry(e.path());
      Path target = staging.resolve(e.path());
      Files.createDirectories(target.getParent());
      MessageDigest sha = Backup.digest();
      long n;
      try (InputStream in = new DigestInputStream(z.getInputStream(entry), sha);
          OutputStream o = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
        n = copyAtMost(in, o, e.bytes() + 1);
      }
      if (n != e.bytes()) {
        throw new GalenException(
            zip
                + ": "
                + e.path()
                + (n > e.bytes() ? " is larger than" : " is smaller than")
                + " the "
                + e.bytes()
                + " bytes its manifest lists");
      }
      if (!HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
        throw new GalenException(
            zip + ": " + e.path() + " does not match the SHA-256 its manifest lists");
      }
    }
  }

  private static long copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buf = new byte[1 << 16];
    long n = 0;
    while (n < max) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, max - n));
      if (r < 0) {
        break;
      }
      out.write(buf, 0, r);
      n += r;
    }
    return n;
  }

  /** Refuses while a server runs on this data directory, or another process has its database. */
  private void requireIdle() {
    Optional<ServerFile> server = ServerFile.live(home.serverFile());
    if (server.isPresent()) {
      throw new GalenException(
          "the Galen server (pid "
              + server.get().pid()
              + ", port "
              + server.get().port()
              + ") is running on "
              + home.root()
              + "; stop it, then restore");
    }
    if (!config.isH2()) {
      return;
    }
    try (Store current = Store.open(config)) {
      current.schemaVersion();
    } catch (StoreException.InUse e) {
      throw new GalenException(
          "the editorial database in "
              + home.db()
              + " is open in another Galen process (the server?); stop it, then restore");
    }
  }

  /** Puts {@code replacement} where {@code current} is (or just removes it, when null). */
  private record Swap(Path current, @org.jspecify.annotations.Nullable Path replacement) {}

  private static void swap(List<Swap> swaps, Path replaced) throws IOException {
    Files.createDirectories(replaced);
    List<Runnable> undo = new ArrayList<>();
    try {
      int i = 0;
      for (Swap s : swaps) {
        Path aside = replaced.resolve(Integer.toString(i++));
        if (Files.exists(s.current())) {
          Files.move(s.current(), aside, StandardCopyOption.ATOMIC_MOVE);
          undo.add(() -> moveBack(aside, s.current()));
        }
        if (s.replacement() != null) {
          Files.move(s.replacement(), s.current(), StandardCopyOption.ATOMIC_MOVE);
          Path moved = s.replacement();
          undo.add(() -> moveBack(s.current(), moved));
        }
      }
    } catch (IOException | RuntimeException e) {
      for (Runnable u : undo.reversed()) {
        u.run();
      }
      throw e;
    }
  }

  private static void moveBack(Path from, Path to) {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (NoSuchFileException ignored) {
      // nothing was moved there
    } catch (IOException e) {
      throw new GalenException("could not put " + from + " back to " + to + ": " + e.getMessage());
    }
  }

  private void report(Manifest manifest) {
    if (manifest.database() != null) {
      long rows = manifest.database().tables().stream().mapToLong(t -> t.rows()).sum();
      out.accept("database restored into " + home.db() + " (" + rows + " rows)");
    }
    int index = manifest.under(Manifest.INDEX).size();
    if (index > 0) {
      out.accept("index restored: " + index + " files into " + home.index());
      if (!manifest.under(Manifest.SOURCES).isEmpty()) {
        out.accept("stored sources restored into " + home.sources());
      }
    }
  }
}
