package org.newsgraph.model;

import java.util.Objects;

/**
 * A temporal expression and its TIMEX3 value, normalised against the article's date.
 *
 * @param span the words of the expression
 * @param value ISO 8601 / TIMEX3 value ("2019-11-08", "2018-11", "P2Y"; X placeholders when unknown)
 */
public record TimeExpression(Span span, String value) {

  public TimeExpression {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }
}
