package org.galen.app.export;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.galen.core.answer.Reference;

/** References as BibTeX entries; keys come from the source ids, so they are stable. */
public final class Bibtex {
  private Bibtex() {}

  public static String write(List<Reference> refs) {
    StringBuilder out = new StringBuilder();
    Set<String> keys = new HashSet<>();
    for (Reference r : refs) {
      String key = key(r.id());
      while (!keys.add(key)) {
        key = key + "_" + r.n();
      }
      boolean article =
          switch (r.kind()) {
            case SYSTEMATIC_REVIEW, RCT, OBSERVATIONAL, REVIEW -> true;
            default -> false;
          };
      out.append(article ? "@article{" : "@misc{").append(key).append(",\n");
      field(out, "title", r.title());
      field(out, article ? "journal" : "organization", r.source());
      if (r.year() != null) {
        field(out, "year", Integer.toString(r.year()));
      }
      if (r.doi() != null) {
        field(out, "doi", r.doi());
      }
      if (r.pmid() != null) {
        field(out, "pmid", r.pmid());
      }
      if (r.url() != null) {
        field(out, "url", r.url());
      } else if (r.pmid() != null) {
        field(out, "url", "https://pubmed.ncbi.nlm.nih.gov/" + r.pmid() + "/");
      }
      StringBuilder note = new StringBuilder(r.kind().label());
      if ("submitted".equals(r.reviewStatus())) {
        note.append("; pending human review");
      }
      if (!r.basis().isEmpty()) {
        note.append(". Based on: ").append(String.join("; ", r.basis()));
      }
      field(out, "note", note.toString());
      out.append("}\n\n");
    }
    return out.toString();
  }

  static String key(String id) {
    String k = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return k.replaceAll("^_+|_+$", "");
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append("  ").append(name).append(" = {").append(escape(value)).append("},\n");
  }

  /** Escapes the characters TeX treats specially; braces are escaped, so entries stay balanced. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.replaceAll("[\\r\\n]+", " ").toCharArray()) {
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{', '}', '%', '&', '#', '_', '$' -> b.append('\\').append(c);
        case '~' -> b.append("\\textasciitilde{}");
        case '^' -> b.append("\\textasciicircum{}");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
