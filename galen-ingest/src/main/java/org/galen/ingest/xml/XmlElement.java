package org.galen.ingest.xml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * One element read from a stream with everything inside it: readers build one per record (a
 * citation, a QA pair), never one for a whole file, so memory stays bounded by the largest record.
 */
public final class XmlElement {
  /** A record bigger than this is broken or hostile, not a citation. */
  static final int MAX_RECORD_CHARS = 32 * 1024 * 1024;

  private final String name;
  private final Map<String, String> attributes;
  private final List<Object> content = new ArrayList<>();
  private final int line;

  private XmlElement(String name, Map<String, String> attributes, int line) {
    this.name = name;
    this.attributes = attributes;
    this.line = line;
  }

  /**
   * Reads the element the reader stands on (a START_ELEMENT) and all it contains; the reader is
   * left on its END_ELEMENT.
   */
  public static XmlElement read(XMLStreamReader r) throws XMLStreamException {
    int[] budget = {MAX_RECORD_CHARS};
    return read(r, budget, 1);
  }

  private static XmlElement read(XMLStreamReader r, int[] budget, int depth)
      throws XMLStreamException {
    // the JDK enforces jdk.xml.maxElementDepth for XML 1.0 but not in its XML 1.1 scanner (fuzzing
    // overflowed the stack here with 50,000 nested elements in a 1.1 file), so this keeps its own
    if (depth > SecureXml.MAX_ELEMENT_DEPTH) {
      throw new XMLStreamException(
          "elements nested deeper than " + SecureXml.MAX_ELEMENT_DEPTH + " levels",
          r.getLocation());
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    XmlElement e = new XmlElement(r.getLocalName(), attrs, r.getLocation().getLineNumber());
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> e.content.add(read(r, budget, depth + 1));
        case XMLStreamConstants.END_ELEMENT -> {
          return e;
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String text = r.getText();
          budget[0] -= text.length();
          if (budget[0] < 0) {
            throw new XMLStreamException(
                "record <" + e.name + "> is larger than " + MAX_RECORD_CHARS + " characters",
                r.getLocation());
          }
          e.content.add(text);
        }
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw new XMLStreamException(
                "entity reference &" + r.getLocalName() + "; refused", r.getLocation());
        default -> {
          // comments and processing instructions carry no content
        }
      }
    }
    throw new XMLStreamException("file ends inside <" + e.name + ">", r.getLocation());
  }

  /** Skips the element the reader stands on, leaving the reader on its END_ELEMENT. */
  public static void skip(XMLStreamReader r) throws XMLStreamException {
    int depth = 1;
    while (depth > 0 && r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new XMLStreamException(
            "entity reference &" + r.getLocalName() + "; refused", r.getLocation());
      }
    }
    if (depth > 0) {
      throw new XMLStreamException("file ends inside an element", r.getLocation());
    }
  }

  /** The local name, without namespace prefix. */
  public String name() {
    return name;
  }

  /** The line the element starts on, for messages. */
  public int line() {
    return line;
  }

  public @Nullable String attr(String attribute) {
    return attributes.get(attribute);
  }

  /** Text and child elements in document order: each item is a String or an XmlElement. */
  public List<Object> content() {
    return content;
  }

  public List<XmlElement> elements() {
    List<XmlElement> out = new ArrayList<>();
    for (Object o : content) {
      if (o instanceof XmlElement e) {
        out.add(e);
      }
    }
    return out;
  }

  public @Nullable XmlElement child(String childName) {
    for (Object o : content) {
      if (o instanceof XmlElement e && e.name.equals(childName)) {
        return e;
      }
    }
    return null;
  }

  public List<XmlElement> children(String childName) {
    return elements().stream().filter(e -> e.name.equals(childName)).toList();
  }

  /** The element at a path of child names below this one, or null. */
  public @Nullable XmlElement at(String... path) {
    XmlElement e = this;
    for (String step : path) {
      e = e.child(step);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** The normalized text at a path of child names, or "" when there is none. */
  public String textAt(String... path) {
    XmlElement e = at(path);
    return e == null ? "" : e.text();
  }

  /** All text inside the element, with runs of white space collapsed to one space and trimmed. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    appendRaw(sb);
    return normalize(sb);
  }

  private void appendRaw(StringBuilder sb) {
    for (Object o : content) {
      if (o instanceof XmlElement e) {
        e.appendRaw(sb);
      } else {
        sb.append((String) o);
      }
    }
  }

  /** Collapses every run of white space to one space and trims the ends. */
  public static String normalize(CharSequence raw) {
    return org.galen.ingest.SourceText.normalise(raw);
  }
}
