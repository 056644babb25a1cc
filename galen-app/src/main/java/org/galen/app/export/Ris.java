package org.galen.app.export;

import java.util.List;
import org.galen.core.answer.Reference;

/**
 * References as RIS (the tagged format of EndNote, Zotero, Mendeley): one record per reference,
 * {@code TY} first and {@code ER} last, lines ended by CRLF as the format asks.
 */
public final class Ris {
  private static final String EOL = "\r\n";

  private Ris() {}

  public static String write(List<Reference> refs) {
    StringBuilder out = new StringBuilder();
    for (Reference r : refs) {
      tag(out, "TY", type(r));
      tag(out, "TI", r.title());
      switch (r.kind()) {
        case SYSTEMATIC_REVIEW, RCT, OBSERVATIONAL, REVIEW -> tag(out, "JO", r.source());
        default -> tag(out, "PB", r.source());
      }
      if (r.year() != null) {
        tag(out, "PY", Integer.toString(r.year()));
      }
      if (r.doi() != null) {
        tag(out, "DO", r.doi());
      }
      if (r.pmid() != null) {
        tag(out, "AN", "PMID:" + r.pmid());
        tag(out, "UR", "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid() + "/");
      }
      if (r.url() != null) {
        tag(out, "UR", r.url());
      }
      tag(out, "KW", r.kind().label());
      if ("submitted".equals(r.reviewStatus())) {
        tag(out, "N1", "Practice summary pending human review");
      }
      for (String b : r.basis()) {
        tag(out, "N1", "Based on: " + b);
      }
      tag(out, "ID", r.id());
      out.append("ER  - ").append(EOL);
    }
    return out.toString();
  }

  private static String type(Reference r) {
    return switch (r.kind()) {
      case SYSTEMATIC_REVIEW, RCT, OBSERVATIONAL, REVIEW -> "JOUR";
      case GUIDELINE -> "GOVDOC";
      case TEXTBOOK -> "BOOK";
      case PRACTICE_SUMMARY, CONSUMER -> "ELEC";
      case OTHER -> "GEN";
    };
  }

  private static void tag(StringBuilder out, String tag, String value) {
    String v = value.replaceAll("[\\r\\n]+", " ").strip();
    if (!v.isEmpty()) {
      out.append(tag).append("  - ").append(v).append(EOL);
    }
  }
}
