package org.galen.app.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.galen.core.GalenException;
import org.galen.index.Storage;
import org.galen.store.TableData;
import org.jspecify.annotations.Nullable;

/**
 * Writes a backup: the editorial database's tables as JSON lines, the library index and the source
 * journal, with a {@link Manifest} of every entry's size and SHA-256 first. The zip is written
 * beside its final name and moved there when complete, so a backup file is never half written.
 */
public final class Backup {
  private Backup() {}

  /** Exports the editorial database's tables into a directory (the store, or a running server). */
  @FunctionalInterface
  public interface Tables {
    /**
     * Writes each table as {@code NAME.jsonl} into {@code dir}.
     *
     * @return the schema version and the tables written
     */
    Database export(Path dir);
  }

  /** The editorial database in a backup: its schema version and its tables' row counts. */
  public record Database(String schemaVersion, List<TableData.Table> tables) {
    public Database {
      tables = List.copyOf(tables);
    }
  }

  /**
   * Writes a backup of {@code index} and {@code sources} (each skipped when absent) and, when
   * {@code tables} is given, of the editorial database, to {@code zip}.
   */
  public static void write(
      Path zip, @Nullable Tables tables, Path index, Path sources, Consumer<String> out) {
    if (Files.exists(zip)) {
      throw new GalenException(zip + " exists already; choose a new file name");
    }
    Path part = zip.resolveSibling(zip.getFileName() + ".part");
    Path stage = null;
    try {
      stage = Files.createTempDirectory("galen-backup-");
      Map<String, Path> files = new LinkedHashMap<>();
      Database database = null;
      if (tables != null) {
        database = tables.export(stage);
        for (TableData.Table t : database.tables()) {
          files.put(Manifest.DB + t.file(), stage.resolve(t.file()));
        }
      }
      int indexFiles = addFolder(files, Manifest.INDEX, index);
      int journalFiles = addFolder(files, Manifest.SOURCES, sources);
      List<Manifest.Entry> entries = new ArrayList<>();
      for (Map.Entry<String, Path> f : files.entrySet()) {
        entries.add(new Manifest.Entry(f.getKey(), Files.size(f.getValue()), sha256(f.getValue())));
      }
      Manifest manifest = new Manifest(Instant.now().toString(), database, entries);
      try (ZipOutputStream z =
          new ZipOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE_NEW))) {
        z.putNextEntry(new ZipEntry(Manifest.NAME));
        z.write(manifest.toJson());
        z.closeEntry();
        for (Manifest.Entry e : entries) {
          copy(z, e, files.get(e.path()));
        }
      }
      Files.move(part, zip, StandardCopyOption.ATOMIC_MOVE);
      if (database != null) {
        long rows = database.tables().stream().mapToLong(TableData.Table::rows).sum();
        out.accept(
            "database: "
                + database.tables().size()
                + " tables, "
                + rows
                + " rows (schema version "
                + database.schemaVersion()
                + ")");
      }
      out.accept("index: " + indexFiles + " files from " + index);
      out.accept("stored sources: " + journalFiles + " journal files from " + sources);
    } catch (IOException e) {
      throw Storage.failure(e, "writing the backup " + zip);
    } finally {
      try {
        Files.deleteIfExists(part);
        if (stage != null) {
          Storage.deleteTree(stage);
        }
      } catch (IOException e) {
        out.accept("warning: could not clean up after the backup: " + e.getMessage());
      }
    }
  }

  private static int addFolder(Map<String, Path> files, String prefix, Path dir)
      throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    try (Stream<Path> list = Files.list(dir)) {
      List<Path> found =
          list.filter(Files::isRegularFile)
              .filter(f -> !String.valueOf(f.getFileName()).equals("write.lock"))
              .sorted()
              .toList();
      for (Path f : found) {
        files.put(prefix + f.getFileName(), f);
      }
      return found.size();
    }
  }

  /** Adds a file, checking it still has the size and checksum the manifest recorded. */
  private static void copy(ZipOutputStream z, Manifest.Entry e, @Nullable Path file)
      throws IOException {
    if (file == null) {
      throw new IllegalStateException("no file for " + e.path());
    }
    z.putNextEntry(new ZipEntry(e.path()));
    MessageDigest sha = digest();
    long n;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      n = in.transferTo(new NonClosing(z));
    }
    z.closeEntry();
    if (n != e.bytes() || !HexFormat.of().formatHex(sha.digest()).equals(e.sha256())) {
      throw new GalenException(
          file + " changed while it was backed up; run the backup again when no ingest runs");
    }
  }

  static String sha256(Path file) throws IOException {
    MessageDigest sha = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new UncheckedIOException(new IOException("the JVM has no SHA-256", e));
    }
  }

  /** Lets a copy write into the zip without closing it. */
  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
