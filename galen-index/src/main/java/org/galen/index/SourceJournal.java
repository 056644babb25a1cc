package org.galen.index;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.galen.core.Audience;
import org.galen.core.GalenException;
import org.galen.core.Passage;
import org.galen.core.Qualifier;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;
import org.galen.ingest.Document;
import org.jspecify.annotations.Nullable;

/**
 * The stored sources of a library, kept apart from its Lucene index so a damaged index can be
 * rebuilt from them ({@code galen reindex}). An append-only log in segment files {@code
 * journal-NNNNNNNN.log}: each starts with a header (magic and the journal's id), then records of
 * {@code [length][CRC-32C][payload]}, the payload an upserted document (source with full text,
 * passages as offsets into it, content hash) or a deletion. The last record of an id wins.
 *
 * <p>The writer fsyncs the journal before every index commit and records the journal's id and end
 * position in that commit, so the committed index never holds a source the journal lacks. Records
 * after that position were never committed (a crash or a rolled back ingest); the next writer cuts
 * them off. A reader stops at a record whose length or checksum is wrong (a record torn by a crash
 * or a full disk) and says so.
 */
public final class SourceJournal implements Closeable {
  /** Commit data keys of the index: which journal, and how far of it the commit includes. */
  static final String ID_KEY = "journal-id";

  static final String POSITION_KEY = "journal-position";

  private static final byte[] MAGIC = "GALENSJ1".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_BYTES = MAGIC.length + 16;
  private static final byte UPSERT = 1;
  private static final byte DELETE = 2;

  /**
   * An upsert whose passages also carry whom they apply to (older journals hold {@link #UPSERT}).
   */
  private static final byte UPSERT_WITH_APPLIES = 3;

  /** As {@link #UPSERT_WITH_APPLIES}, and the source's concepts at the end. */
  private static final byte UPSERT_WITH_CONCEPTS = 4;

  private static final int MAX_RECORD_BYTES = 512 * 1024 * 1024;
  static final long SEGMENT_BYTES = 256L * 1024 * 1024;

  private final Path dir;
  private final UUID id;
  private int segment;
  private FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
  private long offset;
  private final ByteArrayOutputStream payload = new ByteArrayOutputStream(64 * 1024);
  private final DataOutputStream data = new DataOutputStream(payload);
  private final CRC32C crc = new CRC32C();

  /** Where a journal ends: a segment number and a byte offset in it. */
  public record Position(int segment, long offset) {
    static Position parse(String s) {
      int colon = s.indexOf(':');
      return new Position(
          Integer.parseInt(s.substring(0, colon)), Long.parseLong(s.substring(colon + 1)));
    }

    @Override
    public String toString() {
      return segment + ":" + offset;
    }
  }

  private SourceJournal(Path dir, UUID id, int segment, FileChannel channel, long offset) {
    this.dir = dir;
    this.id = id;
    this.segment = segment;
    this.channel = channel;
    this.offset = offset;
  }

  /** Starts a new, empty journal in {@code dir}, replacing whatever journal was there. */
  static SourceJournal create(Path dir) {
    try {
      Files.createDirectories(dir);
      for (Path old : segments(dir)) {
        Files.delete(old);
      }
      UUID id = UUID.randomUUID();
      SourceJournal j = new SourceJournal(dir, id, 1, newSegment(dir, id, 1), HEADER_BYTES);
      syncDirectory(dir);
      return j;
    } catch (IOException e) {
      throw Storage.failure(e, "writing the source journal in " + dir);
    }
  }

  /**
   * Opens the journal in {@code dir} for appending after {@code end}, cutting off anything written
   * after it; null when the journal there is not the one named (or is shorter than {@code end}).
   */
  static @Nullable SourceJournal resume(Path dir, String journalId, Position end) {
    Path last = dir.resolve(segmentName(end.segment()));
    try {
      if (!Files.isRegularFile(last)
          || !journalId.equals(readId(last))
          || Files.size(last) < end.offset()) {
        return null;
      }
      FileChannel ch = FileChannel.open(last, StandardOpenOption.WRITE, StandardOpenOption.READ);
      SourceJournal j =
          new SourceJournal(dir, UUID.fromString(journalId), end.segment(), ch, end.offset());
      j.truncate(end);
      return j;
    } catch (IOException e) {
      // never replace a journal that could not be read: that would lose it
      throw Storage.failure(e, "opening the source journal " + last);
    }
  }

  public Path dir() {
    return dir;
  }

  public String id() {
    return id.toString();
  }

  /** The end of everything appended so far (written or buffered). */
  public Position position() {
    return new Position(segment, offset + buffer.position());
  }

  /** Appends a source with its passages and content hash. */
  void upsert(Document doc) {
    try {
      payload.reset();
      data.writeByte(UPSERT_WITH_CONCEPTS);
      encode(data, doc);
      append();
    } catch (IOException e) {
      throw Storage.failure(e, "writing " + current());
    }
  }

  /** Appends the deletion of a source. */
  void delete(String sourceId) {
    try {
      payload.reset();
      data.writeByte(DELETE);
      writeString(data, sourceId);
      append();
    } catch (IOException e) {
      throw Storage.failure(e, "writing " + current());
    }
  }

  private void append() throws IOException {
    int length = payload.size();
    crc.reset();
    byte[] bytes = payload.toByteArray();
    crc.update(bytes, 0, length);
    if (buffer.remaining() < 8) {
      flush();
    }
    buffer.putInt(length).putInt((int) crc.getValue());
    int written = 0;
    while (written < length) {
      if (!buffer.hasRemaining()) {
        flush();
      }
      int n = Math.min(buffer.remaining(), length - written);
      buffer.put(bytes, written, n);
      written += n;
    }
    if (offset + buffer.position() >= SEGMENT_BYTES) {
      flush();
      channel.force(false);
      channel.close();
      segment++;
      channel = newSegment(dir, id, segment);
      offset = HEADER_BYTES;
      syncDirectory(dir);
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      offset += channel.write(buffer, offset);
    }
    buffer.clear();
  }

  /** Makes everything appended so far durable (before the index commit that includes it). */
  void sync() {
    try {
      flush();
      channel.force(false);
    } catch (IOException e) {
      throw Storage.failure(e, "writing " + current());
    }
  }

  /** Cuts off everything after {@code end}: records a rolled back ingest wrote. */
  void truncate(Position end) {
    try {
      buffer.clear();
      boolean switching = end.segment() != segment;
      if (switching) {
        channel.close();
      }
      for (Path p : segments(dir)) {
        if (segmentNumber(p) > end.segment()) {
          Files.delete(p);
        }
      }
      if (switching) {
        segment = end.segment();
        channel =
            FileChannel.open(
                dir.resolve(segmentName(segment)),
                StandardOpenOption.WRITE,
                StandardOpenOption.READ);
      }
      channel.truncate(end.offset());
      channel.force(false);
      offset = end.offset();
    } catch (IOException e) {
      throw Storage.failure(e, "truncating " + current());
    }
  }

  private Path current() {
    return dir.resolve(segmentName(segment));
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      throw Storage.failure(e, "closing " + current());
    }
  }

  /** One record read back from a journal. */
  sealed interface Entry permits Entry.Upsert, Entry.Delete {
    String sourceId();

    record Upsert(Document document) implements Entry {
      @Override
      public String sourceId() {
        return document.source().id();
      }
    }

    record Delete(String sourceId) implements Entry {}
  }

  /** A position in the journal with the given id, e.g. the end an index commit recorded. */
  record Mark(String id, Position end) {}

  /** What reading a journal found: its id and where its last whole record ends. */
  record Replay(String id, Position end, long records) {}

  /** Whether {@code dir} holds a journal with at least one record. */
  static boolean hasRecords(Path dir) {
    try {
      for (Path p : segments(dir)) {
        if (Files.size(p) > HEADER_BYTES) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads every whole record in order. A record whose length or checksum is wrong ends the read of
   * its segment, with a warning naming the file and offset; what comes before it is kept.
   */
  static Replay read(Path dir, Consumer<Entry> sink, Consumer<String> warnings) {
    return read(dir, null, sink, warnings);
  }

  /**
   * Like {@link #read(Path, Consumer, Consumer)}, stopping at {@code upTo} when it is a position of
   * this journal: the end an index commit recorded. Records after it never made it into a commit.
   */
  static Replay read(
      Path dir, @Nullable Mark upTo, Consumer<Entry> sink, Consumer<String> warnings) {
    List<Path> segments;
    try {
      segments = segments(dir);
    } catch (IOException e) {
      throw Storage.failure(e, "reading the source journal in " + dir);
    }
    if (segments.isEmpty()) {
      throw new GalenException("no source journal in " + dir);
    }
    String journalId = null;
    Position end = new Position(1, HEADER_BYTES);
    long records = 0;
    for (Path p : segments) {
      int number = segmentNumber(p);
      try (InputStream raw = Files.newInputStream(p);
          DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw, 1 << 20))) {
        long size = Files.size(p);
        String segId = readHeader(in, p);
        if (journalId == null) {
          journalId = segId;
        } else if (!journalId.equals(segId)) {
          warnings.accept(p + " belongs to another journal (" + segId + "); it was not read");
          break;
        }
        long at = HEADER_BYTES;
        end = new Position(number, at);
        Position stop = upTo != null && upTo.id().equals(journalId) ? upTo.end() : null;
        if (stop != null && number > stop.segment()) {
          break;
        }
        if (stop != null && number == stop.segment()) {
          size = Math.min(size, stop.offset());
        }
        while (at < size) {
          if (size - at < 8) {
            warnings.accept(torn(p, at, "a record header cut short"));
            break;
          }
          int length = in.readInt();
          int expected = in.readInt();
          if (length < 1 || length > MAX_RECORD_BYTES || length > size - at - 8) {
            warnings.accept(torn(p, at, "a record cut short or a bad length (" + length + ")"));
            break;
          }
          byte[] bytes = new byte[length];
          in.readFully(bytes);
          CRC32C check = new CRC32C();
          check.update(bytes);
          if ((int) check.getValue() != expected) {
            warnings.accept(torn(p, at, "a record whose checksum does not match"));
            break;
          }
          Entry entry;
          try {
            entry = decode(bytes);
          } catch (IOException | RuntimeException e) {
            warnings.accept(torn(p, at, "a record that cannot be decoded: " + e.getMessage()));
            break;
          }
          at += 8 + length;
          end = new Position(number, at);
          records++;
          sink.accept(entry);
        }
      } catch (IOException e) {
        throw Storage.failure(e, "reading " + p);
      }
    }
    return new Replay(java.util.Objects.requireNonNull(journalId), end, records);
  }

  private static String torn(Path p, long at, String what) {
    return p
        + " at byte "
        + at
        + ": "
        + what
        + " (a write cut off by a crash or a full disk); this record and the rest of the file were"
        + " left out";
  }

  private static String readHeader(DataInputStream in, Path p) throws IOException {
    byte[] magic = new byte[MAGIC.length];
    try {
      in.readFully(magic);
      if (!java.util.Arrays.equals(magic, MAGIC)) {
        throw new GalenException(p + " is not a Galen source journal file");
      }
      return new UUID(in.readLong(), in.readLong()).toString();
    } catch (EOFException e) {
      throw new GalenException(p + " is cut short: it lacks its header", e);
    }
  }

  private static @Nullable String readId(Path p) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(p))) {
      return readHeader(in, p);
    } catch (GalenException e) {
      return null;
    }
  }

  private static FileChannel newSegment(Path dir, UUID id, int number) throws IOException {
    FileChannel ch =
        FileChannel.open(
            dir.resolve(segmentName(number)),
            StandardOpenOption.CREATE_NEW,
            StandardOpenOption.WRITE,
            StandardOpenOption.READ);
    ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
    header.put(MAGIC).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
    header.flip();
    while (header.hasRemaining()) {
      ch.write(header);
    }
    ch.force(false);
    return ch;
  }

  private static void syncDirectory(Path dir) throws IOException {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // some file systems cannot fsync a directory; the files themselves are synced
    }
  }

  static List<Path> segments(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> String.valueOf(p.getFileName()).matches("journal-\\d{8}\\.log"))
          .sorted()
          .toList();
    }
  }

  private static String segmentName(int number) {
    return String.format(java.util.Locale.ROOT, "journal-%08d.log", number);
  }

  private static int segmentNumber(Path p) {
    String name = String.valueOf(p.getFileName());
    return Integer.parseInt(name.substring("journal-".length(), name.length() - ".log".length()));
  }

  private static void encode(DataOutputStream out, Document doc) throws IOException {
    Source s = doc.source();
    writeString(out, doc.contentHash());
    writeString(out, s.id());
    writeString(out, s.kind().wire());
    writeString(out, s.title());
    writeString(out, s.publisher());
    writeList(out, s.authors());
    out.writeInt(s.year() == null ? Integer.MIN_VALUE : s.year());
    writeNullable(out, s.url());
    writeNullable(out, s.pmid());
    writeNullable(out, s.doi());
    writeList(out, s.publicationTypes());
    writeList(out, s.topics());
    writeList(out, s.basis());
    writeNullable(out, s.reviewStatus());
    writeString(out, s.text());
    out.writeInt(doc.passages().size());
    for (Passage p : doc.passages()) {
      // the text is the source's text between the offsets (Document checks it): not stored twice
      out.writeInt(p.position());
      writeString(out, p.kind().wire());
      writeNullable(out, p.group());
      writeNullable(out, p.audience() == null ? null : p.audience().wire());
      out.writeBoolean(p.bottomLine());
      out.writeInt(p.start());
      out.writeInt(p.end());
      writeList(out, p.applies().stream().map(Qualifier::toString).toList());
    }
    writeList(out, s.concepts());
  }

  private static Entry decode(byte[] bytes) throws IOException {
    DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    byte type = in.readByte();
    if (type == DELETE) {
      return new Entry.Delete(readString(in));
    }
    if (type != UPSERT && type != UPSERT_WITH_APPLIES && type != UPSERT_WITH_CONCEPTS) {
      throw new IOException("unknown record type " + type);
    }
    String hash = readString(in);
    String id = readString(in);
    ReferenceKind kind = ReferenceKind.parse(readString(in));
    String title = readString(in);
    String publisher = readString(in);
    List<String> authors = readList(in);
    int year = in.readInt();
    String url = readNullable(in);
    String pmid = readNullable(in);
    String doi = readNullable(in);
    List<String> types = readList(in);
    List<String> topics = readList(in);
    List<String> basis = readList(in);
    String status = readNullable(in);
    String text = readString(in);
    Source source =
        new Source(
            id,
            kind,
            title,
            publisher,
            authors,
            year == Integer.MIN_VALUE ? null : year,
            url,
            pmid,
            doi,
            types,
            topics,
            basis,
            status,
            text);
    int n = in.readInt();
    List<Passage> passages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int position = in.readInt();
      SectionKind section = SectionKind.parse(readString(in));
      String group = readNullable(in);
      String audience = readNullable(in);
      boolean bottomLine = in.readBoolean();
      int start = in.readInt();
      int end = in.readInt();
      List<Qualifier> applies = new ArrayList<>();
      if (type == UPSERT_WITH_APPLIES || type == UPSERT_WITH_CONCEPTS) {
        for (String q : readList(in)) {
          applies.add(Qualifier.parse(q));
        }
      }
      passages.add(
          new Passage(
              id,
              position,
              section,
              group,
              audience == null ? null : Audience.parse(audience),
              bottomLine,
              text.substring(start, end),
              start,
              end,
              applies));
    }
    if (type == UPSERT_WITH_CONCEPTS) {
      source = source.withConcepts(readList(in));
    }
    return new Entry.Upsert(new Document(source, passages, hash));
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void writeNullable(DataOutputStream out, @Nullable String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
    } else {
      writeString(out, s);
    }
  }

  private static void writeList(DataOutputStream out, List<String> list) throws IOException {
    out.writeInt(list.size());
    for (String s : list) {
      writeString(out, s);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    String s = readNullable(in);
    if (s == null) {
      throw new IOException("a required text is missing");
    }
    return s;
  }

  private static @Nullable String readNullable(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0) {
      return null;
    }
    byte[] b = new byte[n];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }

  private static List<String> readList(DataInputStream in) throws IOException {
    int n = in.readInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(readString(in));
    }
    return out;
  }
}
