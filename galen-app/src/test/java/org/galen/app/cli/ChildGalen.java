package org.galen.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.galen.ingest.Document;
import org.galen.ingest.Parsed;
import org.galen.ingest.Readers;
import org.junit.jupiter.api.Assumptions;

/**
 * What the fault tests share: a real {@code galen} child JVM, the shared data, expected sources.
 */
final class ChildGalen {
  private ChildGalen() {}

  /** {@code java … org.galen.app.cli.Galen ARGS} on this test's class path. */
  static List<String> command(List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Galen.class.getName());
    command.addAll(args);
    return command;
  }

  /** Every source the standard readers make of the files below {@code inputs}, by id. */
  static Map<String, Document> readAll(List<Path> inputs) throws IOException {
    Readers readers = Readers.standard();
    Map<String, Document> docs = new HashMap<>();
    for (Path input : inputs) {
      try (Stream<Path> files = Files.walk(input)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          if (readers.readerFor(f).isPresent()) {
            readers.read(
                f,
                parsed -> {
                  if (parsed instanceof Parsed.Ok ok) {
                    docs.put(ok.document().source().id(), ok.document());
                  }
                });
          }
        }
      }
    }
    return docs;
  }

  /** {@code ../shared/data} beside the repository, like {@code org.galen.ingest.SharedData}. */
  static Path sharedData() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    Assumptions.assumeTrue(dir != null, "no repository root above " + Path.of("").toAbsolutePath());
    Path shared = dir.resolveSibling("shared").resolve("data");
    Assumptions.assumeTrue(Files.isDirectory(shared.resolve("medquad")), "no " + shared);
    return shared;
  }
}
