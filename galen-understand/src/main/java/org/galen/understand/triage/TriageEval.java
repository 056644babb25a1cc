package org.galen.understand.triage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.galen.core.GalenException;

/**
 * Scores triage and scope on a labelled question set ({@code eval/triage/*.jsonl}): per emergency
 * recall (raised with the right condition) and precision, false alarms on look-alikes and on every
 * question that is not an emergency, scope accuracy, and every confusion.
 */
public final class TriageEval {
  /**
   * A labelled question.
   *
   * @param kind emergency, lookalike, health or nonhealth
   * @param condition the emergency an emergency question describes; for a look-alike, the one it
   *     resembles
   * @param accepted the conditions a right alarm may name (the expected one and its also_ok)
   */
  public record Item(
      String id,
      String question,
      List<String> previous,
      String kind,
      String condition,
      Set<String> accepted) {
    public boolean emergency() {
      return kind.equals("emergency");
    }

    public boolean health() {
      return !kind.equals("nonhealth");
    }
  }

  /** One question's outcome. */
  public record Outcome(Item item, List<String> raised, boolean health, List<String> why) {
    public boolean rightAlarm() {
      return item.emergency() && raised.stream().anyMatch(item.accepted()::contains);
    }

    public boolean falseAlarm() {
      return !item.emergency() && !raised.isEmpty();
    }

    public boolean rightScope() {
      return health == item.health();
    }
  }

  /**
   * Per emergency: how many of its questions were raised with it, and how many of its alarms were
   * right.
   */
  public record PerCondition(String id, int questions, int found, int alarms, int rightAlarms) {
    public double recall() {
      return questions == 0 ? 1 : (double) found / questions;
    }

    public double precision() {
      return alarms == 0 ? 1 : (double) rightAlarms / alarms;
    }
  }

  /** The whole report. */
  public record Report(
      int questions,
      int emergencies,
      int found,
      int foundAny,
      int lookalikes,
      int lookalikeAlarms,
      int notEmergencies,
      int falseAlarms,
      int rightScope,
      List<PerCondition> conditions,
      List<Outcome> confusions) {
    public double recall() {
      return emergencies == 0 ? 1 : (double) found / emergencies;
    }

    public double lookalikeFalseAlarmRate() {
      return lookalikes == 0 ? 0 : (double) lookalikeAlarms / lookalikes;
    }

    public double scopeAccuracy() {
      return questions == 0 ? 1 : (double) rightScope / questions;
    }
  }

  private TriageEval() {}

  public static List<Item> read(Path file) {
    ObjectMapper json = new ObjectMapper();
    List<Item> out = new ArrayList<>();
    try {
      int n = 0;
      for (String line : Files.readAllLines(file)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = json.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
          throw new GalenException(file + " line " + n + " is not JSON: " + e.getOriginalMessage());
        }
        String question = node.path("question").asText("");
        String kind = node.path("kind").asText("");
        if (question.isBlank() || kind.isBlank()) {
          throw new GalenException(file + " line " + n + " needs a question and a kind");
        }
        List<String> previous = new ArrayList<>();
        node.path("previous").forEach(p -> previous.add(p.asText()));
        Set<String> accepted = new HashSet<>();
        if (kind.equals("emergency")) {
          accepted.add(node.path("condition").asText(""));
          node.path("also_ok").forEach(a -> accepted.add(a.asText()));
        }
        out.add(
            new Item(
                node.path("id").asText("line " + n),
                question,
                previous,
                kind,
                node.path("condition").asText(""),
                accepted));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    return out;
  }

  /** Assesses every item; {@code progress} hears the count done after each. */
  public static Report run(Triage triage, List<Item> items, IntConsumer progress) {
    List<Outcome> outcomes = new ArrayList<>();
    for (Item item : items) {
      Assessment a = triage.assess(item.question(), item.previous());
      outcomes.add(
          new Outcome(
              item,
              a.alarms().stream().map(x -> x.condition().id()).toList(),
              a.health(),
              a.why()));
      progress.accept(outcomes.size());
    }
    return report(triage.catalogue(), outcomes);
  }

  static Report report(EmergencyCatalogue catalogue, List<Outcome> outcomes) {
    Map<String, int[]> per = new LinkedHashMap<>();
    catalogue.conditions().forEach(c -> per.put(c.id(), new int[4]));
    int emergencies = 0;
    int found = 0;
    int foundAny = 0;
    int lookalikes = 0;
    int lookalikeAlarms = 0;
    int notEmergencies = 0;
    int falseAlarms = 0;
    int rightScope = 0;
    List<Outcome> confusions = new ArrayList<>();
    for (Outcome o : outcomes) {
      Item item = o.item();
      if (item.emergency()) {
        emergencies++;
        found += o.rightAlarm() ? 1 : 0;
        foundAny += o.raised().isEmpty() ? 0 : 1;
        int[] counts = per.get(item.condition());
        if (counts != null) {
          counts[0]++;
          counts[1] += o.rightAlarm() ? 1 : 0;
        }
      } else {
        notEmergencies++;
        falseAlarms += o.falseAlarm() ? 1 : 0;
        if (item.kind().equals("lookalike")) {
          lookalikes++;
          lookalikeAlarms += o.falseAlarm() ? 1 : 0;
        }
      }
      for (String r : o.raised()) {
        int[] counts = per.get(r);
        if (counts != null) {
          counts[2]++;
          counts[3] += item.accepted().contains(r) ? 1 : 0;
        }
      }
      rightScope += o.rightScope() ? 1 : 0;
      if (item.emergency() != o.rightAlarm() || o.falseAlarm() || !o.rightScope()) {
        confusions.add(o);
      }
    }
    List<PerCondition> conditions = new ArrayList<>();
    per.forEach((id, c) -> conditions.add(new PerCondition(id, c[0], c[1], c[2], c[3])));
    return new Report(
        outcomes.size(),
        emergencies,
        found,
        foundAny,
        lookalikes,
        lookalikeAlarms,
        notEmergencies,
        falseAlarms,
        rightScope,
        conditions,
        confusions);
  }
}
