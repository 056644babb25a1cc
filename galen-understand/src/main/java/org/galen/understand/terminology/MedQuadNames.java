package org.galen.understand.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.galen.understand.terminology.Concept.Kind;

/**
 * MedQuAD's alternative names ({@code medquad-synonyms.tsv}, generated from MedQuAD's focus and
 * synonym elements by {@code tools/medquad-synonyms.py}): {@code name<TAB>focus|focus...}. A name
 * whose focus is already a concept (by any of its names) joins it; otherwise the focus becomes a
 * condition of its own.
 */
final class MedQuadNames {
  private MedQuadNames() {}

  static void read(InputStream tsv, TerminologySources.Builder b) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 2) {
          continue;
        }
        for (String focus : f[1].split("\\|")) {
          String id =
              b.idOfName(focus)
                  .orElseGet(
                      () -> {
                        String own = "MEDQUAD:" + focus.strip().toLowerCase(Locale.ROOT);
                        if (!b.has(own)) {
                          b.concept(own, focus, Kind.DISEASE, List.of());
                        }
                        return own;
                      });
          b.name(id, f[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading MedQuAD names", e);
    }
  }
}
