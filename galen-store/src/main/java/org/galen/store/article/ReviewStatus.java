package org.galen.store.article;

import java.util.Locale;
import org.galen.store.StoreException;

/** Where a version stands: Submitted → Under review → Approved or Changes requested. */
public enum ReviewStatus {
  SUBMITTED("Submitted"),
  UNDER_REVIEW("Under review"),
  APPROVED("Approved"),
  CHANGES_REQUESTED("Changes requested");

  private final String label;

  ReviewStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ReviewStatus parse(String value) {
    for (ReviewStatus s : values()) {
      if (s.wire().equals(value.trim().toLowerCase(Locale.ROOT).replace(' ', '_'))) {
        return s;
      }
    }
    throw new StoreException(
        "unknown review status '"
            + value
            + "'; expected submitted, under_review, approved or changes_requested");
  }

  /** Whether a reviewer may move a version from this status to {@code to}. */
  public boolean canMoveTo(ReviewStatus to) {
    return switch (this) {
      case SUBMITTED -> to == UNDER_REVIEW || to == CHANGES_REQUESTED;
      case UNDER_REVIEW -> to == APPROVED || to == CHANGES_REQUESTED;
      case APPROVED, CHANGES_REQUESTED -> false;
    };
  }
}
