package org.galen.app.cli;

import java.io.PrintWriter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.galen.app.GalenHome;
import org.galen.app.host.HostClient;
import org.galen.app.web.security.Passwords;
import org.galen.store.Actor;
import org.galen.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code galen account}: the machine owner's recovery of an account, also while the server runs
 * (then through its host channel, which also ends the slow-down the server keeps in memory).
 */
@Command(
    name = "account",
    mixinStandardHelpOptions = true,
    description = "Recover an account from this machine (works while the server runs).",
    subcommands = {AccountCommand.Unlock.class, AccountCommand.ResetPassword.class})
final class AccountCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a subcommand: unlock NAME, reset-password NAME");
  }

  @Command(
      name = "unlock",
      mixinStandardHelpOptions = true,
      description = "Forget the account's failed logins, so it may log in again at once.")
  static final class Unlock implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "NAME", description = "The user name.")
    String username = "";

    @Override
    public Integer call() {
      GalenHome home = GalenHome.fromEnvironment(System.getenv());
      Optional<HostClient> server = HostClient.find(home);
      if (server.isPresent()) {
        server.get().unlock(username);
      } else {
        try (Store store = Databases.open(home, "account unlock " + username, "")) {
          store.accounts().unlock(Actor.host(), username);
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(username + " is unlocked: its failed logins are forgotten");
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "reset-password",
      mixinStandardHelpOptions = true,
      description =
          "Give the account a new one-time password (printed once), to be changed at its next"
              + " login.")
  static final class ResetPassword implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "NAME", description = "The user name.")
    String username = "";

    @Override
    public Integer call() {
      GalenHome home = GalenHome.fromEnvironment(System.getenv());
      Optional<HostClient> server = HostClient.find(home);
      String password;
      if (server.isPresent()) {
        password = server.get().resetPassword(username);
      } else {
        password = Passwords.oneTime();
        try (Store store = Databases.open(home, "account reset-password " + username, "")) {
          store
              .accounts()
              .resetPassword(
                  Actor.host(),
                  username,
                  Objects.requireNonNull(Passwords.encoder().encode(password)));
        }
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("one-time password for " + username + ": " + password);
      out.println("it is shown once and must be changed at the next login");
      out.flush();
      return 0;
    }
  }
}
