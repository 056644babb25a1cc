package org.galen.understand.frame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.galen.core.GalenException;
import org.jspecify.annotations.Nullable;

/**
 * Drug classes and their members ({@code drug-classes.txt}, after the WHO ATC classification). A
 * patient allergic to amoxicillin is allergic to "penicillin" as a statement's {@code applies:
 * allergy penicillin} says, one allergic to "sulfa drugs" to "sulfonamide"; a question about
 * alendronate is about a "bisphosphonate", as statements often say.
 */
final class DrugClasses {
  private static final DrugClasses BUNDLED = read();

  private final Map<String, String> classOf;

  /** Each class as its line names it ("proton pump inhibitor (PPI)"), by its lower-case key. */
  private final Map<String, String> display;

  private DrugClasses(Map<String, String> classOf, Map<String, String> display) {
    this.classOf = Map.copyOf(classOf);
    this.display = Map.copyOf(display);
  }

  static DrugClasses bundled() {
    return BUNDLED;
  }

  /**
   * The names an allergy to {@code substance} goes by: the substance and the class of any of its
   * words ("sulfa drugs": sulfonamide).
   */
  Set<String> names(String substance) {
    Set<String> out = new TreeSet<>();
    String s = substance.toLowerCase(Locale.ROOT).strip();
    out.add(s);
    for (String w : s.split("[\\s/]+")) {
      String c = classOf.get(w);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The class of a drug, as its line names it ("bisphosphonate" for alendronate), or null when the
   * list has none.
   */
  @Nullable String classOf(String drug) {
    String c = classOf.get(drug.toLowerCase(Locale.ROOT).strip());
    return c == null ? null : display.get(c);
  }

  private static DrugClasses read() {
    try (InputStream in = DrugClasses.class.getResourceAsStream("drug-classes.txt")) {
      if (in == null) {
        throw new GalenException("the frame list drug-classes.txt is missing");
      }
      Map<String, String> classOf = new HashMap<>();
      Map<String, String> display = new HashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        int colon = l.indexOf(':');
        if (colon < 1) {
          throw new GalenException("drug-classes.txt: no 'class:' in " + l);
        }
        String named = l.substring(0, colon).strip();
        String c = named.toLowerCase(Locale.ROOT);
        display.put(c, named);
        classOf.put(c, c);
        for (String member : List.of(l.substring(colon + 1).strip().split("\\s+"))) {
          classOf.put(member.toLowerCase(Locale.ROOT), c);
        }
      }
      return new DrugClasses(classOf, display);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
