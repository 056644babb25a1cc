package org.galen.ingest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.galen.ingest.SourceReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every input the fuzzer ever crashed a reader with ({@code
 * src/test/resources/fuzz-regressions/<reader>/}, each minimized and described in the folder's
 * README): each must now give records or a clear error naming the file, in good time. {@code
 * -Dgalen.fuzz.replay=target/fuzz-crashes} replays a fuzz run's fresh crashes the same way.
 */
class FuzzRegressionTest {
  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyInputThatOnceCrashedAReaderNowGivesRecordsOrAClearError()
      throws IOException {
    Path root =
        Path.of(ReaderFuzzTest.setting("galen.fuzz.replay", "src/test/resources/fuzz-regressions"));
    Map<String, Supplier<SourceReader>> readers =
        ReaderFuzzTest.targets().stream()
            .collect(Collectors.toMap(ReaderFuzzer.Target::name, ReaderFuzzer.Target::reader));
    List<Path> inputs;
    try (Stream<Path> files = Files.walk(root)) {
      inputs =
          files
              .filter(Files::isRegularFile)
              .filter(f -> !f.getFileName().toString().equals("README.md"))
              .sorted()
              .toList();
    }
    assertThat(inputs).as("regression inputs under " + root).isNotEmpty();
    return inputs.stream()
        .map(
            input ->
                DynamicTest.dynamicTest(
                    root.relativize(input).toString(),
                    () -> {
                      String reader = root.relativize(input).getName(0).toString();
                      Supplier<SourceReader> factory = readers.get(reader);
                      assertThat(factory).as("a reader named " + reader).isNotNull();
                      // a copy, so the reader sees the input under a plain name of its format
                      Path file =
                          Files.copy(
                              input,
                              Files.createDirectories(tmp.resolve(reader))
                                  .resolve(input.getFileName()));
                      Oracle.Verdict verdict =
                          assertTimeoutPreemptively(
                              Duration.ofSeconds(20),
                              () ->
                                  Oracle.check(
                                      java.util.Objects.requireNonNull(factory).get(), file));
                      if (verdict instanceof Oracle.Crash c) {
                        throw new AssertionError(c.signature(), c.cause());
                      }
                      System.out.println(input.getFileName() + ": " + verdict.outcome());
                    }));
  }
}
