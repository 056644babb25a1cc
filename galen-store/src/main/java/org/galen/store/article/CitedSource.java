package org.galen.store.article;

/** A source a version cites, with the content hash it had when the version was written. */
public record CitedSource(String sourceId, String hash) {
  public CitedSource {
    if (sourceId.isBlank()) {
      throw new IllegalArgumentException("cited source id is empty");
    }
  }
}
