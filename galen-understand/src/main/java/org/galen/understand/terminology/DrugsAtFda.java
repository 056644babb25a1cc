package org.galen.understand.terminology;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.galen.core.GalenException;
import org.galen.understand.terminology.Concept.Kind;

/**
 * Drugs@FDA's product list ({@code Products.txt}): each product's brand name ({@code DrugName}) and
 * active ingredients, whose salt and hydrate words are stripped ("ATORVASTATIN CALCIUM" is
 * atorvastatin). An ingredient is a concept {@code DRUG:<name>}; a brand of one ingredient is a
 * name of it, a brand of several a concept of its own whose parents are its ingredients.
 */
final class DrugsAtFda {
  private static final int DRUG_NAME = 5;
  private static final int INGREDIENT = 6;

  private DrugsAtFda() {}

  static void read(InputStream products, List<String> saltWords, TerminologySources.Builder b) {
    Set<String> salts = Set.copyOf(saltWords);
    // the file is Windows-1252, as FDA publishes it
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(products, StandardCharsets.ISO_8859_1))) {
      String header = r.readLine();
      if (header == null || !header.startsWith("ApplNo\tProductNo")) {
        throw new GalenException("Products.txt does not start with the Drugs@FDA header");
      }
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        if (f.length <= INGREDIENT) {
          continue;
        }
        List<String> ingredients = new ArrayList<>();
        for (String part : f[INGREDIENT].split(";")) {
          String ingredient = strip(part, salts);
          if (ingredient.isEmpty()) {
            continue;
          }
          String id = "DRUG:" + ingredient;
          if (!b.has(id)) {
            b.concept(id, ingredient, Kind.DRUG, List.of());
          }
          String full = part.strip().toLowerCase(Locale.ROOT);
          if (!full.equals(ingredient)) {
            b.name(id, full);
          }
          ingredients.add(id);
        }
        String brand = f[DRUG_NAME].strip().toLowerCase(Locale.ROOT);
        if (ingredients.isEmpty() || brand.isEmpty()) {
          continue;
        }
        if (ingredients.size() == 1) {
          b.name(ingredients.getFirst(), brand);
        } else {
          String id = "DRUG:" + brand;
          if (!b.has(id)) {
            b.concept(id, brand, Kind.DRUG, List.copyOf(new LinkedHashSet<>(ingredients)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading Drugs@FDA products", e);
    }
  }

  /** The ingredient without its trailing salt, ester and hydrate words, lower case. */
  static String strip(String ingredient, Set<String> salts) {
    List<String> words =
        new ArrayList<>(List.of(ingredient.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    words.removeIf(String::isEmpty);
    while (words.size() > 1 && salts.contains(words.getLast())) {
      words.removeLast();
    }
    return String.join(" ", words);
  }
}
