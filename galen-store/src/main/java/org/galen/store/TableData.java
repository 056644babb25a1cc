package org.galen.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The editorial database as data, for backups: one JSON-lines file per table, one object per row
 * (column name to value), read back with prepared statements into a freshly migrated schema.
 * Nothing in a backup is ever executed: values are only bound as parameters, and the table and
 * column names a file may use are the ones the schema has.
 */
public final class TableData {
  /**
   * A table and the statements on it, written out whole: table names are identifiers, which SQL
   * cannot take as parameters, so none is ever joined into a statement.
   *
   * @param nextId the next free id, for a table with an identity column, else null
   * @param restartIdAt the identity restart, to which that number (computed here) is appended
   */
  private record Spec(
      String name,
      String select,
      String probe,
      String delete,
      String insert,
      @Nullable String nextId,
      @Nullable String restartIdAt) {}

  /** The tables of the schema, each parent before its children. */
  private static final List<Spec> SPECS =
      List.of(
          new Spec(
              Names.USERS,
              "select * from users order by id",
              "select * from users where 1 = 0",
              "delete from users",
              "insert into users",
              "select coalesce(max(id), 0) + 1 from users",
              "alter table users alter column id restart with "),
          new Spec(
              Names.ARTICLES,
              "select * from articles order by id",
              "select * from articles where 1 = 0",
              "delete from articles",
              "insert into articles",
              "select coalesce(max(id), 0) + 1 from articles",
              "alter table articles alter column id restart with "),
          new Spec(
              Names.ARTICLE_VERSIONS,
              "select * from article_versions order by id",
              "select * from article_versions where 1 = 0",
              "delete from article_versions",
              "insert into article_versions",
              "select coalesce(max(id), 0) + 1 from article_versions",
              "alter table article_versions alter column id restart with "),
          new Spec(
              Names.VERSION_SOURCES,
              "select * from version_sources order by version_id, source_id",
              "select * from version_sources where 1 = 0",
              "delete from version_sources",
              "insert into version_sources",
              null,
              null),
          new Spec(
              Names.REVIEWS,
              "select * from reviews order by id",
              "select * from reviews where 1 = 0",
              "delete from reviews",
              "insert into reviews",
              "select coalesce(max(id), 0) + 1 from reviews",
              "alter table reviews alter column id restart with "),
          new Spec(
              Names.AUDIT_EVENTS,
              "select * from audit_events order by id",
              "select * from audit_events where 1 = 0",
              "delete from audit_events",
              "insert into audit_events",
              "select coalesce(max(id), 0) + 1 from audit_events",
              "alter table audit_events alter column id restart with "),
          new Spec(
              Names.PAGES,
              "select * from pages order by slug",
              "select * from pages where 1 = 0",
              "delete from pages",
              "insert into pages",
              null,
              null));

  /** The table names, as constants. */
  private static final class Names {
    static final String USERS = "users";
    static final String ARTICLES = "articles";
    static final String ARTICLE_VERSIONS = "article_versions";
    static final String VERSION_SOURCES = "version_sources";
    static final String REVIEWS = "reviews";
    static final String AUDIT_EVENTS = "audit_events";
    static final String PAGES = "pages";
  }

  private static final Map<String, Spec> TABLES = new LinkedHashMap<>();

  static {
    SPECS.forEach(t -> TABLES.put(t.name(), t));
  }

  private static final JsonFactory JSON =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(2).maxNumberLength(20).build())
          .build();

  private static final int BATCH = 500;

  private TableData() {}

  /** One table in a backup: its name and how many rows its file holds. */
  public record Table(String name, long rows) {
    public Table {
      if (!TABLES.containsKey(name)) {
        throw new StoreException(
            "unknown table '" + name + "'; the editorial database has " + TABLES.keySet());
      }
      if (rows < 0) {
        throw new StoreException("table " + name + " has a negative row count: " + rows);
      }
    }

    /** The file the rows are in: {@code NAME.jsonl}. */
    public String file() {
      return name + ".jsonl";
    }
  }

  /** The names of the tables a backup holds, parents first. */
  public static List<String> tables() {
    return List.copyOf(TABLES.keySet());
  }

  /** Writes every table to {@code dir} as {@code NAME.jsonl}, from one consistent snapshot. */
  static List<Table> export(Connection c, Path dir) throws SQLException, IOException {
    List<Table> out = new ArrayList<>();
    for (Spec t : SPECS) {
      long rows = 0;
      Path file = dir.resolve(t.name() + ".jsonl");
      try (Statement st = c.createStatement();
          ResultSet rs = st.executeQuery(t.select());
          OutputStream o = Files.newOutputStream(file);
          JsonGenerator g = JSON.createGenerator(o)) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          g.writeStartObject();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            g.writeFieldName(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            write(g, rs, i, meta.getColumnType(i), t.name());
          }
          g.writeEndObject();
          g.writeRaw('\n');
          rows++;
        }
      }
      out.add(new Table(t.name(), rows));
    }
    return out;
  }

  private static void write(JsonGenerator g, ResultSet rs, int i, int type, String table)
      throws SQLException, IOException {
    switch (kind(type)) {
      case INTEGER -> {
        long v = rs.getLong(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeNumber(v);
        }
      }
      case BOOLEAN -> {
        boolean v = rs.getBoolean(i);
        if (rs.wasNull()) {
          g.writeNull();
        } else {
          g.writeBoolean(v);
        }
      }
      case TEXT -> {
        String v = rs.getString(i);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v);
        }
      }
      case TIMESTAMP -> {
        OffsetDateTime v = rs.getObject(i, OffsetDateTime.class);
        if (v == null) {
          g.writeNull();
        } else {
          g.writeString(v.toString());
        }
      }
      case UNSUPPORTED ->
          throw new StoreException(
              "cannot back up column "
                  + rs.getMetaData().getColumnName(i)
                  + " of "
                  + table
                  + ": its SQL type "
                  + rs.getMetaData().getColumnTypeName(i)
                  + " has no JSON form");
    }
  }

  private enum Kind {
    INTEGER,
    BOOLEAN,
    TEXT,
    TIMESTAMP,
    UNSUPPORTED
  }

  private static Kind kind(int sqlType) {
    return switch (sqlType) {
      case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
      case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
      case Types.VARCHAR,
          Types.CHAR,
          Types.LONGVARCHAR,
          Types.CLOB,
          Types.NVARCHAR,
          Types.NCHAR,
          Types.LONGNVARCHAR,
          Types.NCLOB ->
          Kind.TEXT;
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Kind.TIMESTAMP;
      default -> Kind.UNSUPPORTED;
    };
  }

  /** A column of the schema the rows are loaded into. */
  private record Column(String name, int sqlType, Kind kind) {}

  /**
   * Loads the files {@code tables} names from {@code dir} into the empty tables of a freshly
   * migrated schema, in one transaction, and moves each identity column past its highest id.
   *
   * @param maxRowBytes the longest line a file may hold
   */
  static void load(Connection c, List<Table> tables, Path dir, long maxRowBytes)
      throws SQLException, IOException {
    Set<String> named = new HashSet<>();
    for (Table t : tables) {
      if (!named.add(t.name())) {
        throw new StoreException("the backup lists table " + t.name() + " twice");
      }
    }
    if (!named.equals(TABLES.keySet())) {
      throw new StoreException(
          "the backup holds the tables "
              + tables.stream().map(Table::name).sorted().toList()
              + " but this Galen's editorial database has "
              + TABLES.keySet().stream().sorted().toList());
    }
    // the migration seeds Galen's own user and the policy pages; the backup brings its own
    for (Spec t : SPECS.reversed()) {
      try (Statement st = c.createStatement()) {
        st.executeUpdate(t.delete());
      }
    }
    for (Spec spec : SPECS) {
      Table t = tables.stream().filter(x -> x.name().equals(spec.name())).findFirst().orElseThrow();
      long rows = loadTable(c, spec, dir.resolve(t.file()), maxRowBytes);
      if (rows != t.rows()) {
        throw new StoreException(
            t.file() + " holds " + rows + " rows but the backup's manifest says " + t.rows());
      }
    }
    for (Spec spec : SPECS) {
      if (spec.nextId() != null && spec.restartIdAt() != null) {
        long next;
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery(spec.nextId())) {
          rs.next();
          next = rs.getLong(1);
        }
        try (Statement st = c.createStatement()) {
          // a number this method computed, never text from the backup
          st.execute(spec.restartIdAt() + next);
        }
      }
    }
  }

  private static List<Column> columns(Connection c, Spec table) throws SQLException {
    List<Column> out = new ArrayList<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(table.probe())) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        int type = meta.getColumnType(i);
        out.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT), type, kind(type)));
      }
    }
    return out;
  }

  private static long loadTable(Connection c, Spec table, Path file, long maxRowBytes)
      throws SQLException, IOException {
    List<Column> columns = columns(c, table);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      index.put(columns.get(i).name(), i);
    }
    // column names come from the schema's own metadata (identifiers cannot be parameters); every
    // value of the backup is bound to a placeholder
    String columnList = String.join(", ", index.keySet());
    String placeholders = String.join(", ", columns.stream().map(x -> "?").toList());
    String sql = table.insert() + " (" + columnList + ") values (" + placeholders + ")";
    long rows = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (byte[] line; (line = readLine(in, maxRowBytes, file, rows + 1)) != null; ) {
        rows++;
        @Nullable Object[] values = parse(line, columns, index, file, rows);
        for (int i = 0; i < values.length; i++) {
          Object v = values[i];
          if (v == null) {
            ps.setNull(i + 1, columns.get(i).sqlType());
          } else {
            ps.setObject(i + 1, v);
          }
        }
        ps.addBatch();
        if (++pending == BATCH) {
          execute(ps, file);
          pending = 0;
        }
      }
      if (pending > 0) {
        execute(ps, file);
      }
    }
    return rows;
  }

  private static void execute(PreparedStatement ps, Path file) {
    try {
      ps.executeBatch();
    } catch (SQLException e) {
      throw new StoreException(
          file.getFileName() + " holds a row the schema refuses: " + firstLine(e), e);
    }
  }

  private static String firstLine(SQLException e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The next line without its line break; null at the end of the file. */
  private static byte @Nullable [] readLine(InputStream in, long max, Path file, long lineNo)
      throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    int b;
    while ((b = in.read()) >= 0) {
      if (b == '\n') {
        return line.toByteArray();
      }
      if (line.size() >= max) {
        throw new StoreException(
            file.getFileName() + " line " + lineNo + " is longer than " + max + " bytes");
      }
      line.write(b);
    }
    if (line.size() > 0) {
      throw new StoreException(file.getFileName() + " ends without a line break: it is cut short");
    }
    return null;
  }

  private static @Nullable Object[] parse(
      byte[] line, List<Column> columns, Map<String, Integer> index, Path file, long lineNo)
      throws IOException {
    String where = file.getFileName() + " line " + lineNo;
    @Nullable Object[] values = new Object[columns.size()];
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new StoreException(where + " is not a JSON object");
      }
      for (JsonToken t; (t = p.nextToken()) != JsonToken.END_OBJECT; ) {
        if (t != JsonToken.FIELD_NAME) {
          throw new StoreException(where + " is not a flat JSON object");
        }
        String name = p.currentName();
        Integer i = index.get(name);
        if (i == null) {
          throw new StoreException(
              where + " has a column '" + name + "' that the table does not have");
        }
        values[i] = value(p, p.nextToken(), columns.get(i), where);
      }
      if (p.nextToken() != null) {
        throw new StoreException(where + " has more after its JSON object");
      }
    } catch (StreamReadException e) {
      throw new StoreException(where + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
    return values;
  }

  private static @Nullable Object value(JsonParser p, JsonToken t, Column col, String where)
      throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    String wrong = where + ": column " + col.name() + " must be ";
    return switch (col.kind()) {
      case INTEGER -> {
        if (t != JsonToken.VALUE_NUMBER_INT) {
          throw new StoreException(wrong + "a whole number");
        }
        yield p.getLongValue();
      }
      case BOOLEAN -> {
        if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
          throw new StoreException(wrong + "true or false");
        }
        yield t == JsonToken.VALUE_TRUE;
      }
      case TEXT -> {
        if (t != JsonToken.VALUE_STRING) {
          throw new StoreException(wrong + "a string");
        }
        yield p.getText();
      }
      case TIMESTAMP -> {
        if (t != JsonToken.VALUE_STRING) {
          throw new StoreException(wrong + "a timestamp string");
        }
        try {
          yield OffsetDateTime.parse(p.getText());
        } catch (DateTimeParseException e) {
          throw new StoreException(wrong + "an ISO-8601 timestamp, was '" + p.getText() + "'");
        }
      }
      case UNSUPPORTED ->
          throw new StoreException(where + ": column " + col.name() + " cannot be restored");
    };
  }
}
