package org.galen.understand.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Exploration: triage figures on a set for a grid of thresholds (tune on dev sets only). */
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
    boolean verbose = args.length > 1;
    for (double handicap :
        verbose ? new double[] {d.sentenceHandicap()} : new double[] {0.02, 0.04, 0.06, 0.08}) {
      for (boolean sentences : new boolean[] {false, true}) {
        if (!sentences && handicap != 0.02 && !verbose) continue;
        for (double m : verbose ? new double[] {d.margin()} : new double[] {0, 0.01, 0.02, 0.03}) {
          TriageConfig c =
              new TriageConfig(
                  "en-US",
                  d.neighbours(),
                  m,
                  d.conceptMargin(),
                  d.termMargin(),
                  d.namedMargin(),
                  d.unnamedMargin(),
                  sentences,
                  handicap);
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
          TriageEval.Report r = TriageEval.report(t.catalogue(), out);
          System.out.printf(
              "sentences %s handicap "
                  + handicap
                  + " margin %.3f: recall %d/%d (any %d) lookalike FA %d/%d all FA %d/%d"
                  + " scope %d/%d%n",
              sentences,
              m,
              r.found(),
              r.emergencies(),
              r.foundAny(),
              r.lookalikeAlarms(),
              r.lookalikes(),
              r.falseAlarms(),
              r.notEmergencies(),
              r.rightScope(),
              r.questions());
          if (verbose && sentences == d.readSentences()) {
            for (TriageEval.Outcome o : r.confusions()) {
              System.out.println(
                  "  "
                      + o.item().kind()
                      + " "
                      + o.item().condition()
                      + " | "
                      + o.item().question());
              System.out.println(
                  "      raised " + o.raised() + " health=" + o.health() + " " + o.why());
            }
          }
        }
      }
    }
  }
}
