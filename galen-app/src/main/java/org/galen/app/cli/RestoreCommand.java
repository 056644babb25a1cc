package org.galen.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.galen.app.GalenHome;
import org.galen.app.backup.BackupLimits;
import org.galen.app.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen restore}: replaces the editorial database and the library index with a backup. Stop
 * the server first. The backup is checked completely before anything is replaced, and nothing in it
 * is executed.
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
  public Integer call() {
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    PrintWriter out = spec.commandLine().getOut();
    new Restore(
            home, home.store(System.getenv()), BackupLimits.fromSystemProperties(), out::println)
        .run(file);
    out.flush();
    return 0;
  }
}
