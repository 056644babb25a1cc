package org.galen.ingest.medquad;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.galen.ingest.TextFiles;
import org.galen.ingest.xml.XmlFiles;

/**
 * The focus synonyms MedQuAD annotates ("Manic-depressive illness" for "Bipolar Disorder"),
 * collected from its files for query expansion: {@link #vocabulary()} has the shape {@code
 * QueryUnderstanding} takes (term to expansions).
 */
public final class MedQuadSynonyms {
  private final MedQuadReader reader = new MedQuadReader();
  private final Map<String, Set<String>> byFocus = new TreeMap<>();

  /** A focus with its synonyms and UMLS CUIs, merged over every document about it. */
  public record Group(String focus, List<String> synonyms, List<String> cuis) {}

  private final Map<String, Set<String>> cuisByFocus = new TreeMap<>();

  /** Collects from a MedQuAD file, or from every MedQuAD file under a folder. */
  public MedQuadSynonyms add(Path fileOrFolder) {
    if (Files.isDirectory(fileOrFolder)) {
      try (Stream<Path> walk = Files.walk(fileOrFolder)) {
        walk.filter(Files::isRegularFile).sorted().forEach(this::addFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    } else {
      addFile(fileOrFolder);
    }
    return this;
  }

  private void addFile(Path file) {
    try {
      if (!reader.accepts(file, TextFiles.head(file, 4096))) {
        return;
      }
      XmlFiles.stream(
          file,
          parsed -> {},
          r ->
              reader.readDocument(
                  file,
                  r,
                  parsed -> {},
                  focus -> {
                    if (!focus.name().isEmpty()) {
                      byFocus
                          .computeIfAbsent(focus.name(), k -> new LinkedHashSet<>())
                          .addAll(focus.synonyms());
                      cuisByFocus
                          .computeIfAbsent(focus.name(), k -> new LinkedHashSet<>())
                          .addAll(focus.cuis());
                    }
                  }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every focus that has synonyms or CUIs, in name order. */
  public List<Group> groups() {
    List<Group> out = new ArrayList<>();
    byFocus.forEach(
        (focus, synonyms) ->
            out.add(
                new Group(
                    focus,
                    List.copyOf(synonyms),
                    List.copyOf(cuisByFocus.getOrDefault(focus, Set.of())))));
    return out;
  }

  /**
   * Lower-cased synonym to the focus names it stands for; synonyms of under three letters, and
   * those equal to their focus, are left out as too ambiguous or useless.
   */
  public Map<String, List<String>> vocabulary() {
    Map<String, Set<String>> out = new TreeMap<>();
    byFocus.forEach(
        (focus, synonyms) -> {
          for (String s : synonyms) {
            String term = s.strip().toLowerCase(Locale.ROOT);
            if (term.length() >= 3 && !term.equals(focus.strip().toLowerCase(Locale.ROOT))) {
              out.computeIfAbsent(term, k -> new LinkedHashSet<>()).add(focus);
            }
          }
        });
    Map<String, List<String>> result = new TreeMap<>();
    out.forEach((k, v) -> result.put(k, List.copyOf(v)));
    return result;
  }
}
