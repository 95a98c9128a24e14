package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Words the article attributes to someone.
 *
 * @param span the quoted words, quotation marks included for direct and partial quotes
 * @param kind direct, partial or indirect
 * @param cue the speech verb or phrase ("told", "according to"), when there is one
 * @param speaker who said it, when known
 */
public record Quote(Span span, QuoteKind kind, Optional<Span> cue, Optional<Speaker> speaker) {

  public Quote {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
  }
}
