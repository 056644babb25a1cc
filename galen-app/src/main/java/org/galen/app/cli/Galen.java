package org.galen.app.cli;

import java.io.PrintWriter;
import org.galen.core.GalenException;
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
      BackupCommand.class,
      RestoreCommand.class,
      EvalCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Galen implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "name a command: ask, source, ingest, library, serve, bench, bench-page, lint, eval,"
            + " publish, backup, restore");
  }

  public static void main(String[] args) {
    if (System.getProperty("logback.configurationFile") == null) {
      // the database pool and migrations log through SLF4J; keep stdout for the command's output
      System.setProperty("logback.configurationFile", "org/galen/app/cli/logback-cli.xml");
    }
    int code = commandLine().execute(args);
    if (code != 0 || !ServeCommand.serving()) {
      System.exit(code);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Galen());
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof GalenException) {
            PrintWriter err = cmd.getErr();
            err.println("galen: " + e.getMessage());
            err.flush();
            return 2;
          }
          throw e;
        });
    return cli;
  }
}
