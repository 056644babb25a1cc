package org.galen.understand.triage;

import org.galen.understand.Understanding;
import org.jspecify.annotations.Nullable;

/** One understanding per test JVM: loading the model and terminologies takes a second or two. */
final class Triages {
  private static @Nullable Understanding shared;

  private Triages() {}

  static synchronized Triage triage() {
    Understanding u = shared;
    if (u == null) {
      u = Understanding.open(null, EmergencyCatalogue.DEFAULT_LOCALE);
      shared = u;
    }
    return u.triage();
  }
}
