package org.galen.app.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.galen.app.GalenHome;
import org.galen.app.library.StarterLibrary;
import org.galen.core.GalenException;
import org.galen.index.LibraryIndex;
import org.galen.store.Role;
import org.galen.store.Store;
import org.galen.store.StoreConfig;
import org.galen.store.account.NewUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Restore refuses what it was not made for, before it replaces anything: a backup with an SQL
 * script (the old format, which could run code), a junk index, entries its manifest does not list,
 * entries larger than listed or than the limits. Each time the current database and library stay
 * exactly as they were, and nothing of the backup is left on disk.
 */
class RestoreTest {
  private static final BackupLimits LIMITS = new BackupLimits(1000, 64L << 20, 256L << 20, 1 << 20);

  @TempDir Path root;
  @TempDir Path work;
  private GalenHome home;
  private StoreConfig db;
  private final List<String> out = new ArrayList<>();

  /** A library (the starter summaries, journaled) and a database with one extra account. */
  @BeforeEach
  void libraryAndDatabase() {
    home = new GalenHome(root.resolve("home"));
    db = StoreConfig.h2File(home.db());
    try (Store store = Store.open(db)) {
      store.accounts().bootstrapAdmin("admin", "hash");
      store
          .accounts()
          .create(
              store.accounts().find("admin").orElseThrow().actor(),
              new NewUser("erin", "hash", Set.of(Role.EDITOR), "Erin Editor", null, null));
    }
    try (LibraryIndex index = LibraryIndex.open(home.index(), home.sources(), null)) {
      StarterLibrary.ensureLoaded(index);
    }
  }

  private Restore restore() {
    return new Restore(home, db, LIMITS, out::add);
  }

  /** Every file of the data directory with its content, to prove nothing changed. */
  private Map<String, String> snapshot() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (Path dir : List.of(home.index(), home.sources())) {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path f : walk.filter(Files::isRegularFile).toList()) {
          files.put(home.root().relativize(f).toString(), Backup.sha256(f));
        }
      }
    }
    try (Store store = Store.open(db)) {
      files.put(
          "accounts",
          String.join(
              ",",
              store.accounts().list(store.accounts().find("admin").orElseThrow().actor()).stream()
                  .map(u -> u.username())
                  .toList()));
    }
    return files;
  }

  private void assertNothingChangedOrLeftBehind(Map<String, String> before) throws IOException {
    assertThat(snapshot()).isEqualTo(before);
    try (Stream<Path> list = Files.list(home.root())) {
      assertThat(list.map(p -> p.getFileName().toString()))
          .as("no staging left behind")
          .containsExactlyInAnyOrder("db", "index", "sources");
    }
  }

  private static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return file;
  }

  private static byte[] manifest(Map<String, byte[]> entries, Map<String, Long> declared)
      throws IOException {
    StringBuilder list = new StringBuilder();
    for (Map.Entry<String, byte[]> e : entries.entrySet()) {
      Path tmp = Files.createTempFile("entry", "");
      Files.write(tmp, e.getValue());
      if (!list.isEmpty()) {
        list.append(',');
      }
      list.append("{\"path\":\"")
          .append(e.getKey())
          .append("\",\"bytes\":")
          .append(declared.getOrDefault(e.getKey(), (long) e.getValue().length))
          .append(",\"sha256\":\"")
          .append(Backup.sha256(tmp))
          .append("\"}");
      Files.delete(tmp);
    }
    return ("{\"format\":\"galen-backup\",\"version\":2,\"createdAt\":\"2026-01-01T00:00:00Z\","
            + "\"database\":null,\"entries\":["
            + list
            + "]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void anOldBackupWithAnSqlScriptRunsNoCodeAndChangesNothing() throws Exception {
    Path written = work.resolve("written-by-the-backup");
    Path csv = work.resolve("csv-by-the-backup");
    String script =
        "CREATE ALIAS PWN AS 'String pwn() throws Exception { java.nio.file.Files.writeString("
            + "java.nio.file.Path.of(\""
            + written
            + "\"), \"pwned\"); return \"x\"; }';\n"
            + "CALL PWN();\n"
            + "CALL CSVWRITE('"
            + csv
            + "', 'SELECT 1');\n";
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("db.sql", script.getBytes(StandardCharsets.UTF_8));
    entries.put("index/segments_1", new byte[] {1, 2, 3});
    Path zip = zip(work.resolve("crafted.zip"), entries);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip))
        .isInstanceOf(GalenException.class)
        .hasMessageContaining("old format")
        .hasMessageContaining("restore no longer runs scripts")
        .hasMessageContaining("bin/galen backup NEW.zip")
        .hasMessageNotContaining("\n");

    assertThat(written).doesNotExist();
    assertThat(csv).doesNotExist();
    assertNothingChangedOrLeftBehind(before);
  }

  @Test
  void aJunkIndexIsRefusedAndTheIndexAndJournalStay() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("index/_0.cfs", "junk".getBytes(StandardCharsets.UTF_8));
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("manifest.json", manifest(files, Map.of()));
    entries.putAll(files);
    Path zip = zip(work.resolve("junk.zip"), entries);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip))
        .hasMessageContaining("holds a damaged library index: the index has no commit point");

    assertNothingChangedOrLeftBehind(before);
  }

  @Test
  void aDamagedIndexFileInAnOtherwiseGoodBackupIsFoundByCheckIndex() throws Exception {
    Path good = work.resolve("good.zip");
    Backup.write(good, null, home.index(), home.sources(), out::add);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(good.toFile())) {
      for (ZipEntry e : z.stream().toList()) {
        entries.put(e.getName(), z.getInputStream(e).readAllBytes());
      }
    }
    String biggest =
        entries.keySet().stream()
            .filter(n -> n.startsWith("index/"))
            .max((a, b) -> Integer.compare(size(entries, a), size(entries, b)))
            .orElseThrow();
    byte[] damaged = entries.getOrDefault(biggest, new byte[0]).clone();
    damaged[damaged.length / 2] ^= 0x55;
    entries.put(biggest, damaged);
    entries.remove("manifest.json");
    Map<String, byte[]> all = new LinkedHashMap<>();
    all.put("manifest.json", manifest(entries, Map.of()));
    all.putAll(entries);
    Path zip = zip(work.resolve("damaged.zip"), all);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip)).hasMessageContaining("damaged library index");

    assertNothingChangedOrLeftBehind(before);
  }

  private static int size(Map<String, byte[]> entries, String name) {
    return entries.getOrDefault(name, new byte[0]).length;
  }

  @Test
  void anEntryTheManifestDoesNotListIsRefusedUnread() throws Exception {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("manifest.json", manifest(Map.of(), Map.of()));
    entries.put("index/segments_1", new byte[] {1});
    entries.put("../../etc/cron.d/galen", new byte[] {1});
    Path zip = zip(work.resolve("unlisted.zip"), entries);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip))
        .hasMessageContaining("holds an entry its manifest does not list: index/segments_1");

    assertNothingChangedOrLeftBehind(before);
  }

  @Test
  void aGibibyteEntryListedAsTenBytesIsCutOffAtTheEleventhAndNothingIsKept() throws Exception {
    Path zip = work.resolve("oversized.zip");
    Map<String, byte[]> small = new LinkedHashMap<>();
    small.put("index/_0.cfs", new byte[10]);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.setLevel(Deflater.BEST_SPEED);
      z.putNextEntry(new ZipEntry("manifest.json"));
      z.write(manifest(small, Map.of()));
      z.closeEntry();
      z.putNextEntry(new ZipEntry("index/_0.cfs"));
      byte[] zeros = new byte[1 << 20];
      OutputStream o = z;
      for (int i = 0; i < 1024; i++) {
        o.write(zeros);
      }
      z.closeEntry();
    }
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip))
        .hasMessageContaining("index/_0.cfs is larger than the 10 bytes its manifest lists");

    assertNothingChangedOrLeftBehind(before);
  }

  @Test
  void anEntryOverTheLimitsIsRefusedBeforeAnythingIsUnpacked() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("index/_0.cfs", new byte[10]);
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("manifest.json", manifest(files, Map.of("index/_0.cfs", 1L << 30)));
    entries.putAll(files);
    Path zip = zip(work.resolve("limit.zip"), entries);
    Map<String, String> before = snapshot();

    assertThatThrownBy(() -> restore().run(zip))
        .hasMessageContaining("index/_0.cfs is 1073741824 bytes; restore takes entries of at most");

    assertNothingChangedOrLeftBehind(before);
  }

  @Test
  void aBackupRestoresIntoAnEmptyHomeWithItsDatabaseIndexAndJournal() throws Exception {
    Path zip = work.resolve("backup.zip");
    Backup.write(
        zip,
        dir -> {
          try (Store store = Store.open(db)) {
            return new Backup.Database(store.schemaVersion(), store.exportTables(dir));
          }
        },
        home.index(),
        home.sources(),
        out::add);
    GalenHome other = new GalenHome(root.resolve("other"));
    StoreConfig otherDb = StoreConfig.h2File(other.db());

    new Restore(other, otherDb, LIMITS, out::add).run(zip);

    try (Store store = Store.open(otherDb)) {
      assertThat(store.accounts().find("erin")).isPresent();
    }
    assertThat(LibraryIndex.checkCopy(other.index(), other.sources())).isEmpty();
    try (LibraryIndex index = LibraryIndex.open(other.index(), other.sources(), null)) {
      assertThat(index.source("summary:gout")).isPresent();
    }
    assertThat(out).anyMatch(l -> l.startsWith("database restored into"));
  }
}
