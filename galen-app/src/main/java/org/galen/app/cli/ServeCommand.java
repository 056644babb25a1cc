package org.galen.app.cli;

import java.util.concurrent.Callable;
import org.galen.app.GalenHome;
import org.galen.app.web.GalenApplication;
import org.galen.index.LibraryIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code galen serve}: the web app and REST API on the embedded default. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the web app and API (http://localhost:PORT/).")
final class ServeCommand implements Callable<Integer> {
  private static volatile boolean serving;

  @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default 8080).")
  int port = 8080;

  static boolean serving() {
    return serving;
  }

  @Override
  public Integer call() {
    // a damaged library is reported in one line before the web app starts, not as a stack trace
    GalenHome home = GalenHome.fromEnvironment(System.getenv());
    LibraryIndex.open(home.index(), home.sources(), null).close();
    var app = GalenApplication.start(port);
    serving = true;
    System.out.println(
        "galen: serving http://localhost:"
            + app.getEnvironment().getProperty("local.server.port", Integer.toString(port))
            + "/ (Ctrl-C stops it)");
    System.out.flush();
    return 0;
  }
}
