package org.galen.ingest;

import java.util.ArrayList;
import java.util.List;

/** What an ingest did: counts per outcome, and every skipped input with the reason. */
public final class IngestReport {
  private int read;
  private int added;
  private int updated;
  private int unchanged;
  private int deleted;
  private final List<String> skipped = new ArrayList<>();

  public void read() {
    read++;
  }

  public void added() {
    added++;
  }

  public void updated() {
    updated++;
  }

  public void unchanged() {
    unchanged++;
  }

  public void deleted() {
    deleted++;
  }

  public void skipped(String reason) {
    skipped.add(reason);
  }

  public int readCount() {
    return read;
  }

  public int addedCount() {
    return added;
  }

  public int updatedCount() {
    return updated;
  }

  public int unchangedCount() {
    return unchanged;
  }

  public int deletedCount() {
    return deleted;
  }

  public List<String> skippedReasons() {
    return List.copyOf(skipped);
  }

  public boolean changed() {
    return added + updated + deleted > 0;
  }

  @Override
  public String toString() {
    return "read "
        + read
        + ", added "
        + added
        + ", updated "
        + updated
        + ", unchanged "
        + unchanged
        + ", deleted "
        + deleted
        + ", skipped "
        + skipped.size();
  }
}
