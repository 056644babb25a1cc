package org.galen.ingest.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Opens XML files for the readers with a StAX parser that cannot be turned against the machine it
 * runs on: DTDs are not processed (so no entity is ever declared or expanded), external entities
 * and DTDs are never fetched, a resolver refuses anything that slips through, and the JDK's XML
 * limits cap entity expansion and nesting. Gzipped files ({@code .xml.gz}, as NLM distributes
 * MEDLINE) are decompressed on the fly.
 */
public final class SecureXml {
  /** Deeper than any real citation or article; deeper still is an attack or a broken file. */
  static final int MAX_ELEMENT_DEPTH = 200;

  // configured once here and never changed afterwards: creating readers from it is thread-safe
  private static final XMLInputFactory FACTORY = newFactory();

  private SecureXml() {}

  /** A new factory with every protection on; exposed so tests can prove the settings. */
  public static XMLInputFactory newFactory() {
    // the JDK's own implementation, whose security properties are known, whatever is on the path
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    // No entity can be declared without a DTD, so nothing can expand; the expansion limit is a
    // second wall. The size limits are switched off (0) on purpose: the JDK counts every predefined
    // reference such as &amp; against them over the whole document, so any finite limit would
    // break a MEDLINE baseline file part-way ("administration &amp; dosage" is in most records).
    f.setProperty("jdk.xml.entityExpansionLimit", "64");
    f.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
    f.setProperty("jdk.xml.totalEntitySizeLimit", "0");
    f.setProperty("jdk.xml.maxElementDepth", Integer.toString(MAX_ELEMENT_DEPTH));
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external entity refused: " + systemId);
        });
    return f;
  }

  /** A stream reader over a file, gunzipping it when it is gzipped. The caller closes both. */
  public static XMLStreamReader reader(InputStream in, Path file) throws XMLStreamException {
    return FACTORY.createXMLStreamReader(file.toString(), in);
  }

  /** The file's bytes, decompressed when the file is gzipped. */
  public static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    in.mark(2);
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    if (b1 == 0x1f && b2 == 0x8b) {
      return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
    }
    return in;
  }

  /**
   * The start of a file as text, decompressed when gzipped, for readers to recognise their root
   * element.
   *
   * @param head the first raw bytes of the file
   */
  public static String head(Path file, byte[] head) {
    byte[] bytes = head;
    if (head.length > 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      bytes = gunzipPrefix(file);
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] gunzipPrefix(Path file) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      byte[] buf = new byte[1024];
      int n;
      while (out.size() < 8192 && (n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
    } catch (IOException e) {
      // a truncated or broken gzip: what was inflated so far is enough to recognise the format
    }
    return out.toByteArray();
  }

  /** Whether the file name ends with one of the extensions, optionally followed by {@code .gz}. */
  public static boolean hasExtension(Path file, String... extensions) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    for (String ext : extensions) {
      if (name.endsWith(ext)) {
        return true;
      }
    }
    return false;
  }
}
