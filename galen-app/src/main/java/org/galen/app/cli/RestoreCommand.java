package org.galen.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.galen.app.GalenHome;
import org.galen.core.GalenException;
import org.galen.index.Storage;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen restore}: replaces the editorial database and the library index with a backup. Stop
 * the server first. The backup is checked completely before anything is replaced.
 */
@Command(
    name = "restore",
    mixinStandardHelpOptions = true,
    description =
        "Replace the editorial database and library index with a backup (server stopped).")
final class RestoreCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE.zip", description = "A zip from 'galen backup'.")
  Path file = Path.of("galen-backup.zip");

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new GalenException("no backup file " + file);
    }
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    // staged beside the data so the index moves into place in one rename
    Path staging = Files.createTempDirectory(Files.createDirectories(home.root()), ".restore-");
    try {
      Path index = Files.createDirectories(staging.resolve("index"));
      Path sources = staging.resolve("sources");
      Path db = staging.resolve(BackupCommand.DB_ENTRY);
      boolean hasDb = false;
      int files = 0;
      try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          String name = e.getName();
          if (name.equals(BackupCommand.DB_ENTRY)) {
            copy(zip, db);
            hasDb = true;
          } else if (name.startsWith(BackupCommand.INDEX_PREFIX)
              && name.indexOf('/', BackupCommand.INDEX_PREFIX.length()) < 0
              && !name.contains("..")) {
            copy(zip, index.resolve(name.substring(BackupCommand.INDEX_PREFIX.length())));
            files++;
          } else if (name.startsWith(BackupCommand.SOURCES_PREFIX)
              && name.indexOf('/', BackupCommand.SOURCES_PREFIX.length()) < 0
              && !name.contains("..")) {
            copy(
                zip,
                Files.createDirectories(sources)
                    .resolve(name.substring(BackupCommand.SOURCES_PREFIX.length())));
          } else {
            throw new GalenException(file + " is not a Galen backup: unexpected entry " + name);
          }
        }
      }
      if (files == 0 && !hasDb) {
        throw new GalenException(file + " holds neither a database nor an index");
      }
      StoreConfig config = home.store(System.getenv());
      if (hasDb) {
        if (!config.isH2()) {
          throw new GalenException(
              "the backup holds an H2 database but GALEN_DB_URL names " + config.url());
        }
        try (Store store = Store.open(config)) {
          store.restore(db);
        }
        out.println("database restored into " + config.url());
      }
      if (files > 0) {
        // the journal belongs to the index it was written with: restore both, or drop the old
        // journal so the restored index writes a fresh one from its own contents at next start
        Storage.deleteTree(home.sources());
        Storage.deleteTree(home.index());
        Files.move(index, home.index(), StandardCopyOption.ATOMIC_MOVE);
        out.println("index restored: " + files + " files into " + home.index());
        if (Files.isDirectory(sources)) {
          Files.move(sources, home.sources(), StandardCopyOption.ATOMIC_MOVE);
          out.println("stored sources restored into " + home.sources());
        }
      }
      out.flush();
      return 0;
    } finally {
      Storage.deleteTree(staging);
    }
  }

  private static void copy(InputStream in, Path to) throws IOException {
    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
  }
}
