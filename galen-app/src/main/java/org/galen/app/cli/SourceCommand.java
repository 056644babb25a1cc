package org.galen.app.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.galen.app.AnswerJson;
import org.galen.app.Engine;
import org.galen.app.GalenHome;
import org.galen.core.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galen source}: the sources of the library with their metadata and full text. */
@Command(
    name = "source",
    mixinStandardHelpOptions = true,
    description =
        "Print library sources with their metadata and full text, one per line with --json.")
final class SourceCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "One JSON object per source and line.")
  boolean json;

  @Option(names = "--list", description = "List the ids of every source instead.")
  boolean list;

  @Parameters(arity = "0..*", paramLabel = "ID", description = "Source ids, e.g. summary:sciatica.")
  List<String> ids = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int missing = 0;
    try (Engine engine = Engine.open(GalenHome.fromEnvironment(System.getenv()))) {
      if (list || ids.isEmpty()) {
        engine.index().sourceIds().forEach(out::println);
        out.flush();
        return 0;
      }
      for (String id : ids) {
        Source s = engine.index().source(id).orElse(null);
        if (s == null) {
          missing++;
          spec.commandLine().getErr().println("galen: no source with id " + id);
          continue;
        }
        out.println(json ? AnswerJson.source(s) : s.title() + " (" + s.id() + ")\n\n" + s.text());
      }
      out.flush();
    }
    return missing == 0 ? 0 : 1;
  }
}
