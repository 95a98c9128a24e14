package org.newsgraph.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A statement the article makes about entities, with the words it rests on.
 *
 * @param type what kind of statement
 * @param subject the article entity the fact is about, when there is one
 * @param object the other entity, where the fact relates two
 * @param value a literal value (a party, an age, an amount), where the fact has one
 * @param role the office or role, where the fact has one
 * @param start ISO date (or year, or month) from which the fact holds, when the text gives it
 * @param end ISO date until which it held, when the text gives it
 * @param asOf the date the article reported it
 * @param status current, former, considering, declined, withdrawn, ...
 * @param evidence the words the fact rests on
 * @param confidence between 0 and 1
 */
public record Fact(
    FactType type,
    Optional<String> subject,
    Optional<String> object,
    Optional<String> value,
    Optional<String> role,
    Optional<String> start,
    Optional<String> end,
    Optional<String> asOf,
    Optional<String> status,
    Span evidence,
    double confidence) {

  public Fact {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("Fact confidence must lie in [0, 1], got " + confidence);
    }
  }
}
