package org.galen.store;

import java.util.Locale;
import org.galen.core.GalenException;

/** What a user may do. Admins may do everything; {@code SYSTEM} is Galen itself. */
public enum Role {
  READER,
  EDITOR,
  REVIEWER,
  ADMIN,
  SYSTEM;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Role parse(String value) {
    for (Role r : values()) {
      if (r.wire().equals(value.trim().toLowerCase(Locale.ROOT))) {
        return r;
      }
    }
    throw new GalenException(
        "unknown role '" + value + "'; expected reader, editor, reviewer or admin");
  }
}
