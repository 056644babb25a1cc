package org.galen.ingest.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.MissingResourceException;
import java.util.function.Consumer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.galen.ingest.Parsed;
import org.galen.ingest.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Streams one XML file through a reader's body, turning a break in the file (not well-formed,
 * truncated, wrongly encoded, refused entity) into a Skipped problem naming the file and line,
 * after every record before the break has already reached the sink.
 */
public final class XmlFiles {
  private XmlFiles() {}

  /** What a reader does with the open stream; it hands records to the sink as it goes. */
  @FunctionalInterface
  public interface Body {
    void read(XMLStreamReader reader) throws XMLStreamException;
  }

  public static void stream(Path file, Consumer<Parsed> sink, Body body) throws IOException {
    try (InputStream in = SecureXml.open(file)) {
      XMLStreamReader reader = null;
      try {
        reader = SecureXml.reader(in, file);
        body.read(reader);
      } catch (XMLStreamException e) {
        sink.accept(new Parsed.Skipped(problem(file, e)));
      } catch (MissingResourceException e) {
        // the JDK's parser lacks the message text for some errors (e.g. InvalidCharInDTD) and
        // throws this instead of an XMLStreamException (found by fuzzing)
        int line = reader == null ? 0 : Math.max(reader.getLocation().getLineNumber(), 0);
        sink.accept(
            new Parsed.Skipped(
                new Problem(
                    file.toString(),
                    line,
                    "XML broken here, rest of file not read: the parser rejected it ("
                        + e.getKey()
                        + ")")));
      } finally {
        if (reader != null) {
          try {
            reader.close();
          } catch (XMLStreamException e) {
            // closing a broken stream: the problem is already reported
          }
        }
      }
    } catch (IOException e) {
      sink.accept(
          new Parsed.Skipped(new Problem(file.toString(), 0, "cannot read the file: " + e)));
    }
  }

  static Problem problem(Path file, XMLStreamException e) {
    Location at = e.getLocation();
    int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
    return new Problem(file.toString(), line, "XML broken here, rest of file not read: " + why(e));
  }

  private static String why(XMLStreamException e) {
    String m = e.getMessage();
    if (m == null) {
      m = e.toString();
    }
    int i = m.indexOf("Message: ");
    if (i >= 0) {
      m = m.substring(i + "Message: ".length());
    }
    @Nullable Throwable cause =
        e.getNestedException() != null ? e.getNestedException() : e.getCause();
    if (cause != null && cause.getMessage() != null && !m.contains(cause.getMessage())) {
      m = m + " (" + cause.getMessage() + ")";
    }
    return m.strip();
  }
}
