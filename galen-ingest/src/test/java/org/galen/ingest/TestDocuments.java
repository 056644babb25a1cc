package org.galen.ingest;

import java.util.ArrayList;
import java.util.List;
import org.galen.core.Passage;
import org.galen.core.ReferenceKind;
import org.galen.core.SectionKind;
import org.galen.core.Source;

/** Small documents for tests of the library's indexes: a source whose passages are its lines. */
public final class TestDocuments {
  private TestDocuments() {}

  /** A document of one passage per text, in order, its source's text being them joined by lines. */
  public static Document doc(String id, String title, String... texts) {
    String text = String.join("\n", texts);
    List<Passage> passages = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < texts.length; i++) {
      passages.add(
          new Passage(
              id, i, SectionKind.OTHER, null, null, false, texts[i], at, at + texts[i].length()));
      at += texts[i].length() + 1;
    }
    Source source =
        new Source(
            id,
            ReferenceKind.OTHER,
            title,
            "test",
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            null,
            text);
    return new Document(source, passages, Hashes.sha256(text));
  }
}
