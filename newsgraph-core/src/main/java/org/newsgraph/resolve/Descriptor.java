package org.newsgraph.resolve;

import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * Something the article says an entity is, next to a mention of it: a title before the name, an
 * appositive, a party-state tag, an age (issue 4). The fact extractor reads these instead of
 * parsing names again.
 *
 * @param entity the id of the entity described
 * @param kind what the descriptor tells
 * @param span the words that tell it
 * @param value the normalised value: the words with whitespace collapsed for a title or an
 *     appositive, "Republican" / "Democrat" / "Independent" for a party, the state's name for a
 *     state, the number for an age
 */
public record Descriptor(String entity, DescriptorKind kind, Span span, String value) {

  public Descriptor {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }

  /** Whether the descriptor says the role is a past one ("former", "ex-", "onetime"). */
  public boolean former() {
    return value.matches("(?i).*\\b(former|ex-|onetime|one-time|then-|late)\\b.*") || value.matches("(?i)^ex-.*");
  }
}
