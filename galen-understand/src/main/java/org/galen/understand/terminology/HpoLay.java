package org.galen.understand.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.galen.understand.terminology.Concept.Kind;

/**
 * The Human Phenotype Ontology's lay synonyms report ({@code layperson-synonyms.tsv}, read as it is
 * published): {@code <HP IRI> "label" "lay synonym"}, one line per lay synonym.
 */
final class HpoLay {
  private static final String PURL = "<http://purl.obolibrary.org/obo/HP_";

  private HpoLay() {}

  static void read(InputStream tsv, TerminologySources.Builder b) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length != 3 || !f[0].startsWith(PURL) || !f[0].endsWith(">")) {
          continue; // the header, or a line this report does not have
        }
        String id = "HP:" + f[0].substring(PURL.length(), f[0].length() - 1);
        String label = unquote(f[1]);
        if (label.isEmpty()) {
          continue;
        }
        if (!b.has(id)) {
          b.concept(id, label, Kind.FINDING, List.of());
        }
        b.name(id, unquote(f[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the HPO lay synonyms", e);
    }
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1).strip()
        : t;
  }
}
