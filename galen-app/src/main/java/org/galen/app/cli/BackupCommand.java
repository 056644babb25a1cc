package org.galen.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.galen.app.GalenHome;
import org.galen.app.backup.Backup;
import org.galen.app.host.HostClient;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen backup}: the editorial database (H2: each table as JSON lines), the library index
 * and the stored sources it is rebuilt from ({@code galen reindex}) in one zip with a manifest of
 * checksums. Run it when no ingest is running; while the server runs, it writes the tables. A
 * PostgreSQL database is backed up with pg_dump.
 */
@Command(
    name = "backup",
    mixinStandardHelpOptions = true,
    description = "Write the editorial database and the library index to a zip file.")
final class BackupCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1", paramLabel = "FILE.zip", description = "Where to write the backup.")
  Path file = Path.of("galen-backup.zip");

  @Override
  public Integer call() {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    StoreConfig config = home.store(System.getenv());
    Backup.Tables tables = null;
    if (config.isH2()) {
      // while the server runs it has the database open, and writes the tables out for us
      Optional<HostClient> server = HostClient.find(home);
      if (server.isPresent()) {
        out.println("database: through " + server.get().describe());
        tables = server.get()::exportTables;
      } else {
        tables =
            dir -> {
              try (Store store = Databases.open(home, "backup", "")) {
                return new Backup.Database(store.schemaVersion(), store.exportTables(dir));
              }
            };
      }
    } else {
      out.println("database: " + config.url() + " is PostgreSQL; back it up with pg_dump");
    }
    Backup.write(file, tables, home.index(), home.sources(), out::println);
    out.println("backup written to " + file);
    out.flush();
    return 0;
  }
}
