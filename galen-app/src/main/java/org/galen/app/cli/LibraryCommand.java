package org.galen.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code galen library}: commands that fill the library with whole collections. */
@Command(
    name = "library",
    mixinStandardHelpOptions = true,
    description = "Load whole collections into the library.",
    subcommands = {LoadPublicCommand.class})
final class LibraryCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a library command: load-public");
  }
}
