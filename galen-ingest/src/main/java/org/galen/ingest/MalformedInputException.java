package org.galen.ingest;

import java.util.List;
import java.util.stream.Collectors;
import org.galen.core.GalenException;

/** An input file that cannot be read into a source; lists every problem found, by line. */
public final class MalformedInputException extends GalenException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // problems are plain records; this exception never crosses a stream
  private final List<Problem> problems;

  public MalformedInputException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** Every problem, one per line. */
  public String describe() {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  public List<Problem> problems() {
    return problems;
  }
}
