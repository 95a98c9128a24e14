package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Residue that cleaning excluded from analysis: a person card, an advertisement line, a share prompt.
 *
 * @param span what was excluded
 * @param kind what sort of residue it is
 * @param note what it was, for a person: exactly {@code person card: <full name as the card gives it>}
 * @param entity the id of the article entity a person card belongs to, once resolved
 * @param headlines the headlines a card carried, else empty
 */
public record Removed(Span span, ResidueKind kind, String note, Optional<String> entity, List<String> headlines) {

  public Removed {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(entity, "entity");
    headlines = List.copyOf(headlines);
  }

  /** This residue, now tied to the article entity {@code entityId}. */
  public Removed withEntity(String entityId) {
    return new Removed(span, kind, note, Optional.of(entityId), headlines);
  }
}
