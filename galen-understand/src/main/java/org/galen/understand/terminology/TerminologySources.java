package org.galen.understand.terminology;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept.Kind;
import org.galen.understand.text.EnglishWords;

/**
 * Reads the concepts of the bundled terminologies and every name they go by from the files as their
 * publishers release them (see {@code terminology/README.md} beside them): the Human Disease
 * Ontology (2018 release with synonyms, and the 2026 labels and parents), the Symptom Ontology, the
 * HPO's lay synonyms, Drugs@FDA brand and ingredient names, MedQuAD's alternative names, the
 * abbreviations Galen's practice summaries list ({@link SummaryAbbreviations}), and the short names
 * of syndromes ({@link ShortNames}). This takes seconds, so the build does it once ({@link
 * Terminology#compile}).
 */
final class TerminologySources {

  /**
   * A name of a concept as its terminology writes it.
   *
   * @param acronym written in capitals, short and one word ("AIDS", "COPD")
   */
  record Name(String text, String conceptId, boolean acronym) {}

  /** What the files hold: concepts by id, and every name of each. */
  record Read(Map<String, Concept> concepts, List<Name> names) {}

  private TerminologySources() {}

  /** Reads every bundled terminology file. */
  static Read read() {
    Builder b = new Builder();
    DiseaseOntology.read(resource("doid-2018-07-05.json.gz"), resource("HumanDO.tsv.gz"), b);
    SymptomOntology.read(resource("symp_import.owl.gz"), b);
    HpoLay.read(resource("layperson-synonyms.tsv.gz"), b);
    DrugsAtFda.read(resource("Products.txt.gz"), lines("salt-forms.txt"), b);
    MedQuadNames.read(resource("medquad-synonyms.tsv"), lines("medquad-other-topics.txt"), b);
    SummaryAbbreviations.read(resource("summary-abbreviations.tsv"), b);
    Anatomy.derive(b);
    ShortNames.derive(b, EnglishWords.bundled());
    return b.build(excludedNames());
  }

  static InputStream resource(String name) {
    InputStream in = TerminologySources.class.getResourceAsStream(name);
    if (in == null) {
      throw new GalenException("the terminology file " + name + " is missing from the classpath");
    }
    try {
      return name.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  /**
   * The rows of a tab-separated file that have exactly {@code columns} fields, without comments and
   * blank lines.
   */
  static List<String[]> rows(InputStream tsv, int columns, String what) {
    try (java.io.BufferedReader r =
        new java.io.BufferedReader(new java.io.InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      return r.lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .filter(f -> f.length == columns)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + what, e);
    }
  }

  /** The lines of a bundled list, without comments and blank lines, lower case. */
  static List<String> lines(String name) {
    try (InputStream in = resource(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .map(l -> l.toLowerCase(java.util.Locale.ROOT))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + name, e);
    }
  }

  private static Set<String> excludedNames() {
    return new java.util.HashSet<>(lines("excluded-names.txt"));
  }

  /** Collects concepts and names from several files; later files add names to earlier concepts. */
  static final class Builder {
    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    private final List<Name> names = new ArrayList<>();
    private final Map<String, String> byName = new HashMap<>();

    /** Adds a concept (or replaces an older release's) and its preferred name. */
    void concept(String id, String name, Kind kind, List<String> parents) {
      concepts.put(id, new Concept(id, name.strip(), kind, parents));
      name(id, name);
    }

    boolean has(String id) {
      return concepts.containsKey(id);
    }

    Concept get(String id) {
      return Objects.requireNonNull(concepts.get(id), id);
    }

    void name(String id, String text) {
      String t = text.strip();
      if (t.isEmpty()) {
        return;
      }
      // "AIDS", and mixed-case acronyms such as "chILD" (children's interstitial lung disease)
      boolean acronym =
          t.length() <= 6
              && t.indexOf(' ') < 0
              && (t.chars().noneMatch(Character::isLowerCase)
                  || t.substring(1).chars().anyMatch(Character::isUpperCase));
      names.add(new Name(t, id, acronym));
      byName.putIfAbsent(t.toLowerCase(java.util.Locale.ROOT), id);
    }

    /**
     * Adds a name that, when other concepts of the same terminology share it, names this one first
     * ("IBS" is irritable bowel syndrome before ichthyosis bullosa of Siemens).
     */
    void preferredName(String id, String text) {
      int before = names.size();
      name(id, text);
      if (names.size() > before) {
        names.addFirst(names.removeLast());
      }
    }

    /** The concept a name (any case) was first given to. */
    Optional<String> idOfName(String text) {
      return Optional.ofNullable(byName.get(text.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    Collection<Concept> concepts() {
      return concepts.values();
    }

    List<Name> names() {
      return names;
    }

    Read build(Set<String> excluded) {
      List<Name> kept =
          names.stream()
              .filter(n -> concepts.containsKey(n.conceptId()))
              .filter(n -> !excluded.contains(n.text().toLowerCase(java.util.Locale.ROOT)))
              .distinct()
              .toList();
      return new Read(Map.copyOf(concepts), kept);
    }
  }
}
