package org.newsgraph.extract.internal.facts;

import java.util.Optional;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;

/** A fact being assembled by a rule: mutable, local to one rule call, turned into a {@link Fact} once. */
final class Draft {

  final FactType type;
  Optional<String> subject = Optional.empty();
  Optional<String> object = Optional.empty();
  Optional<String> value = Optional.empty();
  Optional<String> role = Optional.empty();
  Optional<String> start = Optional.empty();
  Optional<String> end = Optional.empty();
  Optional<String> status = Optional.empty();
  int first;
  int last;
  double confidence;

  Draft(FactType type, int first, int last, double confidence) {
    this.type = type;
    this.first = first;
    this.last = last;
    this.confidence = confidence;
  }

  Draft subject(Who.Ref ref) {
    subject = Optional.of(ref.entity());
    confidence *= ref.confidence();
    return this;
  }

  Draft object(Who.Ref ref) {
    object = Optional.of(ref.entity());
    confidence *= Math.max(ref.confidence(), 0.9);
    return this;
  }

  Draft value(String v) {
    value = Optional.of(v);
    return this;
  }

  Draft role(String r) {
    role = r.isBlank() ? Optional.empty() : Optional.of(r);
    return this;
  }

  /** Sets the status; "" leaves it unknown. */
  Draft status(String s) {
    status = s.isEmpty() ? Optional.empty() : Optional.of(s);
    return this;
  }

  /** Widens the evidence to cover token {@code t}, which must lie in the same sentence. */
  Draft cover(int t) {
    if (t >= 0) {
      first = Math.min(first, t);
      last = Math.max(last, t);
    }
    return this;
  }

  Draft when(When w) {
    start = start.or(w::start);
    end = end.or(w::end);
    if (w.first() >= 0) {
      cover(w.first());
      cover(w.last());
    }
    return this;
  }

  /** Lowers confidence for what the article only reports or quotes (issue 7: provenance kept). */
  Draft weigh(Parse parse, Claim claim) {
    if (claim.attributed()) {
      confidence *= 0.9;
    }
    if (parse.quoted(first) || parse.quoted(last)) {
      confidence *= 0.75;
    }
    return this;
  }

  Fact build(Parse parse, Optional<String> asOf) {
    double c = Math.max(0.05, Math.min(1.0, Math.round(confidence * 100) / 100.0));
    return new Fact(type, subject, object, value, role, start, end, asOf, status, parse.span(first, last), c);
  }
}
