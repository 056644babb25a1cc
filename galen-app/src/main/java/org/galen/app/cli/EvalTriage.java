package org.galen.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.galen.core.GalenException;
import org.galen.understand.Understanding;
import org.galen.understand.triage.EmergencyCatalogue;
import org.galen.understand.triage.TriageEval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code galen eval triage --set FILE.jsonl}: emergency triage and scope on a labelled set. */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    description = {
      "Run triage and scope on a labelled question set (eval/triage/*.jsonl: id, question,"
          + " previous, kind = emergency|lookalike|health|nonhealth, condition, also_ok) and print"
          + " recall and precision per emergency, false alarms, scope accuracy and every confusion.",
      "Needs no library. Progress goes to stderr."
    })
final class EvalTriage implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--set", required = true, description = "The labelled questions (JSON lines).")
  Path set = Path.of(".");

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(
      names = "--locale",
      defaultValue = EmergencyCatalogue.DEFAULT_LOCALE,
      description = "Locale of the emergency advice: en-US or en-GB (default ${DEFAULT-VALUE}).")
  String locale = EmergencyCatalogue.DEFAULT_LOCALE;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(set)) {
      throw new GalenException("--set " + set + " is not a file");
    }
    List<TriageEval.Item> items = TriageEval.read(set);
    PrintWriter err = spec.commandLine().getErr();
    TriageEval.Report r;
    try (Understanding u = Understanding.open(null, locale)) {
      r =
          TriageEval.run(
              u.triage(),
              items,
              n -> {
                if (n % 50 == 0 || n == items.size()) {
                  err.printf(Locale.ROOT, "triage: %d/%d questions%n", n, items.size());
                  err.flush();
                }
              });
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().writeValueAsString(json(r)));
    } else {
      table(r, out);
    }
    out.flush();
    return 0;
  }

  private static void table(TriageEval.Report r, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%d questions: %d emergencies, %d look-alikes, %d other questions%n",
        r.questions(),
        r.emergencies(),
        r.lookalikes(),
        r.notEmergencies() - r.lookalikes());
    out.printf(
        Locale.ROOT,
        "emergency recall (right condition) %d/%d = %.1f%%; any alarm %d/%d%n",
        r.found(),
        r.emergencies(),
        100 * r.recall(),
        r.foundAny(),
        r.emergencies());
    out.printf(
        Locale.ROOT,
        "false alarms: %d/%d look-alikes = %.1f%%; %d/%d of all non-emergencies%n",
        r.lookalikeAlarms(),
        r.lookalikes(),
        100 * r.lookalikeFalseAlarmRate(),
        r.falseAlarms(),
        r.notEmergencies());
    out.printf(
        Locale.ROOT,
        "scope accuracy %d/%d = %.1f%%%n%n",
        r.rightScope(),
        r.questions(),
        100 * r.scopeAccuracy());
    out.printf(
        Locale.ROOT,
        "%-26s %9s %8s %8s %9s%n",
        "condition",
        "questions",
        "recall",
        "alarms",
        "precision");
    for (TriageEval.PerCondition c : r.conditions()) {
      out.printf(
          Locale.ROOT,
          "%-26s %9d %7.1f%% %8d %8.1f%%%n",
          c.id(),
          c.questions(),
          100 * c.recall(),
          c.alarms(),
          100 * c.precision());
    }
    if (!r.confusions().isEmpty()) {
      out.println();
      out.println("confusions:");
      for (TriageEval.Outcome o : r.confusions()) {
        TriageEval.Item i = o.item();
        out.printf(
            Locale.ROOT,
            "  %s [%s%s] raised %s, %s: %s%n",
            i.id(),
            i.kind(),
            i.condition().isEmpty() ? "" : " " + i.condition(),
            o.raised(),
            o.health() ? "health" : "not health",
            i.question());
        o.why().forEach(w -> out.println("      " + w));
      }
    }
  }

  private static ObjectNode json(TriageEval.Report r) {
    ObjectMapper m = new ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("questions", r.questions());
    root.put("emergencies", r.emergencies());
    root.put("found", r.found());
    root.put("foundAny", r.foundAny());
    root.put("recall", r.recall());
    root.put("lookalikes", r.lookalikes());
    root.put("lookalikeFalseAlarms", r.lookalikeAlarms());
    root.put("notEmergencies", r.notEmergencies());
    root.put("falseAlarms", r.falseAlarms());
    root.put("scopeAccuracy", r.scopeAccuracy());
    ArrayNode conditions = root.putArray("conditions");
    for (TriageEval.PerCondition c : r.conditions()) {
      ObjectNode n = conditions.addObject();
      n.put("id", c.id());
      n.put("questions", c.questions());
      n.put("found", c.found());
      n.put("recall", c.recall());
      n.put("alarms", c.alarms());
      n.put("precision", c.precision());
    }
    ArrayNode confusions = root.putArray("confusions");
    for (TriageEval.Outcome o : r.confusions()) {
      ObjectNode n = confusions.addObject();
      n.put("id", o.item().id());
      n.put("kind", o.item().kind());
      n.put("condition", o.item().condition());
      n.put("question", o.item().question());
      ArrayNode raised = n.putArray("raised");
      o.raised().forEach(raised::add);
      n.put("health", o.health());
      ArrayNode why = n.putArray("why");
      o.why().forEach(why::add);
    }
    return root;
  }
}
