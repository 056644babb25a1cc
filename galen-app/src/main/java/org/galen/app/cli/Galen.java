package org.galen.app.cli;

import java.io.PrintWriter;
import org.galen.app.GalenHome;
import org.galen.app.OwnerOnly;
import org.galen.core.GalenException;
import org.galen.index.Storage;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code galen} command: the entry point of the app, for the terminal and for the server. */
@Command(
    name = "galen",
    mixinStandardHelpOptions = true,
    version = "Galen 0.1.0",
    description = "Evidence-based clinical answers, cited and quoted from a local library.",
    subcommands = {
      AskCommand.class,
      SourceCommand.class,
      IngestCommand.class,
      ServeCommand.class,
      BenchCommand.class,
      PageBenchCommand.class,
      LintCommand.class,
      LibraryCommand.class,
      PublishCommand.class,
      AccountCommand.class,
      BackupCommand.class,
      RestoreCommand.class,
      EvalCommand.class,
      ReindexCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Galen implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name a command: ask, source, ingest, library, serve, bench, bench-page, lint, eval,"
            + " publish, account, backup, restore, reindex");
  }

  public static void main(String[] args) {
    // serve logs the Spring Boot way (which warns about this property), other commands quietly
    boolean serve = args.length > 0 && args[0].equals("serve");
    if (!serve && System.getProperty("logback.configurationFile") == null) {
      // the database pool and migrations log through SLF4J; keep stdout for the command's output
      System.setProperty("logback.configurationFile", "org/galen/app/cli/logback-cli.xml");
    }
    // everything the command creates (database, library, the server's token file) is the owner's
    OwnerOnly.forNewFiles();
    GalenHome.fromEnvironment(System.getenv())
        .makeOwnerOnly()
        .ifPresent(
            warning -> {
              System.err.println("galen: warning: " + warning);
              System.err.flush();
            });
    int code = commandLine().execute(args);
    if (code != 0 || !ServeCommand.serving()) {
      System.exit(code);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Galen());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          String message = message(e);
          if (message != null) {
            PrintWriter err = cmd.getErr();
            err.println("galen: " + message);
            err.flush();
            return 2;
          }
          throw e;
        });
    return cli;
  }

  /**
   * The one-line message for a failure the user can act on: a {@link GalenException} (also when a
   * framework wrapped it) or a full disk; null for bugs, which keep their stack trace.
   */
  static @Nullable String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof GalenException) {
        return t.getMessage();
      }
      if (t.getCause() == t) {
        break;
      }
    }
    if (Storage.isDiskFull(e)) {
      return "no space left on device (" + e.getMessage() + "); free some space and try again";
    }
    return null;
  }
}
