package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which quotes to list.
 *
 * @param by quotes whose speaker is this global entity
 * @param about quotes in articles that mention this global entity, by someone else
 * @param since articles published on or after this date
 * @param until articles published on or before this date
 */
public record QuoteQuery(Optional<Long> by, Optional<Long> about, Optional<LocalDate> since,
    Optional<LocalDate> until, int limit) {

  public QuoteQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
    }
  }
}
