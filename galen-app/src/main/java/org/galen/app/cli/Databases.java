package org.galen.app.cli;

import org.galen.app.GalenHome;
import org.galen.app.host.HostClient;
import org.galen.core.GalenException;
import org.galen.store.Store;
import org.galen.store.StoreException;

/**
 * Opens the editorial database for a command, or says in one line why it cannot: the embedded
 * database is open in one process at a time, and a running server holds it.
 */
final class Databases {
  private Databases() {}

  /**
   * @param command the command, as the user would type it again ("publish")
   * @param instead what to do rather than stopping the server, or ""
   */
  static Store open(GalenHome home, String command, String instead) {
    try {
      return Store.open(home.store(System.getenv()));
    } catch (StoreException.InUse e) {
      throw new GalenException(busy(home, command, instead), e);
    }
  }

  static String busy(GalenHome home, String command, String instead) {
    String who = HostClient.find(home).map(HostClient::describe).orElse("another Galen process");
    return who
        + " has the editorial database in "
        + home.db()
        + " open, and an embedded database serves one process at a time: stop it, then run `galen "
        + command
        + "` again"
        + (instead.isEmpty() ? "" : ", or " + instead);
  }
}
