package org.galen.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.galen.app.library.StarterLibrary;
import org.galen.ingest.Problem;
import org.galen.ingest.summary.SummaryLinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code galen lint}: check practice summaries against the content rules. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description =
        "Check practice summaries (default: the bundled starter library) against the content rules.")
final class LintCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Summary files or folders.")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Map<String, String> files = new TreeMap<>();
    if (paths.isEmpty()) {
      files.putAll(StarterLibrary.read());
    }
    for (Path p : paths) {
      try (Stream<Path> walk = Files.walk(p)) {
        for (Path f : walk.filter(x -> x.toString().endsWith(".md")).toList()) {
          files.put(f.toString(), Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    List<Problem> problems = new SummaryLinter().lint(files);
    PrintWriter out = spec.commandLine().getOut();
    problems.forEach(out::println);
    out.println(files.size() + " summaries, " + problems.size() + " problems");
    out.flush();
    return problems.isEmpty() ? 0 : 1;
  }
}
