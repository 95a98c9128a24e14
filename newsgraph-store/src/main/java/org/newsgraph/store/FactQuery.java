package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Which facts to list.
 *
 * @param entity facts about this global entity (as subject or object), else all
 * @param type facts of this type (OFFICE, CANDIDACY, ...), else all
 * @param asOf what held on that date: facts reported by then, not ended before it, the latest per subject, type and role
 */
public record FactQuery(Optional<Long> entity, Optional<String> type, Optional<LocalDate> asOf, int limit) {

  public FactQuery {
    if (limit < 1) {
      throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
    }
  }
}
