package org.galen.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.galen.app.GalenHome;
import org.galen.core.GalenException;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen backup}: the editorial database (H2: as an SQL script), the library index and the
 * stored sources it is rebuilt from ({@code galen reindex}) in one zip. Run it when no ingest is
 * running; a PostgreSQL database is backed up with pg_dump instead.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = "Write the editorial database and the library index to a zip file.")
final class BackupCommand implements Callable<Integer> {
  static final String DB_ENTRY = "db.sql";
  static final String INDEX_PREFIX = "index/";
  static final String SOURCES_PREFIX = "sources/";

  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE.zip", description = "Where to write the backup.")
  Path file = Path.of("galen-backup.zip");

  @Override
  public Integer call() throws IOException {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    if (Files.exists(file)) {
      throw new GalenException(file + " exists already; choose a new file name");
    }
    PrintWriter out = spec.commandLine().getOut();
    StoreConfig config = home.store(System.getenv());
    Path tmp = Files.createTempFile("galen-db", ".sql");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      if (config.isH2()) {
        try (Store store = Store.open(config)) {
          store.dump(tmp);
        }
        add(zip, DB_ENTRY, tmp);
        out.println("database: " + config.url());
      } else {
        out.println("database: " + config.url() + " is PostgreSQL; back it up with pg_dump");
      }
      out.println(
          "index: " + addFolder(zip, INDEX_PREFIX, home.index()) + " files from " + home.index());
      out.println(
          "stored sources: "
              + addFolder(zip, SOURCES_PREFIX, home.sources())
              + " journal files from "
              + home.sources());
    } finally {
      Files.deleteIfExists(tmp);
    }
    out.println("backup written to " + file);
    out.flush();
    return 0;
  }

  /** Adds the files of {@code dir} (if it exists) under {@code prefix}; returns how many. */
  private static int addFolder(ZipOutputStream zip, String prefix, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> files = indexFiles(dir);
    for (Path f : files) {
      add(zip, prefix + f.getFileName(), f);
    }
    return files.size();
  }

  private static List<Path> indexFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> !String.valueOf(f.getFileName()).equals("write.lock"))
          .sorted()
          .toList();
    }
  }

  private static void add(ZipOutputStream zip, String name, Path file) {
    try {
      zip.putNextEntry(new ZipEntry(name));
      try (OutputStream o = new NonClosing(zip)) {
        Files.copy(file, o);
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add " + file + " to the backup", e);
    }
  }

  /** Lets Files.copy write into the zip without closing it. */
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
