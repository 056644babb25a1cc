package org.galen.ingest;

/** Something wrong with an input file, pointing at the line to fix. */
public record Problem(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
