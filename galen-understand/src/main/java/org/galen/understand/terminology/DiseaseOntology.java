package org.galen.understand.terminology;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept.Kind;

/**
 * The Human Disease Ontology: the 2018-07-05 release as OBO Graphs JSON (labels, exact synonyms,
 * {@code is_a}) and the 2026 {@code HumanDO.tsv} report (current ids, labels and parent labels),
 * which adds the diseases named since and renames some.
 */
final class DiseaseOntology {
  private static final String PURL = "http://purl.obolibrary.org/obo/";

  private DiseaseOntology() {}

  static void read(InputStream graphJson, InputStream currentTsv, TerminologySources.Builder b) {
    Map<String, List<String>> parents = new HashMap<>();
    try (InputStream in = graphJson) {
      JsonNode graph = new ObjectMapper().readTree(in).path("graphs").path(0);
      for (JsonNode edge : graph.path("edges")) {
        String sub = id(edge.path("sub").asText());
        String obj = id(edge.path("obj").asText());
        if (edge.path("pred").asText().equals("is_a") && sub != null && obj != null) {
          parents.computeIfAbsent(sub, k -> new ArrayList<>()).add(obj);
        }
      }
      for (JsonNode node : graph.path("nodes")) {
        String id = id(node.path("id").asText());
        JsonNode meta = node.path("meta");
        if (id == null || meta.path("deprecated").asBoolean(false) || !node.has("lbl")) {
          continue;
        }
        b.concept(id, node.path("lbl").asText(), Kind.DISEASE, parents.getOrDefault(id, List.of()));
        for (JsonNode syn : meta.path("synonyms")) {
          String pred = syn.path("pred").asText();
          if (pred.equals("hasExactSynonym") || pred.equals("hasNarrowSynonym")) {
            b.name(id, syn.path("val").asText());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the Disease Ontology graph", e);
    }
    readCurrent(currentTsv, b);
  }

  /** {@code DOID_1234} in a PURL as {@code DOID:1234}; null for other ontologies' terms. */
  private static @org.jspecify.annotations.Nullable String id(String purl) {
    if (!purl.startsWith(PURL + "DOID_")) {
      return null;
    }
    return "DOID:" + purl.substring((PURL + "DOID_").length());
  }

  /** {@code "DOID:123"<TAB>"label"<TAB>"parent label"}, with a header line. */
  private static void readCurrent(InputStream tsv, TerminologySources.Builder b) {
    Map<String, String> parentLabel = new HashMap<>();
    Map<String, String> idByLabel = new HashMap<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line = r.readLine();
      int n = 1;
      while ((line = r.readLine()) != null) {
        n++;
        String[] f = line.split("\t", -1);
        if (f.length < 2) {
          throw new GalenException("HumanDO.tsv line " + n + ": expected id, label and parent");
        }
        String id = unquote(f[0]);
        String label = unquote(f[1]);
        if (!id.startsWith("DOID:") || label.isEmpty()) {
          continue;
        }
        idByLabel.putIfAbsent(label, id);
        if (f.length > 2 && !unquote(f[2]).isEmpty()) {
          parentLabel.put(id, unquote(f[2]));
        }
        if (b.has(id)) {
          Concept old = b.get(id);
          if (!old.name().equals(label)) {
            // the current label leads; the 2018 one stays a name
            b.concept(id, label, Kind.DISEASE, old.parents());
            b.name(id, old.name());
          }
        } else {
          b.concept(id, label, Kind.DISEASE, List.of());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading HumanDO.tsv", e);
    }
    // the current release's parent replaces the 2018 ones, some of which it has since moved
    // (cellulitis no longer holds bullous pemphigoid)
    parentLabel.forEach(
        (id, label) -> {
          String parent = idByLabel.get(label);
          Concept c = b.get(id);
          if (parent != null && !c.parents().equals(List.of(parent))) {
            b.concept(id, c.name(), Kind.DISEASE, List.of(parent));
          }
        });
  }

  private static String unquote(String s) {
    String t = s.strip();
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")
        ? t.substring(1, t.length() - 1).strip()
        : t;
  }
}
