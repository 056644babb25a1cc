package org.galen.understand.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Exploration: triage figures on dev sets (comma-separated) for a grid of thresholds around the
 * defaults, one line per setting; tune on dev sets only. With a second argument, the defaults'
 * confusions are listed instead.
 */
class TriageTune {
  public static void main(String[] args) {
    Triage t = Triages.triage();
    List<TriageEval.Item> items = new ArrayList<>();
    for (String a : args[0].split(",")) {
      items.addAll(TriageEval.read(Path.of(a)));
    }
    List<Triage.Evidence> ev = new ArrayList<>();
    for (TriageEval.Item i : items) {
      ev.add(t.gather(i.question(), i.previous()));
    }
    TriageConfig d = TriageConfig.DEFAULTS;
    if (args.length > 1) {
      for (TriageEval.Outcome o : run(t, items, ev, d).confusions()) {
        System.out.println(
            "  " + o.item().kind() + " " + o.item().condition() + " | " + o.item().question());
        System.out.println("      raised " + o.raised() + " health=" + o.health() + " " + o.why());
      }
      return;
    }
    for (double margin : new double[] {0.012, 0.014, 0.016, 0.018, 0.02}) {
      for (double concept : new double[] {-0.02, 0.0}) {
        for (double handicap : new double[] {0.02, 0.03, 0.04}) {
          TriageConfig c =
              config(margin, concept, handicap, d.termMargin(), d.namedMargin(), d.unnamedMargin());
          print(
              "margin %.3f concept %.3f handicap %.3f",
              new Object[] {margin, concept, handicap}, run(t, items, ev, c));
        }
      }
    }
    for (double term : new double[] {0.3}) {
      for (double named : new double[] {0.06, 0.08, 0.1, 0.12}) {
        for (double unnamed : new double[] {-0.02, 0.0, 0.02, 0.04, 0.08}) {
          TriageConfig c =
              config(d.margin(), d.conceptMargin(), d.sentenceHandicap(), term, named, unnamed);
          print(
              "term %.3f named %.3f unnamed %.3f",
              new Object[] {term, named, unnamed}, run(t, items, ev, c));
        }
      }
    }
  }

  /** The defaults with the margins given. */
  private static TriageConfig config(
      double margin, double concept, double handicap, double term, double named, double unnamed) {
    TriageConfig d = TriageConfig.DEFAULTS;
    return new TriageConfig(
        "en-US",
        d.neighbours(),
        margin,
        concept,
        term,
        named,
        unnamed,
        d.readSentences(),
        handicap);
  }

  private static TriageEval.Report run(
      Triage t, List<TriageEval.Item> items, List<Triage.Evidence> ev, TriageConfig c) {
    List<TriageEval.Outcome> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Assessment a = t.decide(ev.get(i), c);
      out.add(
          new TriageEval.Outcome(
              items.get(i),
              a.alarms().stream().map(x -> x.condition().id()).toList(),
              a.health(),
              a.why()));
    }
    return TriageEval.report(t.catalogue(), out);
  }

  private static void print(String setting, Object[] values, TriageEval.Report r) {
    System.out.printf(
        setting + ": recall %d/%d (any %d) lookalike FA %d/%d all FA %d/%d scope %d/%d%n",
        values[0],
        values[1],
        values[2],
        r.found(),
        r.emergencies(),
        r.foundAny(),
        r.lookalikeAlarms(),
        r.lookalikes(),
        r.falseAlarms(),
        r.notEmergencies(),
        r.rightScope(),
        r.questions());
  }
}
