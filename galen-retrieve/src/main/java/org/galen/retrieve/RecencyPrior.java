package org.galen.retrieve;

import java.util.Set;
import org.galen.index.Candidate;

/**
 * Newer evidence first: {@code 0.5 ^ (age / halfLife)} with the age in years from the source's year
 * to the current year; 0 when the year is unknown, 1 for this year's sources (or a future year, as
 * a typo must not lift a source further).
 */
public record RecencyPrior(int currentYear, double halfLifeYears) implements Prior {
  public RecencyPrior {
    if (halfLifeYears <= 0) {
      throw new IllegalArgumentException("half-life must be > 0, was " + halfLifeYears);
    }
  }

  @Override
  public String name() {
    return "recency";
  }

  @Override
  public double value(Candidate hit, Set<String> queryTerms) {
    Integer year = hit.year();
    if (year == null) {
      return 0;
    }
    int age = Math.max(0, currentYear - year);
    return Math.pow(0.5, age / halfLifeYears);
  }
}
