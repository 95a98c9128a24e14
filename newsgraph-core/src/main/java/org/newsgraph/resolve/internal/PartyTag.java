package org.newsgraph.resolve.internal;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Span;

/**
 * A party-state tag after a politician's name: "(R-Ala.)", "D-N.Y.", "R-Texas" (issue 4).
 *
 * @param span the whole tag, parentheses included when written
 * @param partySpan the party letter
 * @param party "Republican", "Democrat" or "Independent"
 * @param stateSpan the state part, when the tag has one
 * @param state the state it names
 */
public record PartyTag(Span span, Span partySpan, String party, Optional<Span> stateSpan, Optional<String> state) {

  public PartyTag {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(partySpan, "partySpan");
    Objects.requireNonNull(party, "party");
    Objects.requireNonNull(stateSpan, "stateSpan");
    Objects.requireNonNull(state, "state");
  }
}
