package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A place in the text that names or refers to something: a name, a title, a pronoun.
 *
 * @param span the words of the mention
 * @param type the entity type of the mention (PERSON, ORGANIZATION, ...; PRONOUN for a pronoun)
 * @param entity the id of the article entity it refers to, when resolved
 */
public record Mention(Span span, String type, Optional<String> entity) {

  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
  }
}
