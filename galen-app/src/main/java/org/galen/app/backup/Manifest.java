package org.galen.app.backup;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.galen.core.GalenException;
import org.galen.store.StoreException;
import org.galen.store.TableData;
import org.jspecify.annotations.Nullable;

/**
 * The table of contents of a backup, its entry {@code manifest.json}: the format and version, the
 * editorial database's schema version and each table's row count, and every other entry with its
 * size and SHA-256. Restore reads nothing the manifest does not list.
 *
 * @param database the editorial database's tables, or null when the backup holds none (PostgreSQL
 *     is backed up with its own tools)
 */
record Manifest(String createdAt, Backup.@Nullable Database database, List<Entry> entries) {
  static final String NAME = "manifest.json";
  static final String FORMAT = "galen-backup";
  static final int VERSION = 2;
  static final String DB = "db/";
  static final String INDEX = "index/";
  static final String SOURCES = "sources/";

  /** The names an entry may have: a table file, a Lucene file, a journal segment. */
  private static final Pattern NAMES =
      Pattern.compile(
          "db/[a-z_]{1,64}\\.jsonl|index/[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}"
              + "|sources/journal-[0-9]{8}\\.log");

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build());
  }

  /** One file in the backup. */
  record Entry(String path, long bytes, String sha256) {
    Entry {
      if (!NAMES.matcher(path).matches()) {
        throw new GalenException("the manifest lists an entry restore does not know: " + path);
      }
      if (bytes < 0) {
        throw new GalenException("the manifest gives " + path + " a negative size");
      }
      if (!sha256.matches("[0-9a-f]{64}")) {
        throw new GalenException("the manifest gives " + path + " no SHA-256 checksum");
      }
    }
  }

  Manifest {
    entries = List.copyOf(entries);
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (!seen.add(e.path())) {
        throw new GalenException("the manifest lists " + e.path() + " twice");
      }
    }
    Set<String> tableFiles = new HashSet<>();
    if (database != null) {
      database.tables().forEach(t -> tableFiles.add(DB + t.file()));
    }
    Set<String> dbEntries = new HashSet<>();
    entries.stream().map(Entry::path).filter(p -> p.startsWith(DB)).forEach(dbEntries::add);
    if (!tableFiles.equals(dbEntries)) {
      throw new GalenException(
          "the manifest's tables "
              + tableFiles.stream().sorted().toList()
              + " do not match its database entries "
              + dbEntries.stream().sorted().toList());
    }
  }

  List<Entry> under(String prefix) {
    return entries.stream().filter(e -> e.path().startsWith(prefix)).toList();
  }

  byte[] toJson() {
    ObjectNode o = JSON.createObjectNode();
    o.put("format", FORMAT);
    o.put("version", VERSION);
    o.put("createdAt", createdAt);
    if (database == null) {
      o.putNull("database");
    } else {
      ObjectNode d = o.putObject("database");
      d.put("schemaVersion", database.schemaVersion());
      ArrayNode tables = d.putArray("tables");
      database
          .tables()
          .forEach(t -> tables.addObject().put("name", t.name()).put("rows", t.rows()));
    }
    ArrayNode list = o.putArray("entries");
    entries.forEach(
        e ->
            list.addObject()
                .put("path", e.path())
                .put("bytes", e.bytes())
                .put("sha256", e.sha256()));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the manifest", e);
    }
  }

  /** Reads a manifest, refusing anything but this format with exactly the fields it defines. */
  static Manifest parse(byte[] json) {
    JsonNode n;
    try {
      n = JSON.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new GalenException("its manifest is not valid JSON: " + e.getOriginalMessage());
    }
    try {
      fields(n, "manifest", "format", "version", "createdAt", "database", "entries");
      if (!FORMAT.equals(n.path("format").asText(null))) {
        throw new GalenException("it is not a Galen backup (format is not " + FORMAT + ")");
      }
      if (!n.path("version").isInt() || n.get("version").asInt() != VERSION) {
        throw new GalenException(
            "it is a Galen backup of version "
                + n.path("version")
                + "; this Galen reads version "
                + VERSION);
      }
      Backup.Database database = null;
      JsonNode d = n.get("database");
      if (d != null && !d.isNull()) {
        fields(d, "database", "schemaVersion", "tables");
        List<TableData.Table> tables = new ArrayList<>();
        for (JsonNode t : array(d, "tables")) {
          fields(t, "table", "name", "rows");
          tables.add(new TableData.Table(text(t, "name"), number(t, "rows")));
        }
        database = new Backup.Database(text(d, "schemaVersion"), tables);
      }
      List<Entry> entries = new ArrayList<>();
      for (JsonNode e : array(n, "entries")) {
        fields(e, "entry", "path", "bytes", "sha256");
        entries.add(new Entry(text(e, "path"), number(e, "bytes"), text(e, "sha256")));
      }
      return new Manifest(text(n, "createdAt"), database, entries);
    } catch (StoreException e) {
      throw new GalenException("its manifest is wrong: " + e.getMessage());
    }
  }

  private static void fields(JsonNode n, String what, String... allowed) {
    if (!n.isObject()) {
      throw new GalenException("its manifest's " + what + " is not a JSON object");
    }
    Set<String> known = Set.of(allowed);
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        throw new GalenException("its manifest's " + what + " has an unknown field '" + f + "'");
      }
    }
  }

  private static JsonNode array(JsonNode n, String field) {
    JsonNode a = n.get(field);
    if (a == null || !a.isArray()) {
      throw new GalenException("its manifest's '" + field + "' is not a list");
    }
    return a;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new GalenException("its manifest's '" + field + "' is not a string");
    }
    return v.asText();
  }

  private static long number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
      throw new GalenException("its manifest's '" + field + "' is not a whole number");
    }
    return v.asLong();
  }
}
