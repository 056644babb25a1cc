package org.galen.app.backup;

/**
 * What restore accepts from a backup before it looks further: how many entries, how large each may
 * be and all together, and how long one database row may be. A backup is a file people pass around;
 * these keep a crafted one from filling the disk. Defaults fit a full MEDLINE library; each can be
 * changed by a system property ({@code galen.restore.max-entries}, {@code
 * galen.restore.max-entry-bytes}, {@code galen.restore.max-total-bytes}, {@code
 * galen.restore.max-row-bytes}).
 */
public record BackupLimits(
    int maxEntries, long maxEntryBytes, long maxTotalBytes, long maxRowBytes) {
  /** The manifest itself is small: a line per file. */
  static final long MAX_MANIFEST_BYTES = 64L << 20;

  public BackupLimits {
    if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRowBytes < 1) {
      throw new IllegalArgumentException("backup limits must be positive");
    }
  }

  public static BackupLimits fromSystemProperties() {
    return new BackupLimits(
        Integer.getInteger("galen.restore.max-entries", 100_000),
        Long.getLong("galen.restore.max-entry-bytes", 64L << 30),
        Long.getLong("galen.restore.max-total-bytes", 1L << 40),
        Long.getLong("galen.restore.max-row-bytes", 64L << 20));
  }
}
