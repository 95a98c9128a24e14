package org.newsgraph.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A full-text search: words (all must match; "quoted phrases" kept), and filters.
 *
 * @param entity only articles that mention this global entity
 */
public record SearchQuery(String text, Optional<LocalDate> since, Optional<LocalDate> until, Optional<Long> entity,
    int limit) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("The search query must have at least one word");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("The parameter 'limit' must be at least 1, got " + limit);
    }
  }
}
