package org.galen.ingest.pubmed;

import java.util.Collection;
import java.util.Locale;
import org.galen.core.ReferenceKind;

/**
 * Maps PubMed publication types (and the one MeSH design heading that says "cohort") to the kind of
 * evidence; the strongest design named wins, so a guideline that is also a review is a guideline.
 */
public final class PublicationKinds {
  private PublicationKinds() {}

  public static ReferenceKind kind(Collection<String> publicationTypes, Collection<String> mesh) {
    boolean guideline = false;
    boolean systematic = false;
    boolean rct = false;
    boolean observational = false;
    boolean review = false;
    for (String raw : publicationTypes) {
      String t = raw.strip().toLowerCase(Locale.ROOT);
      switch (t) {
        case "practice guideline", "guideline" -> guideline = true;
        case "systematic review", "meta-analysis", "network meta-analysis" -> systematic = true;
        case "randomized controlled trial" -> rct = true;
        case "observational study" -> observational = true;
        case "review" -> review = true;
        default -> {
          // other types (Journal Article, Case Reports, Comment…) say nothing about strength
        }
      }
    }
    for (String m : mesh) {
      if (m.strip().equalsIgnoreCase("Cohort Studies")) {
        observational = true;
      }
    }
    if (guideline) {
      return ReferenceKind.GUIDELINE;
    }
    if (systematic) {
      return ReferenceKind.SYSTEMATIC_REVIEW;
    }
    if (rct) {
      return ReferenceKind.RCT;
    }
    if (observational) {
      return ReferenceKind.OBSERVATIONAL;
    }
    return review ? ReferenceKind.REVIEW : ReferenceKind.OTHER;
  }
}
