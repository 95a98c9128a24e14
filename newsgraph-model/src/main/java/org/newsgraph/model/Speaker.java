package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a quote is attributed to.
 *
 * @param entity the article entity, when the speaker is one
 * @param name the speaker's usual name, or a description ("the strategist") when unnamed
 * @param mention the span the attribution rests on: the nearest mention naming the speaker
 */
public record Speaker(Optional<String> entity, String name, Optional<Span> mention) {

  public Speaker {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mention, "mention");
  }
}
