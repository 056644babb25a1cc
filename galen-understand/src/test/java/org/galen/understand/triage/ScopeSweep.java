package org.galen.understand.triage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.galen.index.EmbeddingConfig;
import org.galen.index.OnnxEmbedder;
import org.galen.understand.context.ConText;
import org.galen.understand.terminology.Terminology;

/** Exploration: how many real health questions (MedQuAD, LiveQA) each scope threshold declines. */
class ScopeSweep {
  public static void main(String[] args) throws Exception {
    List<String> qs = new ArrayList<>();
    Pattern q = Pattern.compile("<Question [^>]*>([^<]+)</Question>");
    try (var files = Files.walk(Path.of(args[0]))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
        Matcher m = q.matcher(Files.readString(f));
        while (m.find()) qs.add(m.group(1).strip());
      }
    }
    for (String line : Files.readAllLines(Path.of(args[1]))) {
      Matcher m = Pattern.compile("\"text\": \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(line);
      if (m.find()) qs.add(m.group(1).replace("\\n", " "));
    }
    int step = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    EmergencyCatalogue cat = EmergencyCatalogue.bundled();
    try (OnnxEmbedder emb = new OnnxEmbedder(EmbeddingConfig.on(ExemplarBank.MODEL))) {
      Triage t =
          new Triage(
              cat,
              Terminology.bundled(),
              ConText.bundled(),
              ExemplarBank.bundled(cat, emb),
              emb,
              TriageConfig.DEFAULTS);
      double[][] ins = {
        {0.2, 0.05, 0.02},
        {0.2, 0.08, 0.04},
        {0.3, 0.08, 0.04},
        {0.3, 0.12, 0.04},
        {0.3, 0.12, 0.06},
        {0.3, 0.15, 0.08}
      };
      int[] declined = new int[ins.length];
      int n = 0, alarms = 0;
      List<String> examples = new ArrayList<>();
      for (int i = 0; i < qs.size(); i += step) {
        Triage.Evidence e = t.gather(qs.get(i), List.of());
        n++;
        for (int k = 0; k < ins.length; k++) {
          Assessment a =
              t.decide(
                  e,
                  new TriageConfig(
                      "en-US", 3, 0.02, -0.04, ins[k][0], ins[k][1], ins[k][2], false, 0.04));
          if (!a.health()) {
            declined[k]++;
            if (k == 3 && examples.size() < 40) examples.add(qs.get(i) + "  " + a.why());
          }
          if (k == 0 && a.emergency()) {
            alarms++;
            if (alarms % 8 == 0)
              System.out.println("ALARM " + qs.get(i) + " " + a.alarms().get(0).condition().id());
          }
        }
      }
      System.out.println(
          "questions " + n + " (of " + qs.size() + "), emergencies raised " + alarms);
      for (int k = 0; k < ins.length; k++)
        System.out.printf(
            "term %.2f named %.2f unnamed %.2f: declined %d%n",
            ins[k][0], ins[k][1], ins[k][2], declined[k]);
      examples.forEach(x -> System.out.println("  " + x));
    }
  }
}
